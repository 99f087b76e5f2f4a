package org.inkstream.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.inkstream.core.TopicScore;

/**
 * Whether topic probabilities mean what they say: labelled articles binned by the probability of their best topic,
 * with each bin's mean probability beside the share of its articles whose best topic is the gold one. Calibrated
 * probabilities have the two close; the expected calibration error is their gap averaged over articles.
 *
 * @param bins from the lowest probabilities up; empty bins are left out
 */
public record Reliability(List<Bin> bins) {

  /** Upper bounds of the bins. */
  private static final double[] EDGES = {0.3, 0.5, 0.7, 0.9, 1.0001};

  /** Articles whose best topic's probability is below {@code upTo} (and at least the previous bin's bound). */
  public record Bin(double upTo, int articles, double meanProbability, double accuracy) {}

  /**
   * Bins the labelled articles with a gold topic by the best topic {@code filer} gives them (it must file every article:
   * a threshold of 0).
   */
  public static Reliability of(List<LabelledArticle> articles, Function<LabelledArticle, List<TopicScore>> filer) {
    int[] n = new int[EDGES.length];
    double[] probability = new double[EDGES.length];
    int[] right = new int[EDGES.length];
    for (LabelledArticle article : articles) {
      List<TopicScore> topics = filer.apply(article);
      if (article.topic() == null || topics.isEmpty()) {
        continue;
      }
      TopicScore best = topics.get(0);
      int bin = 0;
      while (best.score() >= EDGES[bin]) {
        bin++;
      }
      n[bin]++;
      probability[bin] += best.score();
      right[bin] += best.key().equals(article.topic()) ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < EDGES.length; i++) {
      if (n[i] > 0) {
        bins.add(new Bin(Math.min(EDGES[i], 1.0), n[i], probability[i] / n[i], (double) right[i] / n[i]));
      }
    }
    return new Reliability(List.copyOf(bins));
  }

  /** The article-weighted mean gap between probability and accuracy. */
  public double expectedCalibrationError() {
    int total = bins.stream().mapToInt(Bin::articles).sum();
    return total == 0 ? 0 : bins.stream()
        .mapToDouble(b -> b.articles() * Math.abs(b.meanProbability() - b.accuracy())).sum() / total;
  }

  /** One line per bin, then the expected calibration error. */
  public String toTable() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %8s %8s %8s%n", "p below", "articles",
        "mean p", "right"));
    bins.forEach(b -> out.append(String.format(Locale.ROOT, "%-10.1f %8d %8.3f %8.3f%n", b.upTo(), b.articles(),
        b.meanProbability(), b.accuracy())));
    return out.append(String.format(Locale.ROOT, "expected calibration error %.3f%n", expectedCalibrationError()))
        .toString();
  }
}
