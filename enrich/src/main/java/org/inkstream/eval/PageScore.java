package org.inkstream.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind every metric of one page (or of a whole run, summed): ratios are computed from them, never stored,
 * so that a total is the sum of its pages' counts (micro-averaging) and not an average of their ratios.
 *
 * @param page the page's file name, or {@code TOTAL}
 * @param goldItems items in the gold file
 * @param predictedItems items the engine produced
 * @param pairedItems gold/predicted pairs whose line-set F1 is at least {@link Evaluator#PAIR_THRESHOLD}
 * @param goldLines scored gold lines (non-blank, not ignored, in some gold item)
 * @param correctLines gold lines that sit in the predicted item paired with their gold item
 * @param headlinePairs paired items whose gold item has title lines
 * @param headlineCorrect of those, the ones whose predicted headline block matches
 * @param typeCorrect paired items with the gold type
 * @param topicCorrect paired items whose predicted topic is the gold primary topic
 * @param topicAnyCorrect paired items whose predicted topic is one of the gold topics
 * @param reporterCorrect paired items whose reporter set equals the gold set
 * @param topicConfusion over paired items, gold primary topic against predicted topic
 * @param typeConfusion over paired items, gold type against predicted type
 */
public record PageScore(
    String page,
    int goldItems,
    int predictedItems,
    int pairedItems,
    int goldLines,
    int correctLines,
    int headlinePairs,
    int headlineCorrect,
    int typeCorrect,
    int topicCorrect,
    int topicAnyCorrect,
    int reporterCorrect,
    Confusion topicConfusion,
    Confusion typeConfusion) {

  /** Counts without confusion matrices. */
  public PageScore(String page, int goldItems, int predictedItems, int pairedItems, int goldLines, int correctLines,
      int headlinePairs, int headlineCorrect, int typeCorrect, int topicCorrect, int topicAnyCorrect,
      int reporterCorrect) {
    this(page, goldItems, predictedItems, pairedItems, goldLines, correctLines, headlinePairs, headlineCorrect,
        typeCorrect, topicCorrect, topicAnyCorrect, reporterCorrect, Confusion.empty(), Confusion.empty());
  }

  public static PageScore empty(String page) {
    return new PageScore(page, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Counts of both scores added, under {@code name}. */
  public PageScore plus(PageScore other, String name) {
    return new PageScore(name, goldItems + other.goldItems, predictedItems + other.predictedItems,
        pairedItems + other.pairedItems, goldLines + other.goldLines, correctLines + other.correctLines,
        headlinePairs + other.headlinePairs, headlineCorrect + other.headlineCorrect,
        typeCorrect + other.typeCorrect, topicCorrect + other.topicCorrect, topicAnyCorrect + other.topicAnyCorrect,
        reporterCorrect + other.reporterCorrect, topicConfusion.plus(other.topicConfusion),
        typeConfusion.plus(other.typeConfusion));
  }

  public double itemPrecision() {
    return ratio(pairedItems, predictedItems);
  }

  public double itemRecall() {
    return ratio(pairedItems, goldItems);
  }

  public double itemF1() {
    double p = itemPrecision();
    double r = itemRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double lineAccuracy() {
    return ratio(correctLines, goldLines);
  }

  public double headlineAccuracy() {
    return ratio(headlineCorrect, headlinePairs);
  }

  public double typeAccuracy() {
    return ratio(typeCorrect, pairedItems);
  }

  public double topicAccuracy() {
    return ratio(topicCorrect, pairedItems);
  }

  public double topicAnyAccuracy() {
    return ratio(topicAnyCorrect, pairedItems);
  }

  public double reporterAccuracy() {
    return ratio(reporterCorrect, pairedItems);
  }

  /** The ratios by metric name, in table order, for {@code --json} output. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("page", page);
    map.put("gold_items", goldItems);
    map.put("predicted_items", predictedItems);
    map.put("paired_items", pairedItems);
    map.put("item_precision", itemPrecision());
    map.put("item_recall", itemRecall());
    map.put("item_f1", itemF1());
    map.put("line_accuracy", lineAccuracy());
    map.put("headline_accuracy", headlineAccuracy());
    map.put("type_accuracy", typeAccuracy());
    map.put("topic_accuracy", topicAccuracy());
    map.put("topic_any_accuracy", topicAnyAccuracy());
    map.put("reporter_accuracy", reporterAccuracy());
    map.put("topic_confusion", topicConfusion.counts());
    map.put("type_confusion", typeConfusion.counts());
    return map;
  }

  /** A ratio of an empty set is 1: nothing was there to get wrong (a page with no headlines to match, say). */
  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 1.0 : (double) numerator / denominator;
  }
}
