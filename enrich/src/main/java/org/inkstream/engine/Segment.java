package org.inkstream.engine;

import java.util.List;

/**
 * A unit the assembler places: a run of title lines (a headline block or a subhead), or a single line of any other
 * kind.
 */
record Segment(LineKind kind, List<Line> lines) {

  Segment {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a segment needs at least one line");
    }
  }

  Line first() {
    return lines.get(0);
  }

  Line last() {
    return lines.get(lines.size() - 1);
  }

  /** Characters of all lines, spaces left out. */
  int width() {
    return lines.stream().mapToInt(Line::width).sum();
  }
}
