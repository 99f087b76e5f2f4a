package org.inkstream.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.engine.Splitter;

/**
 * Scores an engine's articles against gold annotations, exactly as {@code seeds/README.md} defines the metrics.
 *
 * <p>Gold and predicted items of a page are paired greedily, best line-set F1 first, over non-blank lines outside the
 * gold {@code ignore} ranges; a pair needs an F1 of at least {@link #PAIR_THRESHOLD}. Item precision and recall are
 * paired items over predicted and gold items. Line accuracy is the share of gold lines that sit in the predicted item
 * paired with their gold item. Headline accuracy counts paired gold items that have title lines; a predicted headline
 * block (kicker, headline, subtitle) matches when its character-bag F1 with the gold title lines is at least {@link
 * #HEADLINE_THRESHOLD}, whitespace and decorations left out. Type, topic and reporter accuracy are over paired items;
 * a null predicted topic is wrong unless the gold item has no topic either, and reporters match when the sets are
 * equal.
 *
 * <p>The evaluator holds no state; {@link #score} is a pure function, the rest reads files. A command wires it as:
 *
 * <pre>{@code
 * Splitter splitter = new Splitter();
 * EvalReport report = new Evaluator().evaluate(goldDir, pageFiles, page -> splitter.split(page).articles());
 * out.print(report.toTable());            // or, for --json: Json.write(report.toMap())
 * }</pre>
 */
public final class Evaluator {

  public static final double PAIR_THRESHOLD = 0.8;
  public static final double HEADLINE_THRESHOLD = 0.8;
  /** Characters left out of headline comparison: whitespace is handled apart, these are decorations. */
  private static final String DECORATIONS = "#＃●○◎□■◆◇★☆▲△▼▽◤◥※•";

  /**
   * Evaluates {@code engine} on {@code pages} against the gold files in {@code goldDir} (the gold of {@code X.txt} is
   * {@code X.json}). With no pages, every gold file is evaluated on the page it names, looked up next to the gold
   * directory (its parent) or inside it.
   *
   * @throws UncheckedIOException when a page or gold file cannot be read
   * @throws IllegalArgumentException when a page has no gold file
   */
  public EvalReport evaluate(Path goldDir, List<Path> pages, Function<Page, List<Article>> engine) {
    Objects.requireNonNull(engine, "engine");
    List<PageScore> scores = new ArrayList<>();
    try {
      for (Path pageFile : pages.isEmpty() ? pagesOf(goldDir) : pages) {
        GoldPage gold = goldFor(goldDir, pageFile);
        String text = Files.readString(pageFile, StandardCharsets.UTF_8);
        String file = pageFile.getFileName().toString();
        Page page = Page.of(baseName(file), file, text);
        scores.add(score(gold, text, engine.apply(page)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return EvalReport.of(scores);
  }

  /** Scores one page: {@code text} is the raw page the gold line numbers refer to. */
  public PageScore score(GoldPage gold, String text, List<Article> predicted) {
    Set<Integer> scored = scoredLines(gold, text);
    List<Set<Integer>> goldSets = new ArrayList<>();
    for (GoldItem item : gold.items()) {
      goldSets.add(restrict(item.lines(), scored));
    }
    List<Set<Integer>> predictedSets = new ArrayList<>();
    for (Article article : predicted) {
      predictedSets.add(restrict(article.provenance().lines(), scored));
    }
    Map<Integer, Integer> pairs = pair(goldSets, predictedSets);
    String[] raw = Splitter.LINE_BREAK.split(text, -1);
    int goldLines = 0;
    int correctLines = 0;
    for (int g = 0; g < goldSets.size(); g++) {
      goldLines += goldSets.get(g).size();
      Integer p = pairs.get(g);
      if (p != null) {
        Set<Integer> common = new HashSet<>(goldSets.get(g));
        common.retainAll(predictedSets.get(p));
        correctLines += common.size();
      }
    }
    int headlinePairs = 0;
    int headlineCorrect = 0;
    int typeCorrect = 0;
    int topicCorrect = 0;
    int topicAnyCorrect = 0;
    int reporterCorrect = 0;
    Confusion topics = Confusion.empty();
    Confusion types = Confusion.empty();
    for (Map.Entry<Integer, Integer> pair : pairs.entrySet()) {
      GoldItem g = gold.items().get(pair.getKey());
      Article a = predicted.get(pair.getValue());
      if (!g.titleLines().isEmpty()) {
        headlinePairs++;
        if (charBagF1(headlineBlock(a), goldTitle(g, raw)) >= HEADLINE_THRESHOLD) {
          headlineCorrect++;
        }
      }
      topics = topics.with(g.primaryTopic(), a.topic());
      types = types.with(g.type(), a.type().key());
      if (a.type().key().equals(g.type())) {
        typeCorrect++;
      }
      if (Objects.equals(a.topic(), g.primaryTopic())) {
        topicCorrect++;
      }
      if (g.topics().isEmpty() ? a.topic() == null : a.topic() != null && g.topics().contains(a.topic())) {
        topicAnyCorrect++;
      }
      if (new HashSet<>(a.byline().reporters()).equals(new HashSet<>(g.reporters()))) {
        reporterCorrect++;
      }
    }
    return new PageScore(gold.page(), gold.items().size(), predicted.size(), pairs.size(), goldLines, correctLines,
        headlinePairs, headlineCorrect, typeCorrect, topicCorrect, topicAnyCorrect, reporterCorrect, topics, types);
  }

  /**
   * The gold items of a page paired with the articles the engine made of them, as {@link #score} pairs them; items
   * without an article are left out. For training on rendered pages: the gold says what the engine's article is.
   */
  public Map<GoldItem, Article> paired(GoldPage gold, String text, List<Article> predicted) {
    Set<Integer> scored = scoredLines(gold, text);
    List<Set<Integer>> goldSets = gold.items().stream().map(item -> restrict(item.lines(), scored)).toList();
    List<Set<Integer>> predictedSets =
        predicted.stream().map(article -> restrict(article.provenance().lines(), scored)).toList();
    Map<GoldItem, Article> paired = new LinkedHashMap<>();
    new TreeMap<>(pair(goldSets, predictedSets)).forEach((g, p) -> paired.put(gold.items().get(g), predicted.get(p)));
    return paired;
  }

  /**
   * Greedy pairing: all gold/predicted pairs by descending line-set F1 (ties: gold order, then predicted order), each
   * taken when both sides are still free and the F1 reaches the threshold. Returns gold index to predicted index.
   */
  static Map<Integer, Integer> pair(List<Set<Integer>> gold, List<Set<Integer>> predicted) {
    record Candidate(int gold, int predicted, double f1) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double f1 = setF1(gold.get(g), predicted.get(p));
        if (f1 >= PAIR_THRESHOLD) {
          candidates.add(new Candidate(g, p, f1));
        }
      }
    }
    candidates.sort((x, y) -> x.f1() != y.f1() ? Double.compare(y.f1(), x.f1())
        : x.gold() != y.gold() ? Integer.compare(x.gold(), y.gold()) : Integer.compare(x.predicted(), y.predicted()));
    Map<Integer, Integer> pairs = new HashMap<>();
    Set<Integer> usedPredicted = new HashSet<>();
    for (Candidate c : candidates) {
      if (!pairs.containsKey(c.gold()) && !usedPredicted.contains(c.predicted())) {
        pairs.put(c.gold(), c.predicted());
        usedPredicted.add(c.predicted());
      }
    }
    return pairs;
  }

  static double setF1(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (int x : a) {
      if (b.contains(x)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  /** F1 of the multisets of characters of both strings, whitespace and decorations left out. */
  static double charBagF1(String predicted, String gold) {
    Map<Integer, Integer> p = bag(predicted);
    Map<Integer, Integer> g = bag(gold);
    int pSize = p.values().stream().mapToInt(Integer::intValue).sum();
    int gSize = g.values().stream().mapToInt(Integer::intValue).sum();
    if (pSize == 0 || gSize == 0) {
      return pSize == gSize ? 1 : 0;
    }
    int common = 0;
    for (Map.Entry<Integer, Integer> e : p.entrySet()) {
      common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * common / (pSize + gSize);
  }

  private static Map<Integer, Integer> bag(String s) {
    Map<Integer, Integer> bag = new HashMap<>();
    if (s != null) {
      s.codePoints()
          .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && DECORATIONS.indexOf(cp) < 0)
          .forEach(cp -> bag.merge(cp, 1, Integer::sum));
    }
    return bag;
  }

  static String headlineBlock(Article article) {
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {article.kicker(), article.headline(), article.subtitle()}) {
      if (part != null) {
        out.append(part).append(' ');
      }
    }
    return out.toString();
  }

  private static String goldTitle(GoldItem item, String[] raw) {
    StringBuilder out = new StringBuilder();
    for (int line : item.titleLines()) {
      if (line >= 1 && line <= raw.length) {
        out.append(raw[line - 1]).append(' ');
      }
    }
    return out.toString();
  }

  /** Non-blank lines of the page outside the ignore ranges. */
  private static Set<Integer> scoredLines(GoldPage gold, String text) {
    String[] raw = Splitter.LINE_BREAK.split(text, -1);
    Set<Integer> scored = new HashSet<>();
    for (int i = 0; i < raw.length; i++) {
      if (!raw[i].strip().isEmpty() && !gold.ignores(i + 1)) {
        scored.add(i + 1);
      }
    }
    return scored;
  }

  private static Set<Integer> restrict(List<LineRange> ranges, Set<Integer> scored) {
    Set<Integer> lines = new HashSet<>();
    for (LineRange range : ranges) {
      for (int line = range.start(); line <= range.end(); line++) {
        if (scored.contains(line)) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static GoldPage goldFor(Path goldDir, Path pageFile) throws IOException {
    Path gold = goldDir.resolve(baseName(pageFile.getFileName().toString()) + ".json");
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("no gold file " + gold + " for page " + pageFile);
    }
    return GoldPage.read(gold);
  }

  private static List<Path> pagesOf(Path goldDir) throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path gold : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = GoldPage.read(gold).page();
        Path parent = goldDir.toAbsolutePath().getParent();
        Path beside = parent == null ? goldDir.resolve(name) : parent.resolve(name);
        pages.add(Files.isRegularFile(beside) ? beside : goldDir.resolve(name));
      }
    }
    return pages;
  }

  private static String baseName(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
