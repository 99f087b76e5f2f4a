package org.inkstream.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.TopicModel;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the {@link TopicModel}: multinomial logistic regression (Tribuo's {@link LinearSGDTrainer} with {@link
 * LogMulticlass} and AdaGrad) on the words and word bigrams of labelled articles' headlines ({@link TopicModel#lead}).
 *
 * <p>Only features found in at least {@link Options#minFeatureCount} training articles are kept, and of those the
 * {@link Options#maxFeatures} most frequent: the model stores a weight per feature and topic, and the shipped file
 * must stay a few megabytes. Every topic weighs the same in training (an article's weight is inversely proportional to
 * its topic's count, capped): the corpora have many sports and entertainment articles, a newspaper has few, and the
 * weak-labelled topics would otherwise be drowned.
 */
public final class TopicModelTrainer {

  private static final double MAX_WEIGHT = 20;

  /**
   * @param epochs passes over the training articles
   * @param learningRate AdaGrad's initial learning rate
   * @param minFeatureCount features in fewer training articles than this are dropped
   * @param maxFeatures at most this many features are kept, the most frequent
   * @param minTopicExamples a topic with fewer training articles is left out of the model, which then has no opinion
   *     on it (the taxonomy alone files it, see {@code TopicFiler}): a few dozen weak labels teach a model nothing
   *     but to avoid the topic
   * @param seed shuffling seed: the same articles and seed give the same model
   */
  public record Options(int epochs, double learningRate, int minFeatureCount, int maxFeatures, int minTopicExamples,
      long seed) {

    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
      }
      if (!(learningRate > 0)) {
        throw new IllegalArgumentException("learningRate must be positive, was " + learningRate);
      }
      if (minFeatureCount < 1 || maxFeatures < 1) {
        throw new IllegalArgumentException("minFeatureCount and maxFeatures must be at least 1");
      }
    }

    public static Options defaults() {
      return new Options(5, 0.5, 3, 25_000, 1_000, 42);
    }
  }

  /** An article's features and topic, computed once. */
  private record Featured(Map<String, Double> features, String topic) {}

  private final Options options;

  public TopicModelTrainer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Trains a model on the articles that have a topic.
   *
   * @throws IllegalArgumentException when fewer than two topics have articles
   */
  public TopicModel train(List<LabelledArticle> articles) {
    List<Featured> featured = new ArrayList<>();
    for (LabelledArticle article : articles) {
      if (article.topic() != null) {
        featured.add(new Featured(featuresOf(article), article.topic()));
      }
    }
    Map<String, Integer> perTopic = new HashMap<>();
    featured.forEach(f -> perTopic.merge(f.topic(), 1, Integer::sum));
    featured.removeIf(f -> perTopic.get(f.topic()) < options.minTopicExamples());
    Set<String> topics = new HashSet<>(featured.stream().map(Featured::topic).toList());
    if (topics.size() < 2) {
      throw new IllegalArgumentException("training needs at least two topics with " + options.minTopicExamples()
          + " articles or more, got " + perTopic);
    }
    Set<String> kept = keptFeatures(featured);
    double mean = (double) featured.size() / topics.size();
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> dataset =
        new MutableDataset<>(new SimpleDataSourceProvenance("inkstream topic labels", factory), factory);
    for (Featured f : featured) {
      Map<String, Double> features = new HashMap<>(f.features());
      features.keySet().retainAll(kept);
      if (features.isEmpty()) {
        continue;
      }
      Example<Label> example = TopicModel.example(features, new Label(f.topic()));
      example.setWeight((float) Math.min(MAX_WEIGHT, mean / perTopic.get(f.topic())));
      dataset.add(example);
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(options.learningRate(), 0.1),
        options.epochs(), Integer.MAX_VALUE, 1, options.seed());
    return TopicModel.of(trainer.train(dataset));
  }

  /** The features of an article as the enricher will see them. */
  static Map<String, Double> featuresOf(LabelledArticle article) {
    return TopicModel.features(ChineseText.forAnalysis(article.headline()), ChineseText.forAnalysis(article.text()));
  }

  private Set<String> keptFeatures(List<Featured> featured) {
    Map<String, Integer> documents = new HashMap<>();
    for (Featured f : featured) {
      f.features().keySet().forEach(name -> documents.merge(name, 1, Integer::sum));
    }
    return new HashSet<>(documents.entrySet().stream()
        .filter(e -> e.getValue() >= options.minFeatureCount())
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(options.maxFeatures())
        .map(Map.Entry::getKey)
        .toList());
  }
}
