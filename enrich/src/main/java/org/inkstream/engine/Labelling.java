package org.inkstream.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.Chunk;
import org.tribuo.sequence.SequenceExample;

/**
 * What the {@link LineLabeller} made of one page: a label per line and, asked for, how sure it was of each.
 *
 * <p>Sureness is the CRF's marginal probability of the label it chose at that line (forward-backward over the second
 * stage), not the Viterbi path's score: a line the model could as well have read otherwise gets a low figure even when
 * the path through it is the best one. It is computed only when asked and only for the lines asked about, because the
 * splitter needs it only where the labeller and the rules read a page differently.
 *
 * <p>Immutable.
 */
final class Labelling {

  private final List<LineLabel> labels;
  private final CRFModel model;
  private final SequenceExample<Label> example;

  /**
   * @param model the stage that chose the labels, or null when it cannot tell its marginals (then nothing is sure)
   * @param example the page as that stage saw it
   */
  Labelling(List<LineLabel> labels, CRFModel model, SequenceExample<Label> example) {
    this.labels = List.copyOf(labels);
    this.model = model;
    this.example = example;
  }

  List<LineLabel> labels() {
    return labels;
  }

  /**
   * The mean sureness over the lines at {@code indices} (positions in the page's non-blank lines): 0 when there are
   * none or the model cannot tell, so that an empty question never reads as certainty.
   *
   * <p>Only the lines asked about are scored: Tribuo runs forward-backward over the whole page for each line scored,
   * so scoring every line would cost the square of the page's length (a third of a second on a 384-line page).
   */
  double meanSureness(Collection<Integer> indices) {
    if (indices.isEmpty() || model == null) {
      return 0;
    }
    List<Chunk> chunks = new ArrayList<>(indices.size());
    for (int index : indices) {
      chunks.add(new Chunk(index, new int[] {model.getOutputIDInfo().getID(new Label(labels.get(index).key()))}));
    }
    return model.scoreChunks(example, chunks).stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
