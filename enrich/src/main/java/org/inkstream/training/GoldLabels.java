package org.inkstream.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkstream.core.LineRange;
import org.inkstream.engine.LineFeatures;
import org.inkstream.engine.LineLabel;
import org.inkstream.engine.LineRole;
import org.inkstream.eval.GoldItem;
import org.inkstream.eval.GoldPage;

/**
 * The label every non-blank line should get, read from a gold annotation: the role its item's lists give it (title,
 * subhead, caption, byline, pointer; a notice's lines are {@link LineRole#AD}; the rest is body), whether it is the
 * first line of its item in page order, and {@link LineLabel#OUTSIDE} for ignored lines and lines of no item.
 */
final class GoldLabels {

  private GoldLabels() {}

  static List<LineLabel> of(List<LineFeatures.Row> rows, GoldPage gold) {
    Map<Integer, LineLabel> byLine = new HashMap<>();
    for (GoldItem item : gold.items()) {
      List<Integer> numbers = new ArrayList<>();
      for (LineRange range : item.lines()) {
        for (int line = range.start(); line <= range.end(); line++) {
          numbers.add(line);
        }
      }
      int first = Integer.MAX_VALUE;
      for (LineFeatures.Row row : rows) {
        if (numbers.contains(row.lineNumber()) && !gold.ignores(row.lineNumber())) {
          first = Math.min(first, row.lineNumber());
        }
      }
      for (int line : numbers) {
        byLine.put(line, new LineLabel(role(item, line), line == first));
      }
    }
    List<LineLabel> labels = new ArrayList<>(rows.size());
    for (LineFeatures.Row row : rows) {
      LineLabel label = gold.ignores(row.lineNumber()) ? null : byLine.get(row.lineNumber());
      labels.add(label == null ? LineLabel.OUTSIDE : label);
    }
    return labels;
  }

  private static LineRole role(GoldItem item, int line) {
    if (item.titleLines().contains(line)) {
      return LineRole.TITLE;
    }
    if (item.subheadLines().contains(line)) {
      return LineRole.SUBHEAD;
    }
    if (item.captionLines().contains(line)) {
      return LineRole.CAPTION;
    }
    if (item.bylineLines().contains(line)) {
      return LineRole.BYLINE;
    }
    if (item.jumpLines().contains(line)) {
      return LineRole.JUMP;
    }
    return item.type().equals("notice_ad") ? LineRole.AD : LineRole.BODY;
  }
}
