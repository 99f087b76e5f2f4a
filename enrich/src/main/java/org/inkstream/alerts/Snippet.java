package org.inkstream.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The piece of text an alert shows: the sentence around the first hit, at most {@link #CONTEXT_CHARS} characters
 * either side of it, every hit in it marked {@code <em>...</em>} as Elasticsearch's highlighter marks them. Hits come
 * as character offsets, from the one-document index's term offsets, so no text is analysed twice.
 */
final class Snippet {

  /** Characters kept on each side of the first hit, at most; enough for a clause of Chinese news text. */
  static final int CONTEXT_CHARS = 40;

  static final String OPEN = "<em>";
  static final String CLOSE = "</em>";
  static final String ELLIPSIS = "…";

  private static final String SENTENCE_ENDS = "。！？!?；;\n";

  private Snippet() {}

  /** A character range {@code [start, end)} of a text that a query matched. */
  record Hit(int start, int end) {

    Hit {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("a hit spans [start, end) with 0 <= start < end, was [" + start + ", "
            + end + ")");
      }
    }
  }

  /** The snippet of {@code text} around the first of {@code hits}; the lead of the text when there are none. */
  static String of(String text, List<Hit> hits) {
    List<Hit> merged = merge(text, hits);
    if (merged.isEmpty()) {
      return lead(text);
    }
    Hit first = merged.get(0);
    int from = sentenceStart(text, first.start());
    int to = sentenceEnd(text, first.end());
    StringBuilder snippet = new StringBuilder();
    if (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
      snippet.append(ELLIPSIS);
    }
    int at = from;
    for (Hit hit : merged) {
      if (hit.start() >= to) {
        break;
      }
      int end = Math.min(hit.end(), to);
      snippet.append(text, at, hit.start()).append(OPEN).append(text, hit.start(), end).append(CLOSE);
      at = end;
    }
    snippet.append(text, at, to);
    if (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to - 1)) < 0) {
      snippet.append(ELLIPSIS);
    }
    return snippet.toString().strip();
  }

  private static String lead(String text) {
    int to = Math.min(text.length(), 2 * CONTEXT_CHARS);
    return text.substring(0, to) + (to < text.length() ? ELLIPSIS : "");
  }

  /** Sorted, overlapping and touching hits joined, hits beyond the text dropped. */
  private static List<Hit> merge(String text, List<Hit> hits) {
    List<Hit> sorted = hits.stream()
        .filter(hit -> hit.end() <= text.length())
        .sorted(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end))
        .toList();
    List<Hit> merged = new ArrayList<>();
    for (Hit hit : sorted) {
      Hit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && hit.start() <= last.end()) {
        merged.set(merged.size() - 1, new Hit(last.start(), Math.max(last.end(), hit.end())));
      } else {
        merged.add(hit);
      }
    }
    return merged;
  }

  /** Just after the last sentence end before {@code hitStart}, but no more than the context away. */
  private static int sentenceStart(String text, int hitStart) {
    int limit = Math.max(0, hitStart - CONTEXT_CHARS);
    for (int i = hitStart - 1; i >= limit; i--) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Just after the first sentence end at or after {@code hitEnd}, but no more than the context away. */
  private static int sentenceEnd(String text, int hitEnd) {
    int limit = Math.min(text.length(), hitEnd + CONTEXT_CHARS);
    for (int i = hitEnd; i < limit; i++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return limit;
  }
}
