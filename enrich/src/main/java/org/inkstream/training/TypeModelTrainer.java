package org.inkstream.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Page;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.SourceArticle;
import org.inkstream.corpus.SourceCorpus;
import org.inkstream.corpus.Split;
import org.inkstream.engine.Splitter;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.TopicModel;
import org.inkstream.enrichment.TypeFeatures;
import org.inkstream.enrichment.TypeModel;
import org.inkstream.eval.Evaluator;
import org.inkstream.eval.GoldItem;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the {@link TypeModel}: multinomial logistic regression (Tribuo's {@link LinearSGDTrainer} with {@link
 * LogMulticlass} and AdaGrad) over {@link TypeFeatures}, from two kinds of examples:
 *
 * <ul>
 *   <li>rendered pages ({@link #fromPages}): the splitter's articles, each paired with the gold item it came from,
 *       whose type the renderer knows. They teach form as the engine sees it (a byline, a column, subheads, a page
 *       pointer, a notice's table), on every type;
 *   <li>hand-labelled articles ({@link #fromLabels}): real texts without layout, typed by a person. They teach the
 *       wording the renderer cannot (a feature report has no dateline but reads like news; an essay argues), and
 *       those of a type told by wording weigh {@link Options#labelWeight} times a rendered article.
 * </ul>
 *
 * Types weigh as they come, not balanced: most of a paper is news, and a model that has learned so overrides the
 * rules only on clear evidence (weighing every type the same made it file a third of the dev set's reports as features,
 * notices or essays). The rules stay the fallback: see {@link TypeModel#type}.
 */
public final class TypeModelTrainer {

  /**
   * @param epochs passes over the examples
   * @param learningRate AdaGrad's initial learning rate
   * @param labelWeight how much more a hand-labelled article of a type told by wording weighs than a rendered one
   * @param seed shuffling seed: the same examples and seed give the same model
   */
  public record Options(int epochs, double learningRate, double labelWeight, long seed) {

    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
      }
      if (!(learningRate > 0) || !(labelWeight > 0)) {
        throw new IllegalArgumentException("learningRate and labelWeight must be positive, were " + learningRate
            + ", " + labelWeight);
      }
    }

    public static Options defaults() {
      return new Options(10, 0.5, 20, 42);
    }
  }

  /**
   * One training article.
   *
   * @param form what the model sees of it
   * @param type its gold type
   * @param labelled whether a person typed it (rather than the renderer)
   */
  public record TypeExample(TypeFeatures.Form form, ArticleType type, boolean labelled) {

    public TypeExample {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(type, "type");
    }
  }

  /** Types the renderer gives by layout only: their rendered texts say nothing of them (see {@link #fromPages}). */
  private static final Set<ArticleType> DRESSED_BY_LAYOUT = Set.of(ArticleType.FEATURE);
  /**
   * Types told by wording, which only hand-labelled articles teach: these weigh {@link Options#labelWeight}. Notices,
   * photos and teasers are told by page furniture, which the rendered pages teach as a paper prints it; a web page's
   * hand-labelled notice (an exam timetable, a shopping list) weighs as one rendered article, lest its web form
   * outweigh a paper's.
   */
  private static final Set<ArticleType> TOLD_BY_WORDING =
      Set.of(ArticleType.NEWS, ArticleType.FEATURE, ArticleType.COMMENTARY, ArticleType.OTHER);

  private final Options options;

  public TypeModelTrainer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Examples from {@code pages} pages rendered from the training part of {@code corpus}: articles of the given sources
   * only, and none whose id is in {@code excluded} (the dev set's articles, which must stay unseen).
   *
   * @param seed the first page's seed (see {@link RenderedPages#render})
   */
  public static List<TypeExample> fromCorpus(SourceCorpus corpus, Set<String> sources, Set<String> excluded,
      int pages, long seed) {
    List<SourceArticle> pool = corpus.part(Split.TRAIN).stream()
        .filter(a -> sources.contains(a.source()) && !excluded.contains(a.id()))
        .toList();
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("no training article of the sources " + sources + " in the corpus");
    }
    return fromPages(RenderedPages.render("types-", pool, pages, seed, page -> { }), new Splitter());
  }

  /**
   * The splitter's articles of rendered pages, typed by the gold item each one was paired with (as {@code inkstream
   * eval} pairs them); articles the splitter cut wrongly, paired with no item, are left out. Each article gives two
   * examples: as the splitter wrote it, and its bare text without layout. The second teaches the wording the renderer
   * gives a type (a notice's table and telephone number, a photographer's credit, a page pointer, a dateline) apart
   * from the layout: the splitter's layout is wrong at times, and a labels file has none.
   *
   * <p>Features give no bare example: the renderer dresses any article as a feature by its layout alone (a byline,
   * subheads), so their bare texts are reports, guides and essays alike, and would teach the model that wording says
   * nothing of a feature, against what the hand-labelled articles teach. (A commentary keeps its column label in the
   * headline block, so its bare text still says what it is.)
   */
  public static List<TypeExample> fromPages(List<RenderedPage> pages, Splitter splitter) {
    Evaluator evaluator = new Evaluator();
    List<TypeExample> examples = new ArrayList<>();
    for (RenderedPage page : pages) {
      List<Article> articles = splitter.split(Page.of(page.name(), page.name(), page.text())).articles();
      Map<GoldItem, Article> paired = evaluator.paired(page.gold(), page.text(), articles);
      paired.forEach((gold, article) -> {
        TypeFeatures.Form form = TypeFeatures.Form.of(article);
        ArticleType type = ArticleType.fromKey(gold.type());
        examples.add(new TypeExample(form, type, false));
        if (!DRESSED_BY_LAYOUT.contains(type)) {
          examples.add(new TypeExample(TypeFeatures.Form.ofText(form.headline(), form.text()), type, false));
        }
      });
    }
    return examples;
  }

  /** The labelled articles that have a type, as bare texts (no layout). */
  public static List<TypeExample> fromLabels(List<LabelledArticle> articles) {
    return articles.stream()
        .filter(a -> a.type() != null)
        .map(a -> new TypeExample(form(a), ArticleType.fromKey(a.type()), true))
        .toList();
  }

  /** What the model sees of a labelled article: its texts normalised, no layout. */
  public static TypeFeatures.Form form(LabelledArticle article) {
    return TypeFeatures.Form.ofText(ChineseText.forAnalysis(article.headline()),
        ChineseText.forAnalysis(article.text()));
  }

  /**
   * Trains a model.
   *
   * @throws IllegalArgumentException when the examples have fewer than two types
   */
  public TypeModel train(List<TypeExample> examples) {
    Set<ArticleType> types = examples.stream().map(TypeExample::type).collect(Collectors.toSet());
    if (types.size() < 2) {
      throw new IllegalArgumentException("training needs at least two types, got " + types);
    }
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> dataset =
        new MutableDataset<>(new SimpleDataSourceProvenance("inkstream type examples", factory), factory);
    for (TypeExample e : examples) {
      Example<Label> example = TopicModel.example(TypeFeatures.of(e.form()), new Label(e.type().key()));
      example.setWeight((float) weight(e));
      dataset.add(example);
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(options.learningRate(), 0.1),
        options.epochs(), Integer.MAX_VALUE, 1, options.seed());
    return TypeModel.of(trainer.train(dataset));
  }

  private double weight(TypeExample example) {
    return example.labelled() && TOLD_BY_WORDING.contains(example.type()) ? options.labelWeight() : 1;
  }
}
