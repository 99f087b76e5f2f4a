package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inkstream.core.Json;
import org.inkstream.corpus.SourceCorpus;
import org.inkstream.enrichment.TypeFeatures;
import org.inkstream.enrichment.TypeModel;
import org.inkstream.eval.Confusion;
import org.inkstream.training.LabelledArticle;
import org.inkstream.training.LabelledScoring;
import org.inkstream.training.LabelsFile;
import org.inkstream.training.TypeModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream types}: the learned type model's life cycle. {@code train} fits a model on pages rendered from the
 * article corpus and on hand-labelled articles, {@code eval} compares the rules, the model alone and the model with the
 * rules as fallback on a labels file. See {@code docs/topics.md}, "Types".
 */
@Command(name = "types", mixinStandardHelpOptions = true,
    subcommands = {TypesCommand.Train.class, TypesCommand.Eval.class},
    description = "Train and score the learned article type model.")
final class TypesCommand {

  static final String DEFAULT_MODEL = "enrich/src/main/resources/org/inkstream/enrichment/" + TypeModel.RESOURCE;
  static final String HAND_LABELS = "enrich/src/test/resources/types/hand-labelled.jsonl";
  static final String DEV_SET = "enrich/src/test/resources/topics/dev-tuning.jsonl";
  static final String DEV_SET_SCORED = "enrich/src/test/resources/topics/dev-scored.jsonl";

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train a type model on pages rendered from an article corpus and on labels files with types.")
  static final class Train implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "DIR",
        description = "Folder of article corpus files (*.jsonl), see docs/data.md.")
    Path articles;

    @Option(names = "--sources", split = ",", defaultValue = "sina2018", paramLabel = "SOURCE",
        description = "Corpus sources whose articles are rendered (default: ${DEFAULT-VALUE}).")
    List<String> sources;

    @Option(names = "--pages", defaultValue = "1000", description = "Rendered pages (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--labels", defaultValue = HAND_LABELS, paramLabel = "FILE",
        description = "Labels file with types; repeat for several (default: ${DEFAULT-VALUE}).")
    List<Path> labels;

    @Option(names = "--exclude", defaultValue = DEV_SET + "," + DEV_SET_SCORED, split = ",", paramLabel = "FILE",
        description = "Labels files whose articles are never rendered (default: the dev set).")
    List<Path> exclude;

    @Option(names = "--out", defaultValue = DEFAULT_MODEL, paramLabel = "FILE",
        description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", defaultValue = "30",
        description = "Passes over the examples (default: ${DEFAULT-VALUE}; with fewer the model depends on the "
            + "order of the examples).")
    int epochs;

    @Option(names = "--learning-rate", defaultValue = "0.5", description = "AdaGrad's rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--label-weight", defaultValue = "20",
        description = "Weight of a hand-labelled article against a rendered one (default: ${DEFAULT-VALUE}).")
    double labelWeight;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter console = spec.commandLine().getOut();
      Set<String> excluded = new HashSet<>();
      for (Path file : exclude) {
        LabelsFile.read(file, Set.of()).forEach(a -> excluded.add(a.id()));
      }
      List<TypeModelTrainer.TypeExample> examples = new ArrayList<>(TypeModelTrainer.fromCorpus(
          SourceCorpus.read(articles), Set.copyOf(sources), excluded, pages, 1000));
      console.printf("%d examples (articles, and each one's bare text) from %d rendered pages%n", examples.size(),
          pages);
      for (Path file : labels) {
        List<TypeModelTrainer.TypeExample> labelled = TypeModelTrainer.fromLabels(LabelsFile.read(file, Set.of()));
        console.printf("%d typed articles in %s%n", labelled.size(), file);
        examples.addAll(labelled);
      }
      console.flush();
      TypeModel model = new TypeModelTrainer(new TypeModelTrainer.Options(epochs, learningRate, labelWeight, 42))
          .train(examples);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      model.write(out);
      console.printf("model: %s (%d bytes), types %s%n", out, Files.size(out), model.types());
      console.printf("point the enricher at it: INKSTREAM_TYPE_MODEL=%s (or EnricherConfig.withTypeModelFile)%n", out);
      console.flush();
      return 0;
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Type accuracy and confusion of the rules, the model alone and the model with the rules' fallback.")
  static final class Eval implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labels file to score on.")
    Path labels;

    @Option(names = "--type-model", paramLabel = "FILE",
        description = "A model from 'inkstream types train' (default: the shipped one).")
    Path modelFile;

    @Option(names = "--min-probability", paramLabel = "P",
        description = "Below it a type the layout gave, or one the rules read from form (a pointer, a credit, "
            + "notices, a speech), stands (default: ${DEFAULT-VALUE}); elsewhere the model decides.",
        defaultValue = "0.9")
    double minProbability;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of tables.")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<LabelledArticle> articles = LabelsFile.read(labels, Set.of());
      TypeModel model = modelFile == null ? TypeModel.shipped().orElseThrow(
          () -> new IllegalArgumentException("this build ships no type model: give --type-model"))
          : TypeModel.read(modelFile);
      Map<String, Confusion> results = new LinkedHashMap<>();
      results.put("rules", LabelledScoring.types(articles,
          a -> TypeFeatures.rule(TypeModelTrainer.form(a)).key()));
      results.put("model", LabelledScoring.types(articles, a -> model.type(TypeModelTrainer.form(a), 0).key()));
      results.put("combined", LabelledScoring.types(articles,
          a -> model.type(TypeModelTrainer.form(a), minProbability).key()));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> map = new LinkedHashMap<>();
        results.forEach((name, c) -> map.put(name,
            Map.of("accuracy", c.accuracy(), "scored", c.total(), "confusion", c.counts())));
        out.println(Json.write(map));
      } else {
        out.printf("%d labelled articles in %s%n", articles.size(), labels);
        results.forEach((name, c) -> out.printf(Locale.ROOT, "%-9s type accuracy %.3f over %d%n", name,
            c.accuracy(), c.total()));
        results.forEach((name, c) -> out.printf("%n%s", c.toTable(name)));
      }
      out.flush();
      return 0;
    }
  }
}
