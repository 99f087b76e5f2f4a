package org.inkstream.enrichment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How an {@link Enricher} is built.
 *
 * @param taxonomyFile a JSON taxonomy that replaces the shipped one (format: {@link Taxonomy}), or null for the
 *     standard 15 topics
 * @param segmentation which ansj analysis segments the text (default {@link Segmentation#FAST})
 * @param storyIndex the index that assigns {@code story_id}, or null to leave story ids unset (the topology keeps its
 *     own index, spread by LSH band over state stores, with the same rule: {@link StoryIndex#firstNear})
 * @param clock the time an article is filed at in the story index when its edition date is unknown
 * @param topicModelFile a topic model written by {@code inkstream topics train} that replaces the shipped one, or
 *     null for the shipped model
 * @param minTopicProbability an article whose best topic has a lower probability gets no topic ({@code topic} null):
 *     see {@link TopicFiler}; default {@link #DEFAULT_MIN_TOPIC_PROBABILITY}
 * @param typeModelFile a type model written by {@code inkstream types train} that replaces the shipped one, or null
 *     for the shipped model
 * @param minTypeProbability the type model's type is kept when its probability reaches this, else the rules' type
 *     stands: see {@link TypeModel#type(TypeFeatures.Form, double)}; default {@link TypeModel#DEFAULT_MIN_PROBABILITY}
 * @param pageTopicWeight how much the other articles of a page weigh in an article's topics where they all agree
 *     on one ({@link Enricher#enrichPage}, {@link TopicFiler#withSection}, {@link TopicFiler#agreement}): 0 files
 *     every article alone; default {@link #DEFAULT_PAGE_TOPIC_WEIGHT}
 */
public record EnricherConfig(Path taxonomyFile, Segmentation segmentation, StoryIndex storyIndex, Clock clock,
    Path topicModelFile, double minTopicProbability, Path typeModelFile, double minTypeProbability,
    double pageTopicWeight) {

  /**
   * The default minimum probability of a primary topic, chosen on the tuning half of the hand-labelled dev set
   * ({@code docs/topics.md}): below it, the article's topic was wrong more often than right.
   */
  public static final double DEFAULT_MIN_TOPIC_PROBABILITY = 0.3;

  /**
   * The default weight of a page's other articles in an article's topics, times how much they agree on one topic
   * ({@link TopicFiler#agreement}); chosen on two hand-labelled days of a national paper's headlines in printed order
   * among the weights that keep the seed pages' topics at 0.90 ({@code docs/topics.md}, "A page's section"): a paper
   * prints its news section by section, and an article the filer is unsure of usually shares its neighbours' topic.
   */
  public static final double DEFAULT_PAGE_TOPIC_WEIGHT = 0.75;

  /** The trade-off between entity quality and speed (measured figures in {@code docs/enrichment.md}). */
  public enum Segmentation {
    /**
     * ansj {@code NlpAnalysis}: CRF new-word discovery plus person, place and organisation recognition. Best
     * entities; loads a CRF model once per JVM (several seconds, about 200 MB of heap).
     */
    ACCURATE,
    /**
     * ansj {@code ToAnalysis}: dictionary and n-gram segmentation with person names; places and organisations from
     * the dictionary. About twice as fast overall, no model to load; finds fewer places and organisations.
     */
    FAST
  }

  public EnricherConfig {
    Objects.requireNonNull(segmentation, "segmentation");
    Objects.requireNonNull(clock, "clock");
    if (!(minTopicProbability >= 0 && minTopicProbability <= 1)) {
      throw new IllegalArgumentException("minTopicProbability must be within [0, 1], was " + minTopicProbability);
    }
    if (!(minTypeProbability >= 0 && minTypeProbability <= 1)) {
      throw new IllegalArgumentException("minTypeProbability must be within [0, 1], was " + minTypeProbability);
    }
    if (!(pageTopicWeight >= 0 && pageTopicWeight <= 4)) {
      throw new IllegalArgumentException("pageTopicWeight must be within [0, 4], was " + pageTopicWeight);
    }
  }

  /**
   * Standard taxonomy, fast segmentation (it meets the entity targets on the seed annotations at twice the speed of
   * the accurate one, see {@code docs/enrichment.md}), no story index, the system clock.
   */
  public static EnricherConfig defaults() {
    return new EnricherConfig(null, Segmentation.FAST, null, Clock.systemUTC(), null, DEFAULT_MIN_TOPIC_PROBABILITY,
        null, TypeModel.DEFAULT_MIN_PROBABILITY, DEFAULT_PAGE_TOPIC_WEIGHT);
  }

  public EnricherConfig withTaxonomyFile(Path file) {
    return new EnricherConfig(Objects.requireNonNull(file, "file"), segmentation, storyIndex, clock, topicModelFile,
        minTopicProbability, typeModelFile, minTypeProbability, pageTopicWeight);
  }

  public EnricherConfig withSegmentation(Segmentation value) {
    return new EnricherConfig(taxonomyFile, value, storyIndex, clock, topicModelFile, minTopicProbability,
        typeModelFile, minTypeProbability, pageTopicWeight);
  }

  public EnricherConfig withStoryIndex(StoryIndex index) {
    return new EnricherConfig(taxonomyFile, segmentation, Objects.requireNonNull(index, "index"), clock,
        topicModelFile, minTopicProbability, typeModelFile, minTypeProbability, pageTopicWeight);
  }

  public EnricherConfig withClock(Clock value) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, value, topicModelFile, minTopicProbability,
        typeModelFile, minTypeProbability, pageTopicWeight);
  }

  public EnricherConfig withTopicModelFile(Path file) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, clock, Objects.requireNonNull(file, "file"),
        minTopicProbability, typeModelFile, minTypeProbability, pageTopicWeight);
  }

  public EnricherConfig withMinTopicProbability(double value) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, clock, topicModelFile, value, typeModelFile,
        minTypeProbability, pageTopicWeight);
  }

  public EnricherConfig withTypeModelFile(Path file) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, clock, topicModelFile, minTopicProbability,
        Objects.requireNonNull(file, "file"), minTypeProbability, pageTopicWeight);
  }

  /**
   * Where the type model decides: its type is kept at or above this probability, the rules' type below. 0 trusts the
   * model always, 1 almost never.
   */
  public EnricherConfig withMinTypeProbability(double value) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, clock, topicModelFile, minTopicProbability,
        typeModelFile, value, pageTopicWeight);
  }

  /**
   * How much a page's other articles weigh in an article's topics: 0 files each article alone (a paper whose pages
   * mix every subject), 1 as much as the article's own words.
   */
  public EnricherConfig withPageTopicWeight(double value) {
    return new EnricherConfig(taxonomyFile, segmentation, storyIndex, clock, topicModelFile, minTopicProbability,
        typeModelFile, minTypeProbability, value);
  }

  /** The type model to type with: the given file, else the shipped model, else none (the rules alone). */
  TypeModel typeModel() {
    return typeModelFile != null ? TypeModel.read(typeModelFile) : TypeModel.shipped().orElse(null);
  }

  /** The topic model to file with: the given file, else the shipped model, else none (taxonomy alone). */
  TopicModel topicModel() {
    return topicModelFile != null ? TopicModel.read(topicModelFile) : TopicModel.shipped().orElse(null);
  }
}
