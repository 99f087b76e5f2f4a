package org.inkstream.enrichment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inkstream.engine.ShippedModel;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * The learned half of topic filing: a multinomial logistic regression (Tribuo's {@code LinearSGDModel}) over the words
 * and word bigrams of an article's headline ({@link #lead}), giving each topic it was trained on a probability. Trained by {@code inkstream topics train} (see {@code docs/topics.md}); the shipped model is a resource
 * beside this class, read once per JVM.
 *
 * <p>Words from ansj's fast segmentation, as the enricher uses. Why a linear model: it trains in a minute on two
 * cores, its probabilities are close to calibrated, and it can be read (a topic's heaviest words) when it errs.
 *
 * <p>Thread-safe: the model holds no state between calls.
 */
public final class TopicModel {

  /** The shipped model: gzip of Tribuo's protobuf form. */
  public static final String RESOURCE = "topic-model.gz";
  /** Version of {@link #features}: a model trained on other features is refused at load. */
  public static final int FEATURES_VERSION = 2;
  /** The model's name says which features it was trained on. */
  public static final String MODEL_NAME = "inkstream-topic-model-features-v" + FEATURES_VERSION;
  private static final String RETRAIN = "inkstream topics train";
  /** Characters of the body read when an article has no headline. */
  static final int MAX_LEAD = 80;

  private static final class Shipped {
    static final Optional<TopicModel> MODEL =
        ShippedModel.load(TopicModel.class, RESOURCE, "topic model", TopicModel::read);
  }

  private final Model<Label> model;

  private TopicModel(Model<Label> model) {
    this.model = model;
  }

  /** Wraps a freshly trained model; its name records the feature version it was trained on. */
  public static TopicModel of(Model<Label> model) {
    Objects.requireNonNull(model, "model");
    if (!model.generatesProbabilities()) {
      throw new IllegalArgumentException("a topic model must give probabilities, " + model.getClass().getName()
          + " does not");
    }
    model.setName(MODEL_NAME);
    return new TopicModel(model);
  }

  /** The model shipped with this version, or empty when the build has none. */
  public static Optional<TopicModel> shipped() {
    return Shipped.MODEL;
  }


  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model, or one trained on other features
   */
  public static TopicModel read(InputStream in) throws IOException {
    return new TopicModel(GzippedModel.read(in, MODEL_NAME, "topic model", RETRAIN));
  }

  /** Reads a model file; the message of a failure names the file. */
  public static TopicModel read(Path file) {
    return new TopicModel(GzippedModel.read(file, MODEL_NAME, "topic model", RETRAIN));
  }

  public void write(Path file) throws IOException {
    GzippedModel.write(model, file);
  }

  /** The topic keys the model was trained on. */
  public List<String> topics() {
    return model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).sorted().toList();
  }

  /**
   * The probability of each topic the model knows for an article, from its {@link #lead}; empty when none of its words
   * was seen in training, so that the model has no opinion. Texts in simplified Chinese.
   */
  public Map<String, Double> probabilities(String headline, String body) {
    Map<String, Double> features = features(headline, body);
    if (features.isEmpty()) {
      return Map.of();
    }
    Prediction<Label> prediction;
    try {
      prediction = model.predict(example(features, LabelFactory.UNKNOWN_LABEL));
    } catch (IllegalArgumentException noKnownFeature) {
      return Map.of();
    }
    Map<String, Double> probabilities = new LinkedHashMap<>();
    prediction.getOutputScores().forEach((topic, label) -> probabilities.put(topic, label.getScore()));
    return probabilities;
  }

  /**
   * What the model reads of an article: its headline block, or without one the body's first sentence (at most {@link
   * #MAX_LEAD} characters).
   *
   * <p>Why only the headline: the public corpora give whole texts for six topics only and headlines for the rest, so a
   * model trained on bodies learns the register of those six (a government report reads like an education article to
   * it) rather than their subjects. On headlines every topic is learned from the same kind of text; the taxonomy reads
   * the whole article.
   */
  public static String lead(String headline, String body) {
    if (headline != null && !headline.isBlank()) {
      return headline;
    }
    String text = body == null ? "" : body.strip();
    int end = 0;
    while (end < text.length() && end < MAX_LEAD && "。！？!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, end);
  }

  /** The features of an article as the model sees them: {@link #features(List)} of its segmented {@link #lead}. */
  public static Map<String, Double> features(String headline, String body) {
    return features(new Segmenter(EnricherConfig.Segmentation.FAST).segment(lead(headline, body)));
  }

  /**
   * Words ({@code w:}) and pairs of adjacent words ({@code b:}); punctuation, digits and spaces are left out and break
   * pairs. Value {@code 1 + ln(count)}, the vector scaled to unit length.
   */
  static Map<String, Double> features(List<Segmenter.Token> tokens) {
    Map<String, Double> counts = new HashMap<>();
    String previous = null;
    for (Segmenter.Token token : tokens) {
      String word = token.word().strip();
      if (!isWord(word)) {
        previous = null;
        continue;
      }
      counts.merge("w:" + word, 1.0, Double::sum);
      if (previous != null) {
        counts.merge("b:" + previous + "_" + word, 1.0, Double::sum);
      }
      previous = word;
    }
    counts.replaceAll((feature, count) -> 1 + Math.log(count));
    double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
    counts.replaceAll((feature, value) -> value / norm);
    return counts;
  }

  private static boolean isWord(String word) {
    return !word.isEmpty() && word.codePoints().anyMatch(cp -> Character.isLetter(cp));
  }

  /** An example for Tribuo: the given features, labelled {@code topic} (unknown at filing time). */
  public static Example<Label> example(Map<String, Double> features, Label topic) {
    String[] names = features.keySet().toArray(String[]::new);
    double[] values = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      values[i] = features.get(names[i]);
    }
    return new ArrayExample<>(topic, names, values);
  }
}
