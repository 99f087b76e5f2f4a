package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An inclusive range of 1-based line numbers of a raw page, written {@code [start, end]} in JSON so that a reader can
 * find an article's origin in the page text with any editor.
 */
public record LineRange(int start, int end) {

  public LineRange {
    if (start < 1) {
      throw new IllegalArgumentException("line numbers start at 1, was " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("range end " + end + " is before its start " + start);
    }
  }

  public static LineRange of(int line) {
    return new LineRange(line, line);
  }

  @JsonCreator
  static LineRange fromJson(int[] pair) {
    if (pair == null || pair.length != 2) {
      throw new IllegalArgumentException("a line range is a pair [start, end]");
    }
    return new LineRange(pair[0], pair[1]);
  }

  @JsonValue
  int[] toJson() {
    return new int[] {start, end};
  }

  public boolean contains(int line) {
    return line >= start && line <= end;
  }

  /** Collapses line numbers (in any order, duplicates allowed) into the fewest sorted ranges. */
  public static List<LineRange> coalesce(Collection<Integer> lines) {
    SortedSet<Integer> sorted = new TreeSet<>(lines);
    List<LineRange> ranges = new ArrayList<>();
    int start = -1;
    int previous = -1;
    for (int line : sorted) {
      if (start < 0) {
        start = line;
      } else if (line != previous + 1) {
        ranges.add(new LineRange(start, previous));
        start = line;
      }
      previous = line;
    }
    if (start > 0) {
      ranges.add(new LineRange(start, previous));
    }
    return List.copyOf(ranges);
  }
}
