package org.inkstream.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of an evaluation run: one {@link PageScore} per page and their total (counts summed over pages).
 *
 * @param pages per-page scores in the order the pages were given
 * @param total the sum over all pages
 */
public record EvalReport(List<PageScore> pages, PageScore total) {

  static final String TOTAL = "TOTAL";

  public EvalReport {
    pages = List.copyOf(pages);
  }

  public static EvalReport of(List<PageScore> pages) {
    PageScore total = PageScore.empty(TOTAL);
    for (PageScore page : pages) {
      total = total.plus(page, TOTAL);
    }
    return new EvalReport(pages, total);
  }

  /**
   * A plain-text table, one row per page and a total row, then the topic and type confusion matrices of all paired
   * items (gold primary topic or type in rows, the engine's in columns; {@code -} is no topic), for a terminal.
   */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-28s %5s %5s %5s %6s %6s %6s %6s %6s %6s %6s %6s %6s%n", "page", "gold",
        "pred", "pair", "prec", "recall", "F1", "lines", "head", "type", "topic", "tp-any", "report"));
    List<PageScore> rows = new ArrayList<>(pages);
    rows.add(total);
    for (PageScore s : rows) {
      out.append(String.format(Locale.ROOT,
          "%-28s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n", shorten(s.page()),
          s.goldItems(), s.predictedItems(), s.pairedItems(), s.itemPrecision(), s.itemRecall(), s.itemF1(),
          s.lineAccuracy(), s.headlineAccuracy(), s.typeAccuracy(), s.topicAccuracy(), s.topicAnyAccuracy(),
          s.reporterAccuracy()));
    }
    out.append(System.lineSeparator()).append(total.topicConfusion().toTable("topic"));
    out.append(System.lineSeparator()).append(total.typeConfusion().toTable("type"));
    return out.toString();
  }

  /** Pages and total as nested maps of plain values, ready for a JSON writer ({@code --json}). */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("pages", pages.stream().map(PageScore::toMap).toList());
    map.put("total", total.toMap());
    return map;
  }

  private static String shorten(String page) {
    return page.length() <= 28 ? page : page.substring(0, 25) + "...";
  }
}
