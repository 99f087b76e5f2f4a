package org.inkstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.inkstream.core.Article;
import org.inkstream.core.LineRange;
import org.inkstream.core.Leftover;
import org.inkstream.core.Page;

/**
 * Turns one raw page into its articles.
 *
 * <p>The split runs in four steps, each in its own class: {@link LineCleaner} repairs single lines (private-use glyphs,
 * letter-spacing, doubled prints); {@link LineClassifier} gives each line a {@link LineKind} from its text and its
 * neighbours, using the page's {@link PageLayout} (paragraph per line, or hard-wrapped columns); {@link Segmenter}
 * groups title lines into headline blocks; {@link Assembler} places blocks and lines into items, trying both "title
 * before body" and "title after body" readings of the page, and {@link ArticleWriter} turns each item into an {@link
 * Article}. Nothing is keyed to a paper: the cues are punctuation, line widths, blank lines, datelines and bylines.
 *
 * <p>Every non-blank line of the page ends up in exactly one article's provenance or in exactly one leftover. The
 * splitter is thread-safe and holds no state between pages; its time is linear in the page size.
 */
public final class Splitter {

  /** Pages larger than this are refused rather than split: no real page comes near it. */
  public static final int MAX_PAGE_CHARS = 2_000_000;

  /**
   * What separates the lines that provenance numbers: a newline, with or without a carriage return before it, the way
   * text editors and gold annotators count lines. Form feeds and lone carriage returns stay inside their line.
   */
  public static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

  /** Lines shorter than this are not worth dropping as duplicates: short phrases repeat legitimately. */
  private static final int MIN_DUPLICATE_WIDTH = 8;

  private final SplitterConfig config;

  public Splitter() {
    this(SplitterConfig.defaults());
  }

  public Splitter(SplitterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Splits {@code page} into articles and leftovers.
   *
   * @throws EngineException when the page is longer than {@link SplitterConfig#maxPageChars()}
   */
  public PageSplit split(Page page) {
    if (page.text().length() > config.maxPageChars()) {
      throw new EngineException("page " + page.id() + " has " + page.text().length()
          + " characters, more than the " + config.maxPageChars() + " a page may have");
    }
    String[] raw = LINE_BREAK.split(page.text(), -1);
    boolean[] blank = new boolean[raw.length];
    List<Line> lines = read(raw, blank);
    PageLayout layout = PageLayout.of(lines);
    List<LineKind> kinds = LineClassifier.classify(lines, layout);
    List<Segment> segments = Segmenter.segment(lines, kinds);
    Assembler.Reading reading = Assembler.assemble(segments);
    ArticleWriter writer = new ArticleWriter(page, layout, blank, duplicates(lines));
    List<Article> articles = new ArrayList<>();
    for (ItemDraft item : reading.items()) {
      articles.add(writer.write(item, articles.size() + 1));
    }
    List<Leftover> leftovers = new ArrayList<>();
    for (Assembler.Stray stray : reading.strays()) {
      leftovers.add(leftover(stray));
    }
    return new PageSplit(articles, leftovers);
  }

  private static List<Line> read(String[] raw, boolean[] blank) {
    List<Line> lines = new ArrayList<>();
    int gap = 0;
    boolean[] doubled = new boolean[1];
    for (int i = 0; i < raw.length; i++) {
      blank[i] = raw[i].strip().isEmpty();
      if (blank[i]) {
        gap++;
        continue;
      }
      String text = LineCleaner.clean(raw[i], doubled);
      lines.add(Line.of(i + 1, text, gap, doubled[0]));
      gap = 0;
    }
    return lines;
  }

  /**
   * Lines whose text appears again later on the page: extraction sometimes prints a column twice. The earlier copy
   * is the misplaced one more often than not, so it is the one left out of article text (it stays in provenance).
   */
  private static Set<Line> duplicates(List<Line> lines) {
    Map<String, Line> last = new HashMap<>();
    for (Line line : lines) {
      if (line.width() >= MIN_DUPLICATE_WIDTH) {
        last.put(line.text(), line);
      }
    }
    Set<Line> earlier = new HashSet<>();
    for (Line line : lines) {
      Line latest = last.get(line.text());
      if (latest != null && latest != line) {
        earlier.add(line);
      }
    }
    return earlier;
  }

  private static Leftover leftover(Assembler.Stray stray) {
    TreeSet<Integer> numbers = new TreeSet<>();
    StringBuilder text = new StringBuilder();
    for (Line line : stray.lines()) {
      numbers.add(line.number());
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line.text());
    }
    List<LineRange> ranges = LineRange.coalesce(numbers);
    return new Leftover(ranges, stray.reason(), text.toString());
  }
}
