package org.inkstream.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inkstream.engine.LineFeatures;
import org.inkstream.engine.LineLabel;
import org.inkstream.engine.LineLabeller;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceModel;

/**
 * Trains the {@link LineLabeller}: two stacked linear-chain CRFs over the lines of each page, fitted by Tribuo's
 * {@link CRFTrainer} with AdaGrad. Features seen on fewer than {@link Options#minFeatureCount} training lines are dropped
 * before training: they cannot be learned from, and they would only make the model file larger.
 */
public final class LineLabellerTrainer {

  /**
   * @param epochs passes over the training pages
   * @param learningRate AdaGrad's initial learning rate
   * @param minFeatureCount features on fewer training lines than this are dropped
   * @param seed shuffling seed: the same pages and seed give the same model
   */
  public record Options(int epochs, double learningRate, int minFeatureCount, long seed) {

    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
      }
      if (!(learningRate > 0)) {
        throw new IllegalArgumentException("learningRate must be positive, was " + learningRate);
      }
      if (minFeatureCount < 1) {
        throw new IllegalArgumentException("minFeatureCount must be at least 1, was " + minFeatureCount);
      }
    }

    public static Options defaults() {
      return new Options(5, 0.1, 3, 42);
    }
  }

  private final Options options;

  public LineLabellerTrainer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Trains a labeller on {@code pages}: the first stage on all of them, and the second stage on what first stages
   * that never saw a page make of it. Each half of the pages is labelled by a first stage trained on the other half
   * (two-fold stacking), so the second stage learns to correct the first stage's real mistakes on unseen pages, not
   * the near-perfect labels it gives its own training pages. The three first-stage models train in parallel.
   *
   * @throws IllegalArgumentException when there are fewer than two pages with lines
   */
  public LineLabeller train(List<LabelledPage> pages) {
    List<LabelledPage> withLines = pages.stream().filter(p -> !p.features().isEmpty()).toList();
    if (withLines.size() < 2) {
      throw new IllegalArgumentException("training needs at least two pages with lines, got " + withLines.size());
    }
    List<LabelledPage> even = new ArrayList<>();
    List<LabelledPage> odd = new ArrayList<>();
    for (int i = 0; i < withLines.size(); i++) {
      (i % 2 == 0 ? even : odd).add(withLines.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(3, Runtime.getRuntime().availableProcessors()));
    try {
      Future<SequenceModel<Label>> first = pool.submit(() -> trainStage(withLines));
      Future<SequenceModel<Label>> onEven = pool.submit(() -> trainStage(even));
      Future<SequenceModel<Label>> onOdd = pool.submit(() -> trainStage(odd));
      List<LabelledPage> stacked = new ArrayList<>(withLines.size());
      for (int i = 0; i < withLines.size(); i++) {
        LabelledPage page = withLines.get(i);
        SequenceModel<Label> other = i % 2 == 0 ? onOdd.get() : onEven.get();
        List<LineLabel> firstPass = LineLabeller.predict(other, page.features());
        stacked.add(new LabelledPage(page.name(), LineFeatures.secondStage(page.features(), firstPass),
            page.labels()));
      }
      SequenceModel<Label> second = trainStage(stacked);
      return LineLabeller.of(first.get(), second);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training was interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One CRF over {@code pages}, features seen on fewer than the minimum lines dropped. */
  private SequenceModel<Label> trainStage(List<LabelledPage> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (LabelledPage page : pages) {
      for (List<String> line : page.features()) {
        for (String feature : line) {
          counts.merge(feature, 1, Integer::sum);
        }
      }
    }
    MutableSequenceDataset<Label> dataset = new MutableSequenceDataset<>(
        new SimpleDataSourceProvenance("inkstream rendered pages", new LabelFactory()), new LabelFactory());
    for (LabelledPage page : pages) {
      List<List<String>> kept = new ArrayList<>(page.features().size());
      for (List<String> line : page.features()) {
        kept.add(line.stream().filter(f -> counts.get(f) >= options.minFeatureCount()).toList());
      }
      dataset.add(LineLabeller.example(kept, page.labels()));
    }
    CRFTrainer trainer = new CRFTrainer(new AdaGrad(options.learningRate(), 0.1), options.epochs(),
        Integer.MAX_VALUE, options.seed());
    return trainer.train(dataset);
  }

  /** How many labels of {@code pages} the labeller gets right: a quick check beside the article metrics. */
  public static double lineLabelAccuracy(LineLabeller labeller, List<LabelledPage> pages) {
    long right = 0;
    long all = 0;
    for (LabelledPage page : pages) {
      List<LineLabel> predicted = labeller.label(page.features());
      for (int i = 0; i < predicted.size(); i++) {
        right += predicted.get(i).equals(page.labels().get(i)) ? 1 : 0;
        all++;
      }
    }
    return all == 0 ? 0 : (double) right / all;
  }
}
