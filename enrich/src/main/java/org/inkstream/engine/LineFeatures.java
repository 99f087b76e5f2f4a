package org.inkstream.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the line labeller sees of each line: the one place that says it, used alike when the model is trained and when
 * it labels a page, so the two cannot drift (GROBID's {@code FeaturesVector*} classes play this part there).
 *
 * <p>Features are binary and named {@code name=value}. They are the cues the structural rules reason on, made
 * explicit: the line's width against the page's column width, blank lines around it, how it ends, whether it is a
 * dateline, a byline, a credit, a pointer, a table row; the rules' {@link LineKind} of the line and its neighbours and
 * the rules' own reading of the page (does an article open here, in which role); and the characters at both ends of
 * the line (本报, 记者, 摄, 版). Pairs of neighbouring cues are features of their own, because a linear-chain model does
 * not combine observations by itself.
 */
public final class LineFeatures {

  /** Bump when the features change: a model trained on other features must not be loaded. */
  public static final int VERSION = 2;

  /** How many lines on each side a short line's words are looked for in: about one paragraph of a narrow column. */
  private static final int OVERLAP_WINDOW = 12;
  /** Lines wider than this are running text, not headings: no overlap features for them. */
  private static final int HEADING_WIDTH = 40;

  /** One non-blank line of a page and its features. */
  public record Row(int lineNumber, List<String> features) {}

  private LineFeatures() {}

  /** The features of every non-blank line of {@code pageText}, in page order. */
  public static List<Row> of(String pageText) {
    PageAnalysis analysis = PageAnalysis.of(pageText);
    List<List<String>> features = of(analysis);
    List<Row> rows = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      rows.add(new Row(analysis.lines().get(i).number(), features.get(i)));
    }
    return rows;
  }

  static List<List<String>> of(PageAnalysis page) {
    List<Line> lines = page.lines();
    List<LineKind> kinds = page.kinds();
    List<LineLabel> rules = page.ruleLabels();
    int column = Math.max(1, page.layout().columnWidth());
    String layout = page.layout().wrapped() ? "wrapped" : "paragraphs";
    // Which way the rules found headlines to attach on this page, and whether the page opens and closes with a title:
    // page-wide cues to where headlines stand that no single line shows.
    String orientation = "orient=" + page.reading().orientation();
    String pageHead = "pagehead=" + edgeKind(kinds, 0, 1);
    String pageTail = "pagetail=" + edgeKind(kinds, kinds.size() - 1, -1);
    int n = lines.size();
    List<Set<Integer>> pairs = new ArrayList<>(n);
    for (Line line : lines) {
      pairs.add(pairs(line.text()));
    }
    String[] ends = new String[n];
    String[] widths = new String[n];
    for (int i = 0; i < n; i++) {
      ends[i] = ending(lines.get(i));
      widths[i] = widthBucket(lines.get(i).width());
    }
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      String text = line.text();
      String bare = line.bare();
      List<String> f = new ArrayList<>(64);
      f.add("layout=" + layout);
      f.add("width=" + widths[i]);
      f.add("relwidth=" + relativeBucket(line.width(), column));
      f.add("relwidth|layout=" + relativeBucket(line.width(), column) + "|" + layout);
      f.add("gap=" + Math.min(2, line.gapBefore()));
      f.add("gapafter=" + (i + 1 < n ? Math.min(2, lines.get(i + 1).gapBefore()) : 9));
      f.add("end=" + ends[i]);
      f.add("stops=" + Math.min(3, count(bare, '。') + count(bare, '！') + count(bare, '？')));
      f.add("kind=" + kinds.get(i));
      f.add("kind-1=" + (i > 0 ? kinds.get(i - 1) : "START"));
      f.add("kind+1=" + (i + 1 < n ? kinds.get(i + 1) : "END"));
      f.add("kind|kind-1=" + kinds.get(i) + "|" + (i > 0 ? kinds.get(i - 1) : "START"));
      f.add("kind|kind+1=" + kinds.get(i) + "|" + (i + 1 < n ? kinds.get(i + 1) : "END"));
      f.add("rule=" + rules.get(i).key());
      f.add(orientation);
      f.add(orientation + "|kind=" + kinds.get(i));
      f.add(orientation + "|kind-1=" + (i > 0 ? kinds.get(i - 1) : "START"));
      f.add(pageHead + "|kind=" + kinds.get(i));
      f.add(pageTail + "|kind=" + kinds.get(i));
      f.add(pageHead + "|kind-1=" + (i > 0 ? kinds.get(i - 1) : "START"));
      f.add(pageTail + "|kind-1=" + (i > 0 ? kinds.get(i - 1) : "START"));
      f.add("end-1|end+1=" + (i > 0 ? ends[i - 1] : "START") + "|" + (i + 1 < n ? ends[i + 1] : "END"));
      f.add("end-1|width|gap=" + (i > 0 ? ends[i - 1] : "START") + "|" + widths[i] + "|"
          + Math.min(2, line.gapBefore()));
      f.add("rule-1=" + (i > 0 ? rules.get(i - 1).key() : "START"));
      f.add("rule+1=" + (i + 1 < n ? rules.get(i + 1).key() : "END"));
      f.add("end-1=" + (i > 0 ? ends[i - 1] : "START"));
      f.add("end+1=" + (i + 1 < n ? ends[i + 1] : "END"));
      f.add("end-1|width=" + (i > 0 ? ends[i - 1] : "START") + "|" + widths[i]);
      f.add("end|width+1=" + ends[i] + "|" + (i + 1 < n ? widths[i + 1] : "END"));
      f.add("width-1=" + (i > 0 ? widths[i - 1] : "START"));
      f.add("width+1=" + (i + 1 < n ? widths[i + 1] : "END"));
      f.add("titleshaped=" + LineClassifier.titleShaped(line));
      f.add("inner-stop=" + Punctuation.hasInnerSentenceEnd(bare));
      flag(f, "decorated", !text.isEmpty() && Line.DECORATIONS.indexOf(text.charAt(0)) >= 0);
      flag(f, "dateline", Dateline.startsWithDateline(text));
      flag(f, "byline", BylineParser.isStandalone(text));
      flag(f, "credit", BylineParser.isClosingCredit(text));
      flag(f, "names-only", BylineParser.isNamesOnly(bare));
      flag(f, "photo-credit", BylineParser.photoCreditStart(text) >= 0);
      flag(f, "pointer", JumpLine.standalone(text).isPresent());
      flag(f, "pointer-at-end", JumpLine.atEnd(text).isPresent());
      flag(f, "resumes", JumpLine.resumesAt(text).isPresent());
      flag(f, "tab", text.indexOf('\t') >= 0 || text.contains("   "));
      flag(f, "duplicate", page.duplicates().contains(line));
      flag(f, "doubled", line.doubled());
      flag(f, "garbage", line.isGarbage());
      flag(f, "dash", bare.startsWith("—") || bare.startsWith("--"));
      flag(f, "colon-end", Punctuation.endsWithColon(bare));
      flag(f, "first", i == 0);
      flag(f, "last", i + 1 == n);
      affixes(f, bare);
      if (line.width() <= HEADING_WIDTH) {
        overlap(f, lines, pairs, i);
      }
      all.add(f);
    }
    return all;
  }

  /**
   * Which side of a short line shares its words: a headline repeats words of its own article, so a title printed after
   * its body shares more with the lines before it, one printed before its body with the lines after it. Words are
   * approximated by pairs of Han characters.
   */
  private static void overlap(List<String> features, List<Line> lines, List<Set<Integer>> pairs, int i) {
    Set<Integer> own = pairs.get(i);
    if (own.size() < 2) {
      return;
    }
    int before = shared(own, pairs, Math.max(0, i - OVERLAP_WINDOW), i);
    int after = shared(own, pairs, i + 1, Math.min(lines.size(), i + 1 + OVERLAP_WINDOW));
    String side = before > after + 1 ? "before" : after > before + 1 ? "after" : before == 0 ? "none" : "both";
    features.add("overlap=" + side);
    features.add("overlap|end-1=" + side + "|" + (i > 0 ? ending(lines.get(i - 1)) : "START"));
  }

  private static int shared(Set<Integer> own, List<Set<Integer>> pairs, int from, int to) {
    Set<Integer> seen = new HashSet<>();
    for (int k = from; k < to; k++) {
      for (int pair : pairs.get(k)) {
        if (own.contains(pair)) {
          seen.add(pair);
        }
      }
    }
    return seen.size();
  }

  /** Adjacent Han characters of {@code text}, spaces skipped (letter-spaced headings), each pair as one int. */
  private static Set<Integer> pairs(String text) {
    Set<Integer> pairs = new HashSet<>();
    char previous = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\u3000') {
        continue;
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        if (previous != 0) {
          pairs.add(previous << 16 | c);
        }
        previous = c;
      } else {
        previous = 0;
      }
    }
    return pairs;
  }

  /** The kind of the first line from {@code from} in direction {@code step} that is not page furniture or garbage. */
  private static String edgeKind(List<LineKind> kinds, int from, int step) {
    for (int k = from; k >= 0 && k < kinds.size(); k += step) {
      LineKind kind = kinds.get(k);
      if (kind != LineKind.FURNITURE && kind != LineKind.GARBAGE && kind != LineKind.COLUMN) {
        return kind.name();
      }
    }
    return "NONE";
  }

  private static void flag(List<String> features, String name, boolean on) {
    if (on) {
      features.add(name);
    }
  }

  /** The first and last one, two and three characters: 本报, 记者, 摄, 版, ——. Digits fold to 0. */
  private static void affixes(List<String> features, String bare) {
    int[] cps = bare.codePoints().map(LineFeatures::fold).filter(cp -> !Character.isWhitespace(cp)).toArray();
    for (int k = 1; k <= 3 && k <= cps.length; k++) {
      features.add("prefix" + k + "=" + new String(cps, 0, k));
      features.add("suffix" + k + "=" + new String(cps, cps.length - k, k));
    }
  }

  private static int fold(int cp) {
    if ((cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９')) {
      return '0';
    }
    return cp;
  }

  /** How a line ends: a full stop, a clause mark, a colon, a closing bracket or quote, a character, a digit. */
  private static String ending(Line line) {
    String text = line.text().strip();
    if (text.isEmpty()) {
      return "empty";
    }
    int last = text.codePointBefore(text.length());
    if ("。！？!?".indexOf(last) >= 0 || (last == '.' && text.length() > 1)) {
      return "stop";
    }
    if ("，,、；;".indexOf(last) >= 0) {
      return "clause";
    }
    if ("：:".indexOf(last) >= 0) {
      return "colon";
    }
    if ("）)」』”》】".indexOf(last) >= 0) {
      return "close";
    }
    if (Character.isDigit(last)) {
      return "digit";
    }
    if (Punctuation.isHan(last)) {
      return "han";
    }
    return "other";
  }

  private static String widthBucket(int width) {
    if (width <= 2) {
      return "0-2";
    }
    if (width <= 5) {
      return "3-5";
    }
    if (width <= 10) {
      return "6-10";
    }
    if (width <= 16) {
      return "11-16";
    }
    if (width <= 24) {
      return "17-24";
    }
    if (width <= 40) {
      return "25-40";
    }
    return width <= 80 ? "41-80" : "81+";
  }

  private static String relativeBucket(int width, int column) {
    double ratio = (double) width / column;
    if (ratio < 0.35) {
      return "lt35";
    }
    if (ratio < 0.7) {
      return "lt70";
    }
    if (ratio < 0.95) {
      return "lt95";
    }
    return ratio <= 1.1 ? "full" : "over";
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
