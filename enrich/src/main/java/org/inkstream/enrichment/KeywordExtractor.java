package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 5 to 10 keywords of an article by TextRank over its nouns.
 *
 * <p>Why TextRank and not TF-IDF: no Chinese news IDF table ships on Maven Central, and TextRank needs none; it ranks
 * words by how many other content words they co-occur with, which favours the subject of a report over words that are
 * merely frequent. Candidates are nouns, names and verbal nouns of at least two characters that are not stopwords
 * (stopwords.txt) nor the byline's names; headline words get a bonus because the headline states the subject.
 * Thread-safe and immutable.
 */
public final class KeywordExtractor {

  static final int MAX_KEYWORDS = 10;
  static final int MIN_KEYWORDS = 5;
  private static final int WINDOW = 5;
  private static final int ITERATIONS = 30;
  private static final double DAMPING = 0.85;
  private static final double HEADLINE_BONUS = 1.5;
  private static final Pattern WORD = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,}");
  private static final Pattern NUMBERISH = Pattern.compile("[0-9.%]+|[0-9]+[A-Za-z]?|第.+|.*[0-9].*");

  private final Set<String> stopwords;

  public KeywordExtractor() {
    this.stopwords = Lexicons.words("stopwords.txt");
  }

  /**
   * Up to {@value #MAX_KEYWORDS} keywords, best first; fewer than {@value #MIN_KEYWORDS} only when the text has fewer
   * candidate words.
   */
  List<String> extract(List<Segmenter.Token> tokens, String headline, Collection<String> excluded) {
    List<String> words = new ArrayList<>();
    for (Segmenter.Token token : tokens) {
      if (isCandidate(token, excluded)) {
        words.add(token.word());
      }
    }
    Map<String, Double> rank = textRank(words);
    rank.replaceAll((word, score) -> headline.contains(word) ? score * HEADLINE_BONUS : score);
    return rank.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_KEYWORDS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private boolean isCandidate(Segmenter.Token token, Collection<String> excluded) {
    String word = token.word();
    return token.isNoun() && WORD.matcher(word).matches() && !NUMBERISH.matcher(word).matches()
        && !stopwords.contains(word) && !excluded.contains(word);
  }

  private static Map<String, Double> textRank(List<String> words) {
    Map<String, Set<String>> neighbours = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      neighbours.computeIfAbsent(words.get(i), w -> new HashSet<>());
      for (int j = i + 1; j < Math.min(words.size(), i + WINDOW); j++) {
        if (!words.get(i).equals(words.get(j))) {
          neighbours.get(words.get(i)).add(words.get(j));
          neighbours.computeIfAbsent(words.get(j), w -> new HashSet<>()).add(words.get(i));
        }
      }
    }
    Map<String, Double> score = new HashMap<>();
    neighbours.keySet().forEach(w -> score.put(w, 1.0));
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      Map<String, Double> next = new HashMap<>();
      for (Map.Entry<String, Set<String>> node : neighbours.entrySet()) {
        double sum = 0;
        for (String other : node.getValue()) {
          sum += score.get(other) / neighbours.get(other).size();
        }
        next.put(node.getKey(), 1 - DAMPING + DAMPING * sum);
      }
      score.clear();
      score.putAll(next);
    }
    return score;
  }
}
