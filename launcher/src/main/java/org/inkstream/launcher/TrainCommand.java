package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inkstream.corpus.SourceCorpus;
import org.inkstream.engine.LineLabeller;
import org.inkstream.training.LineLabellerTrainer;
import org.inkstream.training.TrainingReport;
import org.inkstream.training.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream train}: rebuilds the line labeller from the article corpus ({@code docs/data.md} says how to get
 * it), writes the model where the engine loads it from and the figures to {@code docs/engine-figures.md}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the line labeller on pages rendered from an article corpus, and score it on pages it never saw.")
final class TrainCommand implements Callable<Integer> {

  static final String DEFAULT_MODEL = "enrich/src/main/resources/org/inkstream/engine/line-labeller.model.zip";

  @Option(names = "--articles", required = true, paramLabel = "DIR",
      description = "Folder of article corpus files (*.jsonl), see docs/data.md.")
  Path articles;

  @Option(names = "--train-sources", split = ",", defaultValue = "sina2018", paramLabel = "SOURCE",
      description = "Corpus sources to train on (default: ${DEFAULT-VALUE}); the others are only measured.")
  List<String> trainSources;

  @Option(names = "--pages", defaultValue = "4000", description = "Training pages (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--eval-pages", defaultValue = "300",
      description = "Pages in each of the dev, test and cross-source sets (default: ${DEFAULT-VALUE}).")
  int evalPages;

  @Option(names = "--epochs", defaultValue = "10", description = "Passes over the training pages (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--learning-rate", defaultValue = "0.1", description = "AdaGrad's rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--min-feature-count", defaultValue = "10",
      description = "Drop features seen on fewer training lines (default: ${DEFAULT-VALUE}).")
  int minFeatureCount;

  @Option(names = "--learning-curve", split = ",", defaultValue = "500,1000,2000", paramLabel = "PAGES",
      description = "Training-set sizes for the learning curve (default: ${DEFAULT-VALUE}); 0 for none.")
  List<Integer> learningCurve;

  @Option(names = "--out", defaultValue = DEFAULT_MODEL, description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--report", defaultValue = "docs/engine-figures.md",
      description = "Where to write the figures (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--score-only",
      description = "Do not train: score the model at --out (default: the shipped one) on the same dev, test and "
          + "cross-source pages and write the figures; for a change around the model, such as the cascade.")
  boolean scoreOnly;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    SourceCorpus corpus = SourceCorpus.read(articles);
    console.printf("%d articles read from %s%n", corpus.size(), articles);
    TrainingRun.Options options = new TrainingRun.Options(Set.copyOf(trainSources), pages, evalPages,
        learningCurve.stream().filter(n -> n > 0).toList(),
        new LineLabellerTrainer.Options(epochs, learningRate, minFeatureCount, 42));
    TrainingRun run = new TrainingRun(options, step -> {
      console.println("- " + step);
      console.flush();
    });
    TrainingRun.Result result;
    String command;
    if (scoreOnly) {
      result = run.score(corpus, LineLabeller.read(out));
      command = "inkstream train --articles DIR --score-only --eval-pages " + evalPages;
    } else {
      result = run.run(corpus);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      result.labeller().write(out);
      command = "inkstream train --articles DIR --pages " + pages + " --eval-pages " + evalPages + " --epochs "
          + epochs;
    }
    String figures = TrainingReport.markdown(result, options, command);
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    Files.writeString(report, figures, StandardCharsets.UTF_8);
    console.printf("model: %s (%d KB); figures: %s%n", out, Files.size(out) / 1024, report);
    console.printf("test pages, shipped engine: item F1 %.3f, line accuracy %.3f%n", result.testTotal().itemF1(),
        result.testTotal().lineAccuracy());
    console.flush();
    return 0;
  }
}
