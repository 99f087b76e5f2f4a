package org.inkstream.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

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
  public static final int VERSION = 6;

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
    // The page's lines are read in simplified characters (PageAnalysis): traditional script gives the same cues.
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
    List<int[]> pairs = new ArrayList<>(n);
    for (Line line : lines) {
      pairs.add(pairs(line.text()));
    }
    String[] ends = new String[n];
    String[] widths = new String[n];
    String[] sides = new String[n];
    for (int i = 0; i < n; i++) {
      ends[i] = ending(lines.get(i));
      widths[i] = widthBucket(lines.get(i).width());
      sides[i] = lines.get(i).width() <= HEADING_WIDTH ? overlapSide(pairs, i) : null;
    }
    String pageSide = "pageside=" + pageSide(sides, ends);
    String[] blocks = titleBlockSides(lines, kinds, pairs);
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
      f.add("kind|end-1=" + kinds.get(i) + "|" + (i > 0 ? ends[i - 1] : "START"));
      if (blocks[i] != null) {
        f.add("block=" + blocks[i]);
      }
      if (i > 0 && blocks[i - 1] != null && blocks[i] == null) {
        f.add("blockabove=" + blocks[i - 1]);
        f.add("blockabove|kind=" + blocks[i - 1] + "|" + kinds.get(i));
      }
      if (i + 1 < n && blocks[i + 1] != null && blocks[i] == null) {
        f.add("blockbelow=" + blocks[i + 1]);
      }
      if (i > 0 && mentionsAPage(lines.get(i - 1).bare())) {
        String above = (i > 1 ? lines.get(i - 2).bare() : "") + lines.get(i - 1).bare();
        JumpLine.atEnd(above).ifPresent(j -> f.add("pointer-above=" + j.direction()));
      }
      f.add(pageSide + "|kind=" + kinds.get(i));
      f.add(pageSide + "|end-1=" + (i > 0 ? ends[i - 1] : "START"));
      if (sides[i] != null) {
        f.add("overlap=" + sides[i]);
        f.add("overlap|end-1=" + sides[i] + "|" + (i > 0 ? ends[i - 1] : "START"));
        f.add(pageSide + "|overlap=" + sides[i]);
      }
      all.add(f);
    }
    return all;
  }

  /**
   * What the second stage of the labeller sees: each line's own features, plus what the first stage made of the page
   * around it (GROBID stacks its models the same way). A first-stage labelling is read as a whole: the labels of the
   * two lines on each side, which way this page's headlines stand (do title runs open their article or close it), how
   * far back the current article opened, how long it is, and whether it already has body or title lines. A dateline
   * forty lines into an article, or a title run after a body on a page whose titles all lead, is where a first reading
   * glued two articles; only a second look at the whole first reading can tell.
   *
   * @param features what {@link #of(String)} gave for each line
   * @param firstPass the first stage's label of each line
   */
  public static List<List<String>> secondStage(List<List<String>> features, List<LineLabel> firstPass) {
    int n = firstPass.size();
    if (features.size() != n) {
      throw new IllegalArgumentException(features.size() + " lines but " + n + " labels");
    }
    String orientation = "s1orient=" + titleOrientation(firstPass);
    int[] articleLength = articleLengths(firstPass);
    List<List<String>> all = new ArrayList<>(n);
    int opened = 0;
    boolean bodySeen = false;
    boolean titleSeen = false;
    for (int i = 0; i < n; i++) {
      LineLabel label = firstPass.get(i);
      if (label.begins()) {
        opened = i;
        bodySeen = false;
        titleSeen = false;
      }
      String kind = valueOf(features.get(i), "kind=");
      String own = label.key();
      String previous = i > 0 ? firstPass.get(i - 1).key() : "START";
      String next = i + 1 < n ? firstPass.get(i + 1).key() : "END";
      List<String> f = new ArrayList<>(features.get(i).size() + 20);
      f.addAll(features.get(i));
      f.add("s1=" + own);
      f.add("s1-1=" + previous);
      f.add("s1+1=" + next);
      f.add("s1-2=" + (i > 1 ? firstPass.get(i - 2).key() : "START"));
      f.add("s1+2=" + (i + 2 < n ? firstPass.get(i + 2).key() : "END"));
      f.add("s1-1|s1=" + previous + "|" + own);
      f.add("s1|s1+1=" + own + "|" + next);
      f.add(orientation);
      f.add(orientation + "|s1=" + own);
      f.add(orientation + "|kind=" + kind);
      f.add(orientation + "|s1-1=" + previous);
      f.add("s1since=" + countBucket(i - opened));
      f.add("s1length=" + countBucket(articleLength[i]));
      f.add("s1since|kind=" + countBucket(i - opened) + "|" + kind);
      f.add("s1body|kind=" + bodySeen + "|" + kind);
      f.add("s1title|kind=" + titleSeen + "|" + kind);
      f.add("s1body|s1=" + bodySeen + "|" + own);
      all.add(f);
      bodySeen |= label.role() == LineRole.BODY;
      titleSeen |= label.role() == LineRole.TITLE;
    }
    return all;
  }

  /**
   * Whether a labelling's title runs lead their article (the run opens it) or trail it (the line after the run opens
   * the next one): "lead", "trail", "mixed" or "none".
   */
  private static String titleOrientation(List<LineLabel> labels) {
    int lead = 0;
    int trail = 0;
    int n = labels.size();
    for (int i = 0; i < n; i++) {
      boolean runEnds = labels.get(i).role() == LineRole.TITLE && (i + 1 == n || labels.get(i + 1).role() != LineRole.TITLE);
      if (!runEnds) {
        continue;
      }
      int start = i;
      while (start > 0 && labels.get(start - 1).role() == LineRole.TITLE) {
        start--;
      }
      boolean opens = labels.get(start).begins();
      boolean closes = i + 1 < n && labels.get(i + 1).begins();
      if (opens && !closes) {
        lead++;
      } else if (!opens && closes) {
        trail++;
      }
    }
    if (lead + trail == 0) {
      return "none";
    }
    return trail > 2 * lead ? "trail" : lead > 2 * trail ? "lead" : "mixed";
  }

  /** For each line, how many lines the article it sits in has under {@code labels}. */
  private static int[] articleLengths(List<LineLabel> labels) {
    int n = labels.size();
    int[] lengths = new int[n];
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || labels.get(i).begins()) {
        Arrays.fill(lengths, start, i, i - start);
        start = i;
      }
    }
    return lengths;
  }

  private static String valueOf(List<String> features, String prefix) {
    for (String feature : features) {
      if (feature.startsWith(prefix)) {
        return feature.substring(prefix.length());
      }
    }
    return "?";
  }



  /**
   * Which side of a short line shares its words: a headline repeats words of its own article, so a title printed after
   * its body shares more with the lines before it, one printed before its body with the lines after it. Words are
   * approximated by pairs of Han characters. Null when the line has too few of them to tell.
   */
  private static String overlapSide(List<int[]> pairs, int i) {
    int[] own = pairs.get(i);
    if (own.length < 2) {
      return null;
    }
    int before = shared(own, pairs, Math.max(0, i - OVERLAP_WINDOW), i);
    int after = shared(own, pairs, i + 1, Math.min(pairs.size(), i + 1 + OVERLAP_WINDOW));
    return before > after + 1 ? "before" : after > before + 1 ? "after" : before == 0 ? "none" : "both";
  }

  /** Whether a line could end a page pointer (第三版, 2版, A3页): the cheap test before the pointer pattern. */
  private static boolean mentionsAPage(String bare) {
    return bare.indexOf('版') >= 0 || bare.indexOf('页') >= 0 || bare.indexOf('面') >= 0;
  }

  /**
   * Which side each run of title lines shares its words with, the run taken as a whole (a wrapped headline's lines
   * carry few words each): "before" for a headline printed after its body, "after" for one before it. Null for lines
   * outside such runs. The line right below a run reads it too, so that a dateline under a trailing headline can tell
   * that it opens the next report.
   */
  private static String[] titleBlockSides(List<Line> lines, List<LineKind> kinds, List<int[]> pairs) {
    int n = lines.size();
    String[] sides = new String[n];
    int i = 0;
    while (i < n) {
      if (kinds.get(i) != LineKind.TITLE) {
        i++;
        continue;
      }
      int end = i;
      int[] own = pairs.get(i);
      while (end + 1 < n && kinds.get(end + 1) == LineKind.TITLE) {
        end++;
        own = union(own, pairs.get(end));
      }
      String side = "none";
      if (own.length >= 2) {
        int before = shared(own, pairs, Math.max(0, i - OVERLAP_WINDOW), i);
        int after = shared(own, pairs, end + 1, Math.min(n, end + 1 + OVERLAP_WINDOW));
        side = before > after + 1 ? "before" : after > before + 1 ? "after" : before == 0 ? "none" : "both";
      }
      for (int k = i; k <= end; k++) {
        sides[k] = side;
      }
      i = end + 1;
    }
    return sides;
  }

  /**
   * Where this page prints its headlines, read from all its unfinished short lines together: "trail" when most of
   * those that share words with a neighbour share them with the lines before (titles after their bodies), "lead" when
   * with the lines after, "mixed" or "none" otherwise. One line's overlap is a weak cue; a page's tally is a strong one,
   * and it does not depend on the rules' reading of the page.
   */
  private static String pageSide(String[] sides, String[] ends) {
    int trail = 0;
    int lead = 0;
    for (int i = 0; i < sides.length; i++) {
      boolean unfinished = !"stop".equals(ends[i]) && !"clause".equals(ends[i]);
      if (unfinished && "before".equals(sides[i])) {
        trail++;
      } else if (unfinished && "after".equals(sides[i])) {
        lead++;
      }
    }
    if (trail + lead == 0) {
      return "none";
    }
    return trail > 2 * lead ? "trail" : lead > 2 * trail ? "lead" : "mixed";
  }

  /** How many of {@code own}'s pairs occur in lines {@code from} (inclusive) to {@code to} (exclusive). */
  private static int shared(int[] own, List<int[]> pairs, int from, int to) {
    boolean[] seen = new boolean[own.length];
    int count = 0;
    for (int k = from; k < to; k++) {
      for (int pair : pairs.get(k)) {
        int at = Arrays.binarySearch(own, pair);
        if (at >= 0 && !seen[at]) {
          seen[at] = true;
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Adjacent Han characters of {@code text}, spaces skipped (letter-spaced headings), each pair as one int; sorted and
   * distinct, so that overlaps are binary searches rather than boxed set look-ups (this is the features' hot loop).
   */
  private static int[] pairs(String text) {
    int[] found = new int[text.length()];
    int count = 0;
    char previous = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\u3000') {
        continue;
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        if (previous != 0) {
          found[count++] = previous << 16 | c;
        }
        previous = c;
      } else {
        previous = 0;
      }
    }
    return Arrays.stream(found, 0, count).sorted().distinct().toArray();
  }

  /** The sorted distinct pairs in either of two sorted distinct arrays. */
  private static int[] union(int[] some, int[] others) {
    return IntStream.concat(Arrays.stream(some), Arrays.stream(others)).sorted().distinct().toArray();
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
    return bucket(width, 2, 5, 10, 16, 24, 40, 80);
  }

  private static String countBucket(int count) {
    return bucket(count, 0, 1, 2, 5, 10, 20, 40);
  }

  /** The range of {@code upperBounds} that {@code value} falls in, named "3-5", "2" (a range of one) or "81+". */
  private static String bucket(int value, int... upperBounds) {
    int lower = 0;
    for (int upper : upperBounds) {
      if (value <= upper) {
        return lower == upper ? Integer.toString(upper) : lower + "-" + upper;
      }
      lower = upper + 1;
    }
    return lower + "+";
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
