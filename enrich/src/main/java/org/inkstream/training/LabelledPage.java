package org.inkstream.training;

import java.util.List;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.engine.LineFeatures;
import org.inkstream.engine.LineLabel;

/**
 * One training page: the features of its lines and the labels its gold gives them, aligned line for line.
 *
 * @param name the page's name, for messages
 * @param features what {@link LineFeatures} makes of each non-blank line
 * @param labels the gold label of each of those lines
 */
public record LabelledPage(String name, List<List<String>> features, List<LineLabel> labels) {

  public LabelledPage {
    if (features.size() != labels.size()) {
      throw new IllegalArgumentException("page " + name + " has " + features.size() + " lines but " + labels.size()
          + " labels");
    }
    features = List.copyOf(features);
    labels = List.copyOf(labels);
  }

  public static LabelledPage of(RenderedPage page) {
    List<LineFeatures.Row> rows = LineFeatures.of(page.text());
    return new LabelledPage(page.name(), rows.stream().map(LineFeatures.Row::features).toList(),
        GoldLabels.of(rows, page.gold()));
  }
}
