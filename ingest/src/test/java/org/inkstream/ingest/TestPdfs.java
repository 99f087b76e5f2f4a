package org.inkstream.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the PDF pages the tests read, at test time, with a real CJK font: binary PDFs are not kept in the repository.
 */
final class TestPdfs {

  /** Debian's fonts-wqy-microhei, installed by {@code .ci/run}. */
  static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

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
    if (!Files.isRegularFile(CJK_FONT)) {
      throw new IllegalStateException("the CJK font " + CJK_FONT + " is missing; the PDF tests need it: run "
          + "`apt-get update && apt-get install -y fonts-wqy-microhei` (as .ci/run does)");
    }
    try (TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile());
        PDDocument document = new PDDocument()) {
      TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
      PDType0Font font = PDType0Font.load(document, ttf, true);
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
