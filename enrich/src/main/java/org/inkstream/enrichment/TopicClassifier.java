package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inkstream.core.TopicScore;

/**
 * Files an article under the topics of a {@link Taxonomy} by weighted term evidence.
 *
 * <p>The team's half of topic filing: a lexicon can be read, argued about and extended by the monitoring team, and
 * it knows the topics no public corpus has (politics, governance); {@link TopicFiler} combines its {@link #evidence}
 * with the learned {@link TopicModel}. Scoring: every occurrence of a term (leftmost-longest, so nested terms do not double count) adds to
 * its term's count, headline occurrences {@code headline_weight} times; a topic's score is the sum over its terms of
 * {@code weight * (1 + ln(count))}, so that a word repeated twenty times does not drown a broad spread of evidence.
 * Scores are reported as shares of the total (they sum to at most 1). Thread-safe and immutable.
 */
public final class TopicClassifier {

  private final Taxonomy taxonomy;
  private final Map<String, List<Evidence>> evidenceByTerm;
  private final TermTrie<List<Evidence>> trie;

  /** One topic a term is evidence for, with its weight there. */
  private record Evidence(String topic, double weight) {}

  public TopicClassifier(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    Map<String, List<Evidence>> byTerm = new HashMap<>();
    for (Taxonomy.Topic topic : taxonomy.topics()) {
      topic.terms().forEach((term, weight) ->
          byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(new Evidence(topic.key(), weight)));
    }
    byTerm.replaceAll((term, evidence) -> List.copyOf(evidence));
    this.evidenceByTerm = Map.copyOf(byTerm);
    this.trie = new TermTrie<>(evidenceByTerm);
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The topics of an article, best first, at most {@code max_topics}, each secondary one with at least {@code
   * min_share} of the best score; empty when the total evidence is below {@code min_score}. Both texts should be
   * simplified Chinese (see {@link ChineseText#forAnalysis}).
   */
  public List<TopicScore> classify(String headline, String body) {
    return ranked(evidence(headline, body));
  }

  /**
   * Each topic's evidence score (the sum over its terms of {@code weight * (1 + ln(count))}), for the topics with any
   * evidence: what {@link TopicFiler} combines with the learned model.
   */
  public Map<String, Double> evidence(String headline, String body) {
    Map<String, Double> counts = new HashMap<>();
    count(headline, taxonomy.headlineWeight(), counts);
    count(body, 1.0, counts);
    Map<String, Double> scores = new LinkedHashMap<>();
    counts.forEach((term, count) -> {
      for (Evidence evidence : evidenceByTerm.get(term)) {
        scores.merge(evidence.topic(), evidence.weight() * (1 + Math.log(count)), Double::sum);
      }
    });
    return scores;
  }

  private void count(String text, double weight, Map<String, Double> counts) {
    if (text == null) {
      return;
    }
    for (TermTrie.Hit<List<Evidence>> hit : trie.find(text)) {
      counts.merge(text.substring(hit.start(), hit.start() + hit.length()), weight, Double::sum);
    }
  }

  private List<TopicScore> ranked(Map<String, Double> scores) {
    double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total < taxonomy.minScore()) {
      return List.of();
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(scores.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    double best = sorted.get(0).getValue();
    List<TopicScore> ranked = new ArrayList<>();
    for (Map.Entry<String, Double> entry : sorted) {
      if (ranked.size() == taxonomy.maxTopics() || entry.getValue() < best * taxonomy.minShare()) {
        break;
      }
      ranked.add(new TopicScore(entry.getKey(), round(entry.getValue() / total)));
    }
    return List.copyOf(ranked);
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
