package org.inkstream.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.eval.EvalReport;
import org.inkstream.eval.Evaluator;
import org.inkstream.eval.PageScore;

/**
 * Scores an engine on rendered pages with the metrics of {@code inkstream eval}, in total and per phenomenon (every
 * page counts for each phenomenon it was rendered with), so a regression shows which phenomenon moved.
 *
 * @param total the scores of all pages
 * @param byPhenomenon the scores of the pages that show each phenomenon, by name
 */
public record CorpusEvaluation(EvalReport total, Map<String, EvalReport> byPhenomenon) {

  public static CorpusEvaluation of(List<RenderedPage> pages, Function<Page, List<Article>> engine) {
    Evaluator evaluator = new Evaluator();
    List<PageScore> all = new ArrayList<>();
    Map<String, List<PageScore>> grouped = new TreeMap<>();
    for (RenderedPage rendered : pages) {
      Page page = Page.of(rendered.name().replaceFirst("\\.txt$", ""), rendered.name(), rendered.text());
      PageScore score = evaluator.score(rendered.gold(), rendered.text(), engine.apply(page));
      all.add(score);
      for (String phenomenon : rendered.gold().knobs()) {
        grouped.computeIfAbsent(phenomenon, k -> new ArrayList<>()).add(score);
      }
    }
    Map<String, EvalReport> byPhenomenon = new LinkedHashMap<>();
    grouped.forEach((name, scores) -> byPhenomenon.put(name, EvalReport.of(scores)));
    return new CorpusEvaluation(EvalReport.of(all), byPhenomenon);
  }

  /** A Markdown table: one row per phenomenon, pages and the article metrics of each engine side by side. */
  public static String phenomenonTable(Map<String, CorpusEvaluation> engines) {
    StringBuilder out = new StringBuilder("| phenomenon | pages |");
    StringBuilder rule = new StringBuilder("|---|---|");
    engines.keySet().forEach(name -> {
      out.append(' ').append(name).append(" item F1 | ").append(name).append(" lines |");
      rule.append("---|---|");
    });
    out.append('\n').append(rule).append('\n');
    CorpusEvaluation first = engines.values().iterator().next();
    row(out, "all pages", first.total().pages().size(), engines, null);
    for (String phenomenon : first.byPhenomenon().keySet()) {
      row(out, phenomenon, first.byPhenomenon().get(phenomenon).pages().size(), engines, phenomenon);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, int pages, Map<String, CorpusEvaluation> engines,
      String phenomenon) {
    out.append("| ").append(name).append(" | ").append(pages).append(" |");
    for (CorpusEvaluation evaluation : engines.values()) {
      EvalReport report = phenomenon == null ? evaluation.total() : evaluation.byPhenomenon().get(phenomenon);
      PageScore total = report == null ? null : report.total();
      out.append(String.format(" %s | %s |", total == null ? "–" : String.format("%.3f", total.itemF1()),
          total == null ? "–" : String.format("%.3f", total.lineAccuracy())));
    }
    out.append('\n');
  }
}
