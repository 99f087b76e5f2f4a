package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.inkstream.core.Json;
import org.inkstream.core.TopicScore;
import org.inkstream.corpus.Split;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.Enricher;
import org.inkstream.enrichment.EnricherConfig;
import org.inkstream.enrichment.Taxonomy;
import org.inkstream.enrichment.TopicClassifier;
import org.inkstream.enrichment.TopicFiler;
import org.inkstream.enrichment.TopicModel;
import org.inkstream.enrichment.TypeRefiner;
import org.inkstream.eval.Confusion;
import org.inkstream.training.LabelledArticle;
import org.inkstream.training.LabelledScoring;
import org.inkstream.training.LabelsFile;
import org.inkstream.training.PaperHeadlines;
import org.inkstream.training.Reliability;
import org.inkstream.training.TopicCorpus;
import org.inkstream.training.TopicModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream topics}: the learned topic model's life cycle. {@code labels} maps the public corpora onto
 * Inkstream's topics, {@code train} fits a model on labels files (the corpora's, or a team's corrections), {@code
 * eval} compares the taxonomy alone, the model alone and both combined on a labels file. See {@code docs/topics.md}.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    subcommands = {TopicsCommand.Labels.class, TopicsCommand.PaperLabels.class, TopicsCommand.Train.class,
        TopicsCommand.Eval.class},
    description = "Build, train and score the learned topic model.")
final class TopicsCommand {

  static final String DEFAULT_MODEL = "enrich/src/main/resources/org/inkstream/enrichment/" + TopicModel.RESOURCE;

  /** The taxonomy option shared by the subcommands. */
  static final class TaxonomyOption {
    @Option(names = "--taxonomy", paramLabel = "FILE",
        description = "A taxonomy file that replaces the shipped topics (docs/topics.md).")
    Path file;

    Taxonomy taxonomy() {
      return file == null ? Taxonomy.standard() : Taxonomy.read(file);
    }
  }

  @Command(name = "labels", mixinStandardHelpOptions = true,
      description = "Write a labels file from the public topic corpora, their labels mapped onto the taxonomy's topics.")
  static final class Labels implements Callable<Integer> {

    @Option(names = "--corpora", required = true, paramLabel = "DIR",
        description = "Folder of topic corpus files (*.jsonl of {source, text, label}), see docs/data.md.")
    Path corpora;

    @Option(names = "--split", defaultValue = "train", description = "train, dev or test (default: ${DEFAULT-VALUE}).")
    Split split;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The labels file to write.")
    Path out;

    @picocli.CommandLine.Mixin TaxonomyOption taxonomy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<LabelledArticle> articles = new TopicCorpus(new TopicClassifier(taxonomy.taxonomy())).read(corpora, split);
      writeLabels(spec, out, articles, "labelled articles (" + split.key() + " part)");
      return 0;
    }
  }

  @Command(name = "paper-labels", mixinStandardHelpOptions = true,
      description = "Write weak topic labels for a paper's headline lists: each headline filed with its neighbours on "
          + "the page (docs/topics.md, \"A paper's own headlines\").")
  static final class PaperLabels implements Callable<Integer> {

    @Option(names = "--lists", required = true, paramLabel = "DIR",
        description = "Folder of headline lists (*.md or *.txt, lines 'YYYY-MM-DD headline' in printed order).")
    Path lists;

    @Option(names = "--topic-model", required = true, paramLabel = "FILE",
        description = "The model that files each headline, trained without these lists.")
    Path modelFile;

    @Option(names = "--split", defaultValue = "train", description = "train, dev or test (default: ${DEFAULT-VALUE}).")
    Split split;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The labels file to write.")
    Path out;

    @Option(names = "--window", defaultValue = "4",
        description = "Neighbours on each side that make a headline's section (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--section-weight", defaultValue = "1.0",
        description = "Exponent of the section's filing against the headline's own (default: ${DEFAULT-VALUE}).")
    double sectionWeight;

    @Option(names = "--min-probability", defaultValue = "0.75",
        description = "A label needs at least this probability (default: ${DEFAULT-VALUE}).")
    double minProbability;

    @picocli.CommandLine.Mixin TaxonomyOption taxonomy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      TopicFiler filer = new TopicFiler(new TopicClassifier(taxonomy.taxonomy()), TopicModel.read(modelFile), 0,
          TopicFiler.Weights.DEFAULT);
      Enricher reader = Enricher.withDefaults();
      PaperHeadlines headlines = new PaperHeadlines(
          headline -> filer.probabilities(headline, "", reader.places(headline, "")),
          new PaperHeadlines.Options(window, sectionWeight, minProbability));
      List<LabelledArticle> articles = headlines.label(lists, split);
      writeLabels(spec, out, articles, "weak-labelled headlines (" + split.key() + " part)");
      return 0;
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train a topic model on labels files (JSON Lines of {text, topic}; docs/topics.md).")
  static final class Train implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "FILE",
        description = "Labels file; repeat to train on several (a team's corrections beside the corpus labels).")
    List<Path> labels;

    @Option(names = "--out", defaultValue = DEFAULT_MODEL, paramLabel = "FILE",
        description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", defaultValue = "5", description = "Passes over the articles (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--learning-rate", defaultValue = "0.5", description = "AdaGrad's rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--min-feature-count", defaultValue = "3",
        description = "Drop words seen in fewer training articles (default: ${DEFAULT-VALUE}).")
    int minFeatureCount;

    @Option(names = "--min-topic-examples", defaultValue = "1000",
        description = "Leave topics with fewer articles to the taxonomy (default: ${DEFAULT-VALUE}).")
    int minTopicExamples;

    @Option(names = "--max-features", defaultValue = "25000",
        description = "Keep at most this many words and word pairs, the most frequent (default: ${DEFAULT-VALUE}).")
    int maxFeatures;

    @picocli.CommandLine.Mixin TaxonomyOption taxonomy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Set<String> topics = Set.copyOf(taxonomy.taxonomy().keys());
      List<LabelledArticle> articles = new ArrayList<>();
      for (Path file : labels) {
        articles.addAll(LabelsFile.read(file, topics));
      }
      PrintWriter console = spec.commandLine().getOut();
      console.printf("%d labelled articles read from %s%n", articles.size(), labels);
      console.flush();
      TopicModel model = new TopicModelTrainer(
          new TopicModelTrainer.Options(epochs, learningRate, minFeatureCount, maxFeatures, minTopicExamples, 42)).train(articles);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      model.write(out);
      console.printf("model: %s (%d KB), topics %s%n", out, Files.size(out) / 1024, model.topics());
      console.printf("point the enricher at it: INKSTREAM_TOPIC_MODEL=%s (or EnricherConfig.withTopicModelFile)%n", out);
      console.flush();
      return 0;
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Topic accuracy and confusion of the taxonomy alone, the model alone and both, on a labels file.")
  static final class Eval implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labels file to score on.")
    Path labels;

    @Option(names = "--topic-model", paramLabel = "FILE",
        description = "A model from 'inkstream topics train' (default: the shipped one).")
    Path modelFile;

    @Option(names = "--min-probability", paramLabel = "P",
        description = "The primary topic's minimum probability (default: the enricher's).")
    Double minProbability;

    @Option(names = "--weights", split = ",", paramLabel = "A,B[,C]",
        description = "Exponents of the model's probability and the taxonomy's evidence, and of the model where it is "
            + "sure or the taxonomy has little to say (default: the enricher's; C defaults to A).")
    List<Double> weights;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of tables.")
    boolean json;

    @picocli.CommandLine.Mixin TaxonomyOption taxonomy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Taxonomy topics = taxonomy.taxonomy();
      List<LabelledArticle> articles = LabelsFile.read(labels, Set.copyOf(topics.keys()));
      TopicClassifier classifier = new TopicClassifier(topics);
      TopicModel model = modelFile == null ? TopicModel.shipped().orElseThrow(
          () -> new IllegalArgumentException("this build ships no topic model: give --topic-model"))
          : TopicModel.read(modelFile);
      double threshold = minProbability == null ? EnricherConfig.DEFAULT_MIN_TOPIC_PROBABILITY : minProbability;
      if (weights != null && weights.size() != 2 && weights.size() != 3) {
        throw new IllegalArgumentException("--weights takes two or three numbers, A,B or A,B,C; was " + weights);
      }
      TopicFiler.Weights blend = weights == null ? TopicFiler.Weights.DEFAULT
          : new TopicFiler.Weights(weights.get(0), weights.get(1),
              weights.size() == 3 ? weights.get(2) : weights.get(0));
      Map<String, Confusion> results = new LinkedHashMap<>();
      results.put("taxonomy", LabelledScoring.topics(articles, a -> primary(classifier.classify(
          ChineseText.forAnalysis(a.headline()), ChineseText.forAnalysis(a.text())))));
      Map<LabelledArticle, List<String>> places = placesOf(articles);
      results.put("model", LabelledScoring.topics(articles,
          filing(new TopicFiler(classifier, model, threshold, TopicFiler.Weights.MODEL_ONLY), places)));
      results.put("combined",
          LabelledScoring.topics(articles, filing(new TopicFiler(classifier, model, threshold, blend), places)));
      TopicFiler unthresholded = new TopicFiler(classifier, model, 0, blend);
      Reliability reliability = Reliability.of(articles, a -> unthresholded.file(
          ChineseText.forAnalysis(a.headline()), ChineseText.forAnalysis(a.text()), places.get(a)));
      Confusion types = LabelledScoring.types(articles, a -> TypeRefiner.refineType(ArticleType.NEWS,
          ChineseText.forAnalysis(a.headline()), ChineseText.forAnalysis(a.text()), Byline.empty(), null).key());
      print(results, reliability, types, articles.size());
      return 0;
    }

    private static Function<LabelledArticle, String> filing(TopicFiler filer,
        Map<LabelledArticle, List<String>> places) {
      return a -> primary(filer.file(ChineseText.forAnalysis(a.headline()), ChineseText.forAnalysis(a.text()),
          places.get(a)));
    }

    /** Each article's places as the enricher finds them: the filer reads from them where an article is set. */
    private static Map<LabelledArticle, List<String>> placesOf(List<LabelledArticle> articles) {
      Enricher reader = Enricher.withDefaults();
      Map<LabelledArticle, List<String>> places = new IdentityHashMap<>();
      articles.forEach(a -> places.put(a,
          reader.places(ChineseText.forAnalysis(a.headline()), ChineseText.forAnalysis(a.text()))));
      return places;
    }

    private void print(Map<String, Confusion> results, Reliability reliability, Confusion types, int articles) {
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> map = new LinkedHashMap<>();
        results.forEach((name, c) -> map.put(name, summary(c)));
        map.put("combined_reliability", Map.of("bins", reliability.bins(),
            "expected_calibration_error", reliability.expectedCalibrationError()));
        map.put("type_rules", summary(types));
        out.println(Json.write(map));
      } else {
        out.printf("%d labelled articles in %s%n", articles, labels);
        results.forEach((name, c) -> out.printf(Locale.ROOT, "%-9s topic accuracy %.3f over %d%n", name,
            c.accuracy(), c.total()));
        out.printf(Locale.ROOT, "type (TypeRefiner over a news layout) accuracy %.3f over %d%n", types.accuracy(),
            types.total());
        results.forEach((name, c) -> out.printf("%n%s", c.toTable(name)));
        out.printf("%n%s", types.toTable("type"));
        out.printf("%ncombined, best topic's probability against its accuracy:%n%s", reliability.toTable());
      }
      out.flush();
    }

    private static Map<String, Object> summary(Confusion c) {
      return Map.of("accuracy", c.accuracy(), "scored", c.total(), "confusion", c.counts());
    }
  }

  /** Writes a labels file and says how many articles of each topic it holds. */
  private static void writeLabels(CommandSpec spec, Path out, List<LabelledArticle> articles, String what)
      throws java.io.IOException {
    LabelsFile.write(out, articles);
    Map<String, Integer> perTopic = new java.util.TreeMap<>();
    articles.forEach(a -> perTopic.merge(a.topic(), 1, Integer::sum));
    PrintWriter console = spec.commandLine().getOut();
    console.printf("%d %s in %s: %s%n", articles.size(), what, out, perTopic);
    console.flush();
  }

  static String primary(List<TopicScore> topics) {
    return topics.isEmpty() ? null : topics.get(0).key();
  }
}
