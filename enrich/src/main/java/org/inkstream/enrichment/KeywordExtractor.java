package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 5 to 10 keywords of an article by TextRank over its nouns.
 *
 * <p>Why TextRank and not TF-IDF: no Chinese news IDF table ships on Maven Central, and TextRank needs none; it ranks
 * words by how many other content words they co-occur with, which favours the subject of a report over words that are
 * merely frequent. Candidates are nouns, names and verbal nouns of at least two letters and no digits that are not
 * stopwords (stopwords.txt) and do not contain a byline name (杜培清通讯员); headline words get a bonus because the
 * headline states the subject.
 * Thread-safe and immutable.
 */
public final class KeywordExtractor {

  static final int MAX_KEYWORDS = 10;
  static final int MIN_KEYWORDS = 5;
  private static final int WINDOW = 5;
  private static final int ITERATIONS = 30;
  private static final double DAMPING = 0.85;
  private static final double HEADLINE_BONUS = 1.5;

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
    return token.isNoun() && isContentWord(word) && !stopwords.contains(word)
        && excluded.stream().noneMatch(word::contains);
  }

  /** Two or more letters (Chinese or Latin), no digits (figures and ordinals such as 第二批 are not subjects). */
  private static boolean isContentWord(String word) {
    if (word.length() < 2 || word.charAt(0) == '第') {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /** TextRank over the co-occurrence graph of {@code words} (window {@value #WINDOW}), on arrays for speed. */
  private static Map<String, Double> textRank(List<String> words) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    int[] sequence = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      sequence[i] = ids.computeIfAbsent(words.get(i), w -> ids.size());
    }
    int[][] neighbours = neighbours(sequence, ids.size());
    double[] score = rank(neighbours);
    Map<String, Double> scores = new HashMap<>();
    ids.forEach((word, id) -> scores.put(word, score[id]));
    return scores;
  }

  /** For every word id, the distinct other ids within the window, from a sorted list of packed pairs. */
  private static int[][] neighbours(int[] sequence, int nodes) {
    long[] pairs = new long[2 * sequence.length * (WINDOW - 1)];
    int n = 0;
    for (int i = 0; i < sequence.length; i++) {
      for (int j = i + 1; j < Math.min(sequence.length, i + WINDOW); j++) {
        if (sequence[i] != sequence[j]) {
          pairs[n++] = (long) sequence[i] << 32 | sequence[j];
          pairs[n++] = (long) sequence[j] << 32 | sequence[i];
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    int[] degree = new int[nodes];
    for (int k = 0; k < n; k++) {
      if (k == 0 || pairs[k] != pairs[k - 1]) {
        degree[(int) (pairs[k] >>> 32)]++;
      }
    }
    int[][] neighbours = new int[nodes][];
    for (int node = 0; node < nodes; node++) {
      neighbours[node] = new int[degree[node]];
    }
    int[] filled = new int[nodes];
    for (int k = 0; k < n; k++) {
      if (k == 0 || pairs[k] != pairs[k - 1]) {
        int from = (int) (pairs[k] >>> 32);
        neighbours[from][filled[from]++] = (int) pairs[k];
      }
    }
    return neighbours;
  }

  private static double[] rank(int[][] neighbours) {
    double[] score = new double[neighbours.length];
    Arrays.fill(score, 1.0);
    double[] next = new double[neighbours.length];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      for (int node = 0; node < neighbours.length; node++) {
        double sum = 0;
        for (int other : neighbours[node]) {
          sum += score[other] / neighbours[other].length;
        }
        next[node] = 1 - DAMPING + DAMPING * sum;
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    return score;
  }
}
