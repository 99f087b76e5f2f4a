package org.inkstream.enrichment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inkstream.core.ArticleType;
import org.inkstream.engine.ShippedModel;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * Decides what an article is ({@code news}, {@code feature}, {@code commentary}, {@code photo}, {@code teaser},
 * {@code notice_ad}, {@code other}) from its form and wording: multinomial logistic regression (Tribuo's {@code
 * LinearSGDModel}) over {@link TypeFeatures}, the rules' verdict among them. Where the page's layout gave a type of its
 * own, that type stands unless the model is sure ({@link #DEFAULT_MIN_PROBABILITY}); see {@link #type(TypeFeatures.Form,
 * double)}. Trained by {@code inkstream types train}
 * on rendered pages and hand-labelled articles (see {@code docs/topics.md}, "Types"); the shipped model is a resource
 * beside this class, read once per JVM.
 *
 * <p>Why learned: the rules ({@link TypeRefiner}) override the layout only on strong evidence and so file every
 * feature without subheads, every interview and most essays as {@code news}. Wording decides those, and how much each
 * cue counts is best weighed on labelled articles. Why linear: a few hundred weights over a few dozen features cost
 * microseconds an article, and a wrong call can be read off the weights.
 *
 * <p>Thread-safe: the model holds no state between calls.
 */
public final class TypeModel {

  /** The shipped model: gzip of Tribuo's protobuf form. */
  public static final String RESOURCE = "type-model.gz";
  /** The model's name says which features it was trained on. */
  public static final String MODEL_NAME = "inkstream-type-model-features-v" + TypeFeatures.VERSION;

  /**
   * Below this probability the model's type gives way to a type the page's layout gave (feature, commentary, photo,
   * teaser, notice, other): the model is trained mostly on rendered pages, whose layout the renderer chose at random
   * for the text, so it weighs a real page's layout too little. The lowest value that keeps the seed pages at 0.90 or
   * more (0.8 lets the model file a seed feature as news) ({@code docs/topics.md}, "Types").
   */
  public static final double DEFAULT_MIN_PROBABILITY = 0.9;

  /** The types an article's wording tells, which the model may give where no form says anything (see {@link #type}). */
  static final Set<String> WORDING_TYPES = Set.of(ArticleType.NEWS.key(), ArticleType.FEATURE.key(),
      ArticleType.COMMENTARY.key(), ArticleType.OTHER.key());

  private static final String RETRAIN = "inkstream types train";

  private static final class Shipped {
    static final Optional<TypeModel> MODEL =
        ShippedModel.load(TypeModel.class, RESOURCE, "type model", TypeModel::read);
  }

  private final Model<Label> model;

  private TypeModel(Model<Label> model) {
    this.model = model;
  }

  /** Wraps a freshly trained model; its name records the feature version it was trained on. */
  public static TypeModel of(Model<Label> model) {
    Objects.requireNonNull(model, "model");
    for (Label label : model.getOutputIDInfo().getDomain()) {
      ArticleType.fromKey(label.getLabel());
    }
    model.setName(MODEL_NAME);
    return new TypeModel(model);
  }

  /** The model shipped with this version, or empty when the build has none. */
  public static Optional<TypeModel> shipped() {
    return Shipped.MODEL;
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model, or one trained on other features
   */
  public static TypeModel read(InputStream in) throws IOException {
    return new TypeModel(GzippedModel.read(in, MODEL_NAME, "type model", RETRAIN));
  }

  /** Reads a model file; the message of a failure names the file. */
  public static TypeModel read(Path file) {
    return new TypeModel(GzippedModel.read(file, MODEL_NAME, "type model", RETRAIN));
  }

  public void write(Path file) throws IOException {
    GzippedModel.write(model, file);
  }

  /** The types the model was trained on. */
  public List<String> types() {
    return model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).sorted().toList();
  }

  /** The type of an article: {@link #type(TypeFeatures.Form, double)} at {@link #DEFAULT_MIN_PROBABILITY}. */
  public ArticleType type(TypeFeatures.Form form) {
    return type(form, DEFAULT_MIN_PROBABILITY);
  }

  /**
   * The type of an article. Where the rules' type rests on no evidence of form (the layout gave none of its own, and
   * the rules say news by default or commentary by a count of opinion words), the model's most probable type among
   * those told by wording ({@link #WORDING_TYPES}) is kept: a photo, a teaser or a notice is told by its furniture (a
   * credit, a page pointer, notice markers), which the rules read, and without it the model's guess rests on length
   * alone (a short commentary under a column label came out {@code photo}). Where it does (see {@link #hasEvidence}),
   * the model's type is kept only when its probability reaches {@code minProbability}, else the rules' type ({@link
   * TypeFeatures#rule}) stands: 0 trusts the model always, above 1 never; and never a photo, a teaser or a notice the
   * rules did not read too (a poem the layout typed {@code other} came out {@code photo} by its length). A feature the
   * paper names as one (an
   * interview in questions and answers, a headline such as ——记… or 侧记) keeps the rules' type: the training data hold
   * too few for the model to learn them (rendered pages have none), and the form alone decides it.
   */
  public ArticleType type(TypeFeatures.Form form, double minProbability) {
    ArticleType rule = TypeFeatures.rule(form);
    if (TypeRefiner.isNamedFeature(form.headline(), form.text())) {
      return rule;
    }
    Prediction<Label> prediction = predict(form, rule);
    if (!hasEvidence(form, rule)) {
      return ArticleType.fromKey(bestOf(prediction, WORDING_TYPES).getLabel());
    }
    Label best = prediction.getOutput();
    if (!WORDING_TYPES.contains(best.getLabel()) && !best.getLabel().equals(rule.key())) {
      return rule; // a photo, a teaser or a notice is told by furniture the rules read: a poem is no photo
    }
    return best.getScore() >= minProbability ? ArticleType.fromKey(best.getLabel()) : rule;
  }

  /** The most probable of {@code types} (all of them are in every prediction of a model trained on them). */
  private static Label bestOf(Prediction<Label> prediction, Set<String> types) {
    return prediction.getOutputScores().values().stream()
        .filter(label -> types.contains(label.getLabel()))
        .max(Comparator.comparingDouble(Label::getScore))
        .orElse(prediction.getOutput());
  }

  /**
   * Whether the rules' type rests on evidence of form: a type the page's layout gave, or one the rules read from a
   * page pointer, a photographer's credit, notice markers, a speech's heading or a commentary label (社论, 本报评论员,
   * a 时评 column). Not when it is news by default or commentary by a count of opinion words alone: there the model
   * weighs the wording better.
   */
  private static boolean hasEvidence(TypeFeatures.Form form, ArticleType rule) {
    boolean layoutTyped = form.layout() != null && form.layout() != ArticleType.NEWS;
    boolean labelled = rule == ArticleType.COMMENTARY
        && TypeRefiner.hasCommentaryLabel(form.headline() + "\n" + form.text(), form.column());
    return layoutTyped || labelled || (rule != ArticleType.NEWS && rule != ArticleType.COMMENTARY);
  }

  /** The model's probability of each type it knows, best first. */
  public Map<String, Double> probabilities(TypeFeatures.Form form) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    predict(form, TypeFeatures.rule(form)).getOutputScores().values().stream()
        .sorted((a, b) -> Double.compare(b.getScore(), a.getScore()))
        .forEach(label -> probabilities.put(label.getLabel(), label.getScore()));
    return probabilities;
  }

  private Prediction<Label> predict(TypeFeatures.Form form, ArticleType rule) {
    // Every article has a rule and a layout feature, so the model always knows some of its features.
    return model.predict(TopicModel.example(TypeFeatures.of(form, rule), LabelFactory.UNKNOWN_LABEL));
  }
}
