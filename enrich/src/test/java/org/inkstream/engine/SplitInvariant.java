package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.inkstream.core.Article;
import org.inkstream.core.LineRange;
import org.inkstream.core.Leftover;

/** The splitter's contract on any page: each non-blank line in exactly one article or leftover, nothing else. */
final class SplitInvariant {

  private SplitInvariant() {}

  static void assertEveryLineOnce(String text, PageSplit split) {
    String[] lines = Splitter.LINE_BREAK.split(text, -1);
    Map<Integer, Integer> owners = new HashMap<>();
    for (Article article : split.articles()) {
      count(article.provenance().lines(), lines, owners);
    }
    for (Leftover leftover : split.leftovers()) {
      count(leftover.lines(), lines, owners);
    }
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].strip().isEmpty()) {
        assertThat(owners.get(i + 1)).as("owners of line %d: %s", i + 1, lines[i]).isEqualTo(1);
      }
    }
    assertThat(owners.keySet()).allSatisfy(line -> assertThat(line).isBetween(1, lines.length));
  }

  private static void count(Iterable<LineRange> ranges, String[] lines, Map<Integer, Integer> owners) {
    for (LineRange range : ranges) {
      for (int line = range.start(); line <= range.end(); line++) {
        if (line > lines.length || !lines[line - 1].strip().isEmpty()) {
          owners.merge(line, 1, Integer::sum);
        }
      }
    }
  }
}
