package org.inkstream.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Trains the {@link LineLabeller}: a linear-chain CRF over the lines of each page, fitted by Tribuo's {@link
 * CRFTrainer} with AdaGrad. Features seen on fewer than {@link Options#minFeatureCount} training lines are dropped
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
   * Trains a labeller on {@code pages}.
   *
   * @throws IllegalArgumentException when there are no pages with lines
   */
  public LineLabeller train(List<LabelledPage> pages) {
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
      if (page.features().isEmpty()) {
        continue;
      }
      List<List<String>> kept = new ArrayList<>(page.features().size());
      for (List<String> line : page.features()) {
        kept.add(line.stream().filter(f -> counts.get(f) >= options.minFeatureCount()).toList());
      }
      dataset.add(LineLabeller.example(kept, page.labels()));
    }
    if (dataset.size() == 0) {
      throw new IllegalArgumentException("no training page has a line");
    }
    CRFTrainer trainer = new CRFTrainer(new AdaGrad(options.learningRate(), 0.1), options.epochs(),
        Integer.MAX_VALUE, options.seed());
    SequenceModel<Label> model = trainer.train(dataset);
    return LineLabeller.of(model);
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
