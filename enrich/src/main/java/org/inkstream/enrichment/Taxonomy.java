package org.inkstream.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The topics an article can be filed under and the weighted words that are evidence for each, read from a JSON data
 * file so that a monitoring team can add a topic, more terms or other weights without recompiling.
 *
 * <p>Format (the default is {@code org/inkstream/enrichment/topics.json} on the classpath; {@code docs/topics.md}
 * has the full description):
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "headline_weight": 3.0,   // an occurrence in the headline block counts this many times
 *   "min_score": 2.0,         // below this total evidence an article gets no topic
 *   "max_topics": 3,          // at most this many entries in Article.topics
 *   "min_share": 0.35,        // a secondary topic needs at least this share of the best topic's score
 *   "topics": [
 *     {"key": "rural", "label": "农业农村", "description": "...",
 *      "terms": {"4": ["乡村振兴", "脱贫攻坚"], "2": ["帮扶干部"]}},  // weight -> terms, in simplified Chinese
 *     {"key": "international", "abroad_weight": 25, "terms": {...}}  // evidence from an article set abroad
 *   ]
 * }
 * }</pre>
 *
 * Keys are lower-case identifiers ({@code [a-z][a-z0-9_]*}), unique; weights are positive numbers; terms have at least
 * two characters (single characters are evidence of nothing) and may appear under several topics.
 */
public record Taxonomy(
    double headlineWeight, double minScore, int maxTopics, double minShare, List<Topic> topics) {

  /** Classpath location of the taxonomy shipped with Inkstream. */
  public static final String DEFAULT_RESOURCE = "/org/inkstream/enrichment/topics.json";

  /**
   * One topic: its key as stored in {@code Article.topic}, a human label, its weighted evidence terms, and the evidence
   * it gains from an article set abroad.
   *
   * @param abroadWeight evidence for this topic from an article whose places are mostly abroad, {@code abroadWeight ×
   *     share of its place mentions that are abroad × ln((1 + those mentions) / 3)}, never below 0 (see {@link
   *     TopicFiler}); 0, the default, for none. The shipped taxonomy gives it to {@code international} only: its terms
   *     name a few dozen countries, an article set in any of two hundred names its own.
   */
  public record Topic(String key, String label, String description, Map<String, Double> terms, double abroadWeight) {

    public Topic {
      if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException("a topic key is a lower-case identifier, was '" + key + "'");
      }
      label = label == null ? key : label;
      description = description == null ? "" : description;
      terms = Map.copyOf(terms);
      if (!(abroadWeight >= 0)) {
        throw new IllegalArgumentException("topic " + key + ": abroad_weight must not be negative, was " + abroadWeight);
      }
      for (Map.Entry<String, Double> term : terms.entrySet()) {
        if (term.getKey().codePointCount(0, term.getKey().length()) < 2) {
          throw new IllegalArgumentException("topic " + key + ": term '" + term.getKey() + "' is shorter than 2");
        }
        if (!(term.getValue() > 0)) {
          throw new IllegalArgumentException("topic " + key + ": term " + term.getKey() + " has weight "
              + term.getValue() + ", weights must be positive");
        }
      }
    }
  }

  public Taxonomy {
    if (!(headlineWeight >= 1)) {
      throw new IllegalArgumentException("headline_weight must be at least 1, was " + headlineWeight);
    }
    if (!(minScore >= 0)) {
      throw new IllegalArgumentException("min_score must not be negative, was " + minScore);
    }
    if (maxTopics < 1) {
      throw new IllegalArgumentException("max_topics must be at least 1, was " + maxTopics);
    }
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException("min_share must be within [0, 1], was " + minShare);
    }
    topics = List.copyOf(topics);
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("a taxonomy needs at least one topic");
    }
    Set<String> keys = new HashSet<>();
    for (Topic topic : topics) {
      if (!keys.add(topic.key())) {
        throw new IllegalArgumentException("topic key " + topic.key() + " appears twice");
      }
    }
  }

  /** The taxonomy shipped with Inkstream: the 15 topics of the seed README. */
  public static Taxonomy standard() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the classpath lacks " + DEFAULT_RESOURCE);
      }
      return parse(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Reads a user's taxonomy file; it replaces the standard one entirely. */
  public static Taxonomy read(Path file) {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy file " + file, e);
    }
  }

  /** Parses the JSON format above; {@code source} names the input in error messages. */
  public static Taxonomy parse(byte[] json, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + e.getMessage(), e);
    }
    try {
      List<Topic> topics = new ArrayList<>();
      for (JsonNode topic : required(root, "topics")) {
        topics.add(topicOf(topic));
      }
      return new Taxonomy(root.path("headline_weight").asDouble(3.0), root.path("min_score").asDouble(2.0),
          root.path("max_topics").asInt(3), root.path("min_share").asDouble(0.35), topics);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static Topic topicOf(JsonNode node) {
    Map<String, Double> terms = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> tiers = required(node, "terms").fields();
    while (tiers.hasNext()) {
      Map.Entry<String, JsonNode> tier = tiers.next();
      double weight = weightOf(tier.getKey(), node.path("key").asText());
      for (JsonNode term : tier.getValue()) {
        // a term listed under two weights keeps the higher one
        terms.merge(term.asText().strip(), weight, Math::max);
      }
    }
    return new Topic(node.path("key").asText(null), node.path("label").asText(null),
        node.path("description").asText(null), terms, node.path("abroad_weight").asDouble(0));
  }

  private static double weightOf(String tier, String topic) {
    try {
      return Double.parseDouble(tier);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("topic " + topic + ": terms are keyed by weight, '" + tier
          + "' is not a number", e);
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  /** The topic keys, in file order. */
  public List<String> keys() {
    return topics.stream().map(Topic::key).toList();
  }

  public Topic topic(String key) {
    Objects.requireNonNull(key, "key");
    return topics.stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no topic " + key + " in this taxonomy"));
  }
}
