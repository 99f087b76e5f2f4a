package org.inkstream.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the PDF pages the tests read, at test time, with a real CJK font: binary PDFs are not kept in the repository.
 * The font comes from the test classpath only ({@value #CJK_FONT}, a small OFL subset made for these tests; see {@code
 * src/test/resources/fonts/README.md}), never from the machine, so that the tests pass where no CJK font is installed.
 */
final class TestPdfs {

  /** A TrueType subset of LXGW WenKai: ASCII and the characters these tests write. */
  static final String CJK_FONT = "/fonts/InkstreamTestKai-Regular.ttf";

  /** One line of text at a position, in points from the page's top-left corner (y is the baseline). */
  record Line(float x, float y, float size, String text) {}

  private TestPdfs() {}

  /** An A4 page (595 x 842 points) holding {@code lines}. */
  static Path page(Path file, List<Line> lines) throws IOException {
    return write(file, lines, null);
  }

  /** An A4 page that opens only with {@code userPassword}. */
  static Path encryptedPage(Path file, List<Line> lines, String userPassword) throws IOException {
    return write(file, lines, userPassword);
  }

  /** A page with a filled rectangle and no text: what a scan without OCR looks like to a text extractor. */
  static Path pageWithoutText(Path file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      document.save(file.toFile());
    }
    return file;
  }

  private static Path write(Path file, List<Line> lines, String userPassword) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (PDDocument document = new PDDocument(); InputStream fontFile = TestPdfs.class.getResourceAsStream(CJK_FONT)) {
      if (fontFile == null) {
        throw new IllegalStateException("the test font " + CJK_FONT + " is not on the test classpath");
      }
      // Embedded as a subset, as a newspaper's PDF would have it.
      PDType0Font font = PDType0Font.load(document, fontFile, true);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      float height = page.getMediaBox().getHeight();
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        for (Line line : lines) {
          content.beginText();
          content.setFont(font, line.size());
          content.newLineAtOffset(line.x(), height - line.y());
          content.showText(line.text());
          content.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(file.toFile());
    }
    return file;
  }
}
