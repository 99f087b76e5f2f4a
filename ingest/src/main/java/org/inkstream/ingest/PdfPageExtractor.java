package org.inkstream.ingest;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF page file, in an order the engine can split into articles: columns kept apart.
 *
 * <p>PDFBox's {@code setSortByPosition(true)} alone reads a newspaper page line by line straight across the page, so
 * line 1 of column 1 is followed by line 1 of column 2. This extractor finds the gutters instead: it projects every
 * glyph onto the x axis, row by row, and takes as a gutter an x band at least about one character wide where at most a
 * quarter as many rows have ink as at the most inked x position (headlines may cross a gutter; body text never does,
 * and a page has far more body rows than headlines). A row that does
 * cross a gutter (a headline over several columns) is read on its own, full width; the rows between two such rows are
 * read column by column, left to right, each column top to bottom with {@link PDFTextStripperByArea}. Vertical
 * (top-to-bottom) typesetting is not handled: mainland papers print body text horizontally.
 *
 * <p>A PDF file is one printed page. A file with several pages has them joined with a form feed, in file order.
 */
public final class PdfPageExtractor {

  /** A gutter is an x band where at most this share of the most inked x position's rows has ink. */
  private static final double GUTTER_MAX_INK_SHARE = 0.25;

  /** A gutter is at least this many ems wide (about one Han character). */
  private static final double GUTTER_MIN_WIDTH_EMS = 0.8;

  static boolean isPdf(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /**
   * The text of {@code file}.
   *
   * @throws BadPageException when the file is no readable PDF, is encrypted, or has no text layer (a scan that needs
   *     OCR: sending it as an empty page would only hide it)
   */
  public String extract(Path file) throws BadPageException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        if (i > 0) {
          text.append('\f');
        }
        text.append(pageText(document, i));
      }
      if (text.toString().isBlank()) {
        throw new BadPageException(file + " is a PDF without a text layer (a scan?): it needs OCR before ingest");
      }
      return text.toString();
    } catch (InvalidPasswordException e) {
      throw new BadPageException(file + " is an encrypted PDF: remove its password before ingest");
    } catch (IOException e) {
      throw new BadPageException(file + " is not a readable PDF: " + e.getMessage());
    }
  }

  private static String pageText(PDDocument document, int pageIndex) throws IOException {
    List<TextPosition> glyphs = glyphsOf(document, pageIndex);
    if (glyphs.isEmpty()) {
      return "";
    }
    double em = medianEm(glyphs);
    List<Row> rows = Row.of(glyphs, em);
    List<Gutter> gutters = Gutter.find(rows, em);
    PDPage page = document.getPage(pageIndex);
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.setSortByPosition(true);
    List<String> regions = new ArrayList<>();
    for (Rectangle2D region : regionsInReadingOrder(rows, gutters)) {
      String name = "region-" + regions.size();
      stripper.addRegion(name, region);
      regions.add(name);
    }
    stripper.extractRegions(page);
    StringBuilder text = new StringBuilder();
    for (String name : regions) {
      String part = stripper.getTextForRegion(name);
      if (!part.isBlank()) {
        text.append(part.strip()).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * Regions cover the page without overlap: a band per full-width row, and a band per run of rows between them cut at
   * the gutters. Band edges lie halfway between row baselines; PDFBox assigns a glyph to a region by its baseline point.
   */
  static List<Rectangle2D> regionsInReadingOrder(List<Row> rows, List<Gutter> gutters) {
    double far = 1e6;
    List<Rectangle2D> regions = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      boolean spanning = rows.get(start).crossesAny(gutters);
      int end = start + 1;
      while (!spanning && end < rows.size() && !rows.get(end).crossesAny(gutters)) {
        end++;
      }
      double top = start == 0 ? -far : (rows.get(start - 1).baseline() + rows.get(start).baseline()) / 2;
      double bottom = end == rows.size() ? far : (rows.get(end - 1).baseline() + rows.get(end).baseline()) / 2;
      if (spanning) {
        regions.add(new Rectangle2D.Double(-far, top, 2 * far, bottom - top));
      } else {
        double left = -far;
        for (Gutter gutter : gutters) {
          regions.add(new Rectangle2D.Double(left, top, gutter.middle() - left, bottom - top));
          left = gutter.middle();
        }
        regions.add(new Rectangle2D.Double(left, top, far - left, bottom - top));
      }
      start = end;
    }
    return regions;
  }

  private static List<TextPosition> glyphsOf(PDDocument document, int pageIndex) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper collector = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        if (!text.getUnicode().isBlank()) {
          glyphs.add(text);
        }
      }
    };
    collector.setStartPage(pageIndex + 1);
    collector.setEndPage(pageIndex + 1);
    collector.getText(document);
    return glyphs;
  }

  /**
   * Glyphs whose baselines lie within half an em of the row's first: one printed line across all columns, as x spans.
   */
  record Row(double baseline, List<double[]> spans) {

    static List<Row> of(List<TextPosition> glyphs, double em) {
      List<TextPosition> sorted = new ArrayList<>(glyphs);
      sorted.sort(Comparator.comparingDouble(TextPosition::getY));
      double tolerance = em / 2;
      List<Row> rows = new ArrayList<>();
      Row row = null;
      for (TextPosition glyph : sorted) {
        if (row == null || glyph.getY() - row.baseline() > tolerance) {
          row = new Row(glyph.getY(), new ArrayList<>());
          rows.add(row);
        }
        row.spans().add(new double[] {glyph.getX(), glyph.getX() + Math.max(glyph.getWidth(), 0.1)});
      }
      return rows;
    }

    boolean crossesAny(List<Gutter> gutters) {
      return gutters.stream().anyMatch(gutter ->
          spans.stream().anyMatch(span -> span[0] < gutter.right() && span[1] > gutter.left()));
    }
  }

  /** An x band between columns, in page points. */
  record Gutter(double left, double right) {

    double middle() {
      return (left + right) / 2;
    }

    /** The gutters inside the text's x extent, left to right; none for a one-column page. */
    static List<Gutter> find(List<Row> rows, double em) {
      double minX = rows.stream().flatMap(r -> r.spans().stream()).mapToDouble(s -> s[0]).min().orElse(0);
      double maxX = rows.stream().flatMap(r -> r.spans().stream()).mapToDouble(s -> s[1]).max().orElse(0);
      int origin = (int) Math.floor(minX);
      int[] ink = new int[(int) Math.ceil(maxX) - origin + 1];
      for (Row row : rows) {
        boolean[] inked = new boolean[ink.length];
        for (double[] span : row.spans()) {
          for (int x = (int) Math.floor(span[0]) - origin; x < Math.ceil(span[1]) - origin; x++) {
            inked[x] = true;
          }
        }
        for (int x = 0; x < ink.length; x++) {
          ink[x] += inked[x] ? 1 : 0;
        }
      }
      int maxInk = (int) Math.floor(Arrays.stream(ink).max().orElse(0) * GUTTER_MAX_INK_SHARE);
      double minWidth = GUTTER_MIN_WIDTH_EMS * em;
      List<Gutter> gutters = new ArrayList<>();
      int runStart = -1;
      for (int x = 0; x < ink.length; x++) {
        boolean blank = ink[x] <= maxInk;
        if (blank && runStart < 0) {
          runStart = x;
        }
        if (!blank && runStart >= 0) {
          if (runStart > 0 && x - runStart >= minWidth) {
            gutters.add(core(ink, runStart, x, origin));
          }
          runStart = -1;
        }
      }
      return gutters;
    }
  }

  /**
   * The blankest part of a gutter run {@code [from, to)}: its longest stretch at the run's lowest ink. A row that ends
   * a little into the run (a longer last line of a column) then does not count as crossing the gutter; a headline
   * across the columns does.
   */
  private static Gutter core(int[] ink, int from, int to, int origin) {
    int lowest = Arrays.stream(ink, from, to).min().orElse(0);
    int bestStart = from;
    int bestLength = 0;
    for (int x = from; x < to; ) {
      if (ink[x] != lowest) {
        x++;
        continue;
      }
      int start = x;
      while (x < to && ink[x] == lowest) {
        x++;
      }
      if (x - start > bestLength) {
        bestStart = start;
        bestLength = x - start;
      }
    }
    return new Gutter(origin + bestStart, origin + bestStart + bestLength);
  }

  /** The median font size in points (a Han character's width), or the median glyph width where sizes are unset. */
  static double medianEm(List<TextPosition> glyphs) {
    double[] sizes = glyphs.stream()
        .mapToDouble(g -> g.getFontSizeInPt() > 1 ? g.getFontSizeInPt() : g.getWidth())
        .sorted()
        .toArray();
    return sizes.length == 0 ? 10 : Math.max(sizes[sizes.length / 2], 1);
  }
}
