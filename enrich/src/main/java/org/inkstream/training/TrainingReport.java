package org.inkstream.training;

import java.util.Map;
import org.inkstream.eval.PageScore;

/** The figures of a {@link TrainingRun} as Markdown, for {@code docs/engine-figures.md}. */
public final class TrainingReport {

  private TrainingReport() {}

  public static String markdown(TrainingRun.Result result, TrainingRun.Options options, String command) {
    StringBuilder out = new StringBuilder();
    out.append("# Line labeller: figures of the shipped model\n\n");
    out.append("Written by `").append(command).append("`; do not edit by hand. Training sources: ")
        .append(String.join(", ", options.trainSources().stream().sorted().toList())).append("; ")
        .append(result.trainMillis() < 0 ? "" : options.trainPages() + " training pages, ").append(options.evalPages())
        .append(" pages in each scored set. ")
        .append(result.trainMillis() < 0 ? "The model was trained earlier and scored as it ships (`--score-only`)"
            : "Training took " + result.trainMillis() / 1000 + " s")
        .append("; line-label accuracy on dev ").append(String.format("%.3f", result.devLabelAccuracy()))
        .append(".\n\n");
    out.append("Engines: `rules` the structural rules alone, `model` the line labeller alone, `cascade` what ships "
        + "(the labeller's reading, or the rules' where they have fewer defects, bodies without a headline and "
        + "headlines without a body, unless the labeller is sure where the two differ: `docs/engine.md`).\n\n");
    out.append("| set | engine | pages | items gold | item P | item R | item F1 | lines | headline | type |"
        + " reporters |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Map<String, CorpusEvaluation>> set : result.sets().entrySet()) {
      for (Map.Entry<String, CorpusEvaluation> engine : set.getValue().entrySet()) {
        PageScore t = engine.getValue().total().total();
        out.append(String.format("| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
            set.getKey(), engine.getKey(), engine.getValue().total().pages().size(), t.goldItems(),
            t.itemPrecision(), t.itemRecall(), t.itemF1(), t.lineAccuracy(), t.headlineAccuracy(), t.typeAccuracy(),
            t.reporterAccuracy()));
      }
    }
    if (!result.learningCurve().isEmpty()) {
      out.append("\n## Learning curve (dev item F1 of the cascade against training pages)\n\n| training pages |"
          + " dev item F1 |\n|---|---|\n");
      result.learningCurve().forEach((size, f1) -> out.append(String.format("| %d | %.3f |%n", size, f1)));
    }
    out.append("\n## Test pages by phenomenon\n\nEvery test page counts for each phenomenon it was rendered with"
        + " (`docs/engine.md` says what each name means).\n\n");
    out.append(CorpusEvaluation.phenomenonTable(result.sets().get("test")));
    if (result.sets().containsKey("cross-source")) {
      out.append("\n## Cross-source pages by phenomenon\n\n");
      out.append(CorpusEvaluation.phenomenonTable(result.sets().get("cross-source")));
    }
    return out.toString();
  }
}
