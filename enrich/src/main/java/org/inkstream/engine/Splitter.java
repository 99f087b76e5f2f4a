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

  /**
   * Pages with more non-blank lines than this are split by the structural rules alone, in linear time: no printed
   * page comes near it, and the labeller's cost grows faster with the page.
   */
  static final int MAX_LABELLED_LINES = 5_000;

  /**
   * How sure the labeller must be, on average over the lines where its reading and the rules' open articles
   * differently, to override rules that look better by their defect count. Chosen on the rendered dev pages (0.8 to 0.9
   * scored alike there) and checked on the seed pages, where the labeller's departures from the rules score 0.70 to
   * 0.89: see {@code docs/engine.md}.
   */
  static final double SURE = 0.9;

  /** Pages larger than this are refused rather than split: no real page comes near it. */
  public static final int MAX_PAGE_CHARS = 2_000_000;

  /**
   * What separates the lines that provenance numbers: a newline, with or without a carriage return before it, the way
   * text editors and gold annotators count lines. Form feeds and lone carriage returns stay inside their line.
   */
  public static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

  private final SplitterConfig config;
  private final LineLabeller labeller;
  /** Whether the rules' reading is a second opinion that wins where it has fewer defects; false only to measure. */
  private final boolean secondOpinion;

  /** The splitter with the shipped line labeller, or the structural rules alone when the build ships none. */
  public Splitter() {
    this(SplitterConfig.defaults());
  }

  public Splitter(SplitterConfig config) {
    this(config, LineLabeller.shipped().orElse(null));
  }

  /**
   * @param labeller the line labeller whose labels decide the articles, or null for the structural rules alone
   */
  public Splitter(SplitterConfig config, LineLabeller labeller) {
    this(config, labeller, true);
  }

  private Splitter(SplitterConfig config, LineLabeller labeller, boolean secondOpinion) {
    this.config = Objects.requireNonNull(config, "config");
    this.labeller = labeller;
    this.secondOpinion = secondOpinion;
  }

  /** The labeller's reading alone, without the rules as second opinion: what the model does by itself. */
  public static Splitter labellerOnly(LineLabeller labeller) {
    return new Splitter(SplitterConfig.defaults(), Objects.requireNonNull(labeller, "labeller"), false);
  }

  /** The structural rules alone, without the learned labeller: the baseline the model is measured against. */
  public static Splitter rules() {
    return new Splitter(SplitterConfig.defaults(), null);
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
    PageAnalysis analysis = PageAnalysis.of(page.text());
    Labelling labelling = labeller == null || analysis.lines().size() > MAX_LABELLED_LINES ? null
        : labeller.labelling(LineFeatures.of(analysis));
    LabelledReading labelled = labelling == null ? null : LabelledReading.of(analysis, labelling.labels());
    boolean learned = labelled != null && labelled.sensible(analysis) && !trustsRules(analysis, labelled, labelling);
    List<ItemDraft> items = learned ? labelled.items() : analysis.reading().items();
    List<Assembler.Stray> strays = learned ? labelled.strays() : analysis.reading().strays();
    ArticleWriter writer =
        new ArticleWriter(page, analysis.layout(), analysis.blank(), analysis.duplicates(), analysis.printed());
    List<Article> articles = new ArrayList<>();
    for (ItemDraft item : items) {
      articles.add(writer.write(item, articles.size() + 1));
    }
    List<Leftover> leftovers = new ArrayList<>();
    for (Assembler.Stray stray : strays) {
      leftovers.add(leftover(stray, analysis.printed()));
    }
    return new PageSplit(articles, leftovers);
  }

  /**
   * Whether the rules' reading of the page is kept rather than the labeller's. Both are scored by the defect count
   * the rules always used to choose between their own readings: bodies without a headline, headlines without a body.
   * The rules' reading is kept when it has fewer defects, or as few and the same number of articles: the rules read
   * the layouts they were written for exactly and leave loose ends elsewhere, while the labeller generalises but can
   * glue two articles of a page the rules read without a flaw. Neither reading is kept if it makes one article of a
   * long page where the other sees several.
   *
   * <p>The labeller still overrides the rules where it is sure of itself: where the two readings open articles at
   * different lines, and the labeller's labels of those lines have a mean marginal probability of at least {@link
   * #SURE}. A sure model is usually right on the pages the rules were not written for; on the pages they were written
   * for, the model is unsure exactly where it departs from them. Two cases keep the defect count alone: a short page (a
   * box, a lone commentary), where a handful of lines gives the model too little page to be sure of, and a labeller
   * reading with more headlines standing without a body than the rules', the model's typical mistake on real pages (a
   * column banner or a display ad's slogan read as a headline), which it makes with full confidence.
   */
  private boolean trustsRules(PageAnalysis analysis, LabelledReading labelled, Labelling labelling) {
    if (!secondOpinion) {
      return false;
    }
    Assembler.Reading rules = analysis.reading();
    int ruleItems = rules.items().size();
    int labelledItems = labelled.items().size();
    boolean longPage = analysis.lines().size() >= LabelledReading.MIN_LINES_TO_CHECK;
    if (longPage && ruleItems <= 1 && labelledItems >= 3) {
      return false;
    }
    boolean rulesLookBetter = rules.defects() < labelled.defects()
        || (rules.defects() == labelled.defects() && ruleItems == labelledItems);
    if (!rulesLookBetter || !longPage || bodilessHeadlines(labelled.items()) > bodilessHeadlines(rules.items())) {
      return rulesLookBetter;
    }
    return labelling.meanSureness(disputedOpenings(analysis, rules.items(), labelled.items())) < SURE;
  }

  /** The positions (among the page's non-blank lines) where one reading opens an article and the other does not. */
  private static Set<Integer> disputedOpenings(PageAnalysis analysis, List<ItemDraft> some, List<ItemDraft> others) {
    Set<Integer> disputed = openings(some);
    Set<Integer> theirs = openings(others);
    Set<Integer> shared = new HashSet<>(disputed);
    shared.retainAll(theirs);
    disputed.addAll(theirs);
    disputed.removeAll(shared);
    Map<Integer, Integer> positions = new HashMap<>();
    List<Line> lines = analysis.lines();
    for (int i = 0; i < lines.size(); i++) {
      positions.put(lines.get(i).number(), i);
    }
    Set<Integer> indices = new TreeSet<>();
    for (int number : disputed) {
      indices.add(positions.get(number));
    }
    return indices;
  }

  /** Headlines standing alone, without a body: banners and display ads the labeller took for headlines, mostly. */
  private static long bodilessHeadlines(List<ItemDraft> items) {
    return items.stream().filter(item -> !item.teaser && !item.advertisement && item.hasTitle() && !item.hasBody())
        .count();
  }

  /** The number of the first line of each item. */
  private static Set<Integer> openings(List<ItemDraft> items) {
    Set<Integer> openings = new HashSet<>();
    for (ItemDraft item : items) {
      item.lines.stream().mapToInt(Line::number).min().ifPresent(openings::add);
    }
    return openings;
  }

  private static Leftover leftover(Assembler.Stray stray, PrintedForm printed) {
    TreeSet<Integer> numbers = new TreeSet<>();
    for (Line line : stray.lines()) {
      numbers.add(line.number());
    }
    List<LineRange> ranges = LineRange.coalesce(numbers);
    return new Leftover(ranges, stray.reason(), printed.join(stray.lines()));
  }
}
