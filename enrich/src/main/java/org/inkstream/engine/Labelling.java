package org.inkstream.engine;

import java.util.Collection;
import java.util.List;

/**
 * What the {@link LineLabeller} made of one page: a label per line and how sure it was of each.
 *
 * <p>Sureness is the CRF's marginal probability of the label it chose at that line (forward-backward over the second
 * stage), not the Viterbi path's score: a line the model could as well have read otherwise gets a low figure even when
 * the path through it is the best one. The second stage decodes by its marginals (Tribuo's {@code
 * ConfidenceType.MULTIPLY}), so each prediction already carries its label's marginal: one forward-backward a page,
 * whatever number of lines the splitter asks about. Tribuo's {@code scoreChunks} gives the same figure for a one-line
 * chunk but costs a forward-backward and a look-up of every feature for each line asked (about 1 ms a seed page), and
 * in Tribuo 4.3.2 it scores the page's first line 1 whatever the model thinks of it ({@code LabellingTest}).
 *
 * <p>Immutable.
 */
final class Labelling {

  private final List<LineLabel> labels;
  private final double[] sureness;

  /**
   * @param sureness each label's marginal probability, or null when the model cannot tell (then nothing is sure)
   */
  Labelling(List<LineLabel> labels, double[] sureness) {
    if (sureness != null && sureness.length != labels.size()) {
      throw new IllegalArgumentException(labels.size() + " labels but " + sureness.length + " sureness figures");
    }
    this.labels = List.copyOf(labels);
    this.sureness = sureness == null ? null : sureness.clone();
  }

  List<LineLabel> labels() {
    return labels;
  }

  /**
   * The mean sureness over the lines at {@code indices} (positions in the page's non-blank lines): 0 when there are
   * none or the model cannot tell, so that an empty question never reads as certainty.
   */
  double meanSureness(Collection<Integer> indices) {
    if (indices.isEmpty() || sureness == null) {
      return 0;
    }
    return indices.stream().mapToDouble(index -> sureness[index]).average().orElse(0);
  }
}
