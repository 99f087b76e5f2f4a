package org.inkstream.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A confusion matrix: how often each gold value was predicted as each value. Cells are counts, so matrices of pages add
 * up to the matrix of a run; a missing value (an article with no topic) is {@link #NONE}.
 *
 * @param counts gold value to predicted value to count; only non-zero cells are present
 */
public record Confusion(Map<String, Map<String, Integer>> counts) {

  /** How an absent value (no topic) shows in the matrix. */
  public static final String NONE = "-";

  public Confusion {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    counts.forEach((gold, row) -> copy.put(gold, Map.copyOf(new TreeMap<>(row))));
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  public static Confusion empty() {
    return new Confusion(Map.of());
  }

  /** This matrix with one more (gold, predicted) pair; null values count as {@link #NONE}. */
  public Confusion with(String gold, String predicted) {
    return plus(new Confusion(Map.of(orNone(gold), Map.of(orNone(predicted), 1))));
  }

  /** The cell-wise sum of both matrices. */
  public Confusion plus(Confusion other) {
    Map<String, Map<String, Integer>> sum = new TreeMap<>();
    for (Confusion c : List.of(this, other)) {
      c.counts.forEach((gold, row) -> row.forEach((predicted, n) ->
          sum.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, n, Integer::sum)));
    }
    return new Confusion(sum);
  }

  public int count(String gold, String predicted) {
    return counts.getOrDefault(orNone(gold), Map.of()).getOrDefault(orNone(predicted), 0);
  }

  public int total() {
    return counts.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
  }

  /** The share of pairs on the diagonal; 1 for an empty matrix. */
  public double accuracy() {
    int total = total();
    int right = counts.entrySet().stream().mapToInt(e -> e.getValue().getOrDefault(e.getKey(), 0)).sum();
    return total == 0 ? 1.0 : (double) right / total;
  }

  /** Every value seen as gold or predicted, sorted. */
  public List<String> values() {
    TreeSet<String> values = new TreeSet<>(counts.keySet());
    counts.values().forEach(row -> values.addAll(row.keySet()));
    return new ArrayList<>(values);
  }

  /**
   * A plain-text matrix for a terminal or a Markdown code block: one row per gold value, one column per predicted
   * value (headed by its first {@code 5} characters), zero cells as dots.
   */
  public String toTable(String title) {
    List<String> values = values();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s", title + " gold\\pred"));
    values.forEach(v -> out.append(String.format(Locale.ROOT, " %5s", v.length() > 5 ? v.substring(0, 5) : v)));
    out.append(String.format(Locale.ROOT, " %5s%n", "n"));
    for (String gold : values) {
      out.append(String.format(Locale.ROOT, "%-18s", gold));
      int n = 0;
      for (String predicted : values) {
        int cell = count(gold, predicted);
        n += cell;
        out.append(String.format(Locale.ROOT, " %5s", cell == 0 ? "." : Integer.toString(cell)));
      }
      out.append(String.format(Locale.ROOT, " %5d%n", n));
    }
    return out.toString();
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }
}
