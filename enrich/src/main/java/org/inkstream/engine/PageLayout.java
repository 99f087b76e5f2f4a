package org.inkstream.engine;

import java.util.List;

/**
 * How a page's text was laid out by the extraction: one line per paragraph, or hard-wrapped at a narrow column width
 * (a line per printed line). On a wrapped page a missing full stop at a line's end means nothing, so title detection
 * has to look at whole runs of lines instead.
 *
 * @param wrapped whether the page is hard-wrapped
 * @param columnWidth the median line width in characters
 */
record PageLayout(boolean wrapped, int columnWidth) {

  /** Wrapped pages have printed-column widths; a paragraph per line runs far longer. */
  private static final int MAX_WRAPPED_WIDTH = 24;

  static PageLayout of(List<Line> lines) {
    int[] widths = lines.stream().filter(l -> !l.isGarbage()).mapToInt(Line::width).sorted().toArray();
    if (widths.length == 0) {
      return new PageLayout(false, 0);
    }
    int median = widths[widths.length / 2];
    long open = lines.stream().filter(l -> !l.isGarbage() && !l.endsSentence()).count();
    int p90 = widths[(int) (widths.length * 0.9)];
    // Wrapped columns have no long lines at all; a page of short titles and long paragraphs has a short median too.
    boolean wrapped = widths.length >= 8 && median <= MAX_WRAPPED_WIDTH && p90 <= 2 * median
        && open >= 0.6 * widths.length;
    return new PageLayout(wrapped, median);
  }
}
