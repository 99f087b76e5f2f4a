package org.inkstream.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.SourceArticle;
import org.inkstream.corpus.SourceCorpus;
import org.inkstream.corpus.Split;
import org.inkstream.engine.LineLabeller;
import org.inkstream.engine.Splitter;
import org.inkstream.engine.SplitterConfig;
import org.inkstream.eval.PageScore;

/**
 * One repeatable training of the line labeller, from article corpus to model and figures: renders training pages from
 * the train part of the training sources, trains, then scores three engines (the structural rules alone, the labeller
 * alone, and the shipped cascade of both) on dev pages, on test pages of unseen articles, and on pages rendered from
 * sources never trained on. The seeds of every page set are fixed, so the same corpus and options give the same
 * model and the same figures.
 */
public final class TrainingRun {

  /** Page seeds of the sets, far apart so that no two sets share a page. */
  private static final long TRAIN_SEED = 1_000_000;
  private static final long DEV_SEED = 2_000_000;
  private static final long TEST_SEED = 3_000_000;
  private static final long CROSS_SEED = 4_000_000;

  /**
   * @param trainSources the corpus sources pages are trained on (their train part); the rest is only ever measured
   * @param trainPages how many pages to train on
   * @param evalPages how many pages in each of the dev, test and cross-source sets
   * @param learningCurve training-set sizes to train extra models on, for the learning curve (dev item F1); may be
   *     empty
   * @param trainer the CRF's options
   */
  public record Options(Set<String> trainSources, int trainPages, int evalPages, List<Integer> learningCurve,
      LineLabellerTrainer.Options trainer) {

    public Options {
      trainSources = Set.copyOf(trainSources);
      learningCurve = List.copyOf(learningCurve);
      Objects.requireNonNull(trainer, "trainer");
      if (trainPages < 1 || evalPages < 1) {
        throw new IllegalArgumentException("trainPages and evalPages must be positive, were " + trainPages + " and "
            + evalPages);
      }
    }
  }

  /** The model and what it scored; the figures come from pages it never trained on. */
  public record Result(LineLabeller labeller, Map<String, Map<String, CorpusEvaluation>> sets,
      Map<Integer, Double> learningCurve, double devLabelAccuracy, long trainMillis) {

    /** Item F1 of the shipped cascade on the test pages. */
    public PageScore testTotal() {
      return sets.get("test").get("cascade").total().total();
    }
  }

  private final Options options;
  private final Consumer<String> progress;

  /** @param progress told, in a few words, what the run is doing now */
  public TrainingRun(Options options, Consumer<String> progress) {
    this.options = Objects.requireNonNull(options, "options");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Runs the training on {@code corpus}.
   *
   * @throws IllegalArgumentException when the training sources have no articles in the corpus
   */
  public Result run(SourceCorpus corpus) {
    Sets sets = sets(corpus);
    progress.accept("rendering " + options.trainPages() + " training pages");
    List<RenderedPage> trainPages = RenderedPages.render("train-", sets.train, options.trainPages(), TRAIN_SEED,
        k -> {});
    List<LabelledPage> labelled = trainPages.stream().map(LabelledPage::of).toList();
    progress.accept("training on " + labelled.size() + " pages");
    long start = System.nanoTime();
    LineLabeller labeller = new LineLabellerTrainer(options.trainer()).train(labelled);
    long trainMillis = (System.nanoTime() - start) / 1_000_000;
    List<RenderedPage> devPages = devPages(sets);
    Result scored = measure(sets, devPages, labeller, trainMillis);
    Map<Integer, Double> curve = new LinkedHashMap<>();
    for (int size : options.learningCurve()) {
      if (size >= labelled.size()) {
        continue;
      }
      progress.accept("learning curve: training on " + size + " pages");
      LineLabeller small = new LineLabellerTrainer(options.trainer()).train(labelled.subList(0, size));
      Splitter splitter = new Splitter(SplitterConfig.defaults(), small);
      curve.put(size, CorpusEvaluation.of(devPages, p -> splitter.split(p).articles()).total().total().itemF1());
    }
    curve.put(labelled.size(), scored.sets().get("dev").get("cascade").total().total().itemF1());
    return new Result(labeller, scored.sets(), curve, scored.devLabelAccuracy(), trainMillis);
  }

  /**
   * Scores a model trained before on the same dev, test and cross-source pages a training run scores, without
   * training: what a change of the engine around the model (the cascade, the article writer) does to the figures.
   * The result has no learning curve and a training time of -1.
   *
   * @throws IllegalArgumentException when the training sources have no articles in the corpus
   */
  public Result score(SourceCorpus corpus, LineLabeller labeller) {
    Sets sets = sets(corpus);
    return measure(sets, devPages(sets), labeller, -1);
  }

  /** The articles each set is rendered from. */
  private record Sets(List<SourceArticle> train, List<SourceArticle> dev, List<SourceArticle> test,
      List<SourceArticle> cross) {}

  private Sets sets(SourceCorpus corpus) {
    List<SourceArticle> train = from(corpus.part(Split.TRAIN), true);
    List<SourceArticle> dev = from(corpus.part(Split.DEV), true);
    List<SourceArticle> test = from(corpus.part(Split.TEST), true);
    List<SourceArticle> cross = new ArrayList<>();
    for (Split split : Split.values()) {
      cross.addAll(from(corpus.part(split), false));
    }
    if (train.isEmpty() || dev.isEmpty() || test.isEmpty()) {
      throw new IllegalArgumentException("the training sources " + options.trainSources()
          + " have too few articles in the corpus (train " + train.size() + ", dev " + dev.size() + ", test "
          + test.size() + ")");
    }
    return new Sets(train, dev, test, cross);
  }

  private List<RenderedPage> devPages(Sets articles) {
    return RenderedPages.render("dev-", articles.dev, options.evalPages(), DEV_SEED, k -> {});
  }

  private Result measure(Sets articles, List<RenderedPage> devPages, LineLabeller labeller, long trainMillis) {
    double devLabels = LineLabellerTrainer.lineLabelAccuracy(labeller,
        devPages.stream().map(LabelledPage::of).toList());
    Map<String, Map<String, CorpusEvaluation>> sets = new LinkedHashMap<>();
    progress.accept("scoring dev, test and cross-source pages");
    sets.put("dev", engines(devPages, labeller));
    sets.put("test", engines(RenderedPages.render("test-", articles.test, options.evalPages(), TEST_SEED, k -> {}),
        labeller));
    if (!articles.cross.isEmpty()) {
      sets.put("cross-source", engines(RenderedPages.render("cross-", articles.cross, options.evalPages(), CROSS_SEED,
          k -> {}), labeller));
    }
    return new Result(labeller, sets, Map.of(), devLabels, trainMillis);
  }

  private List<SourceArticle> from(List<SourceArticle> articles, boolean training) {
    return articles.stream().filter(a -> options.trainSources().contains(a.source()) == training).toList();
  }

  /** The three engines on one page set: rules alone, labeller alone, and the cascade that ships. */
  private static Map<String, CorpusEvaluation> engines(List<RenderedPage> pages, LineLabeller labeller) {
    Splitter rules = Splitter.rules();
    Splitter model = Splitter.labellerOnly(labeller);
    Splitter cascade = new Splitter(SplitterConfig.defaults(), labeller);
    Map<String, CorpusEvaluation> engines = new LinkedHashMap<>();
    engines.put("rules", CorpusEvaluation.of(pages, p -> rules.split(p).articles()));
    engines.put("model", CorpusEvaluation.of(pages, p -> model.split(p).articles()));
    engines.put("cascade", CorpusEvaluation.of(pages, p -> cascade.split(p).articles()));
    return engines;
  }
}
