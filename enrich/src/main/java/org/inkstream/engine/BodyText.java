package org.inkstream.engine;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rejoins an item's body lines into clean paragraphs: lines that break off mid-sentence are joined (hard wraps, column
 * breaks, a caption dropped in between), a paragraph ends where a sentence ends (on a wrapped page: where a sentence
 * ends on a short line), and the spaces that extraction puts between Chinese characters are removed.
 */
final class BodyText {

  /** Whitespace between two characters that are not both Latin letters means nothing in Chinese text. */
  private static final Pattern STRAY_SPACE = Pattern.compile("(?<![A-Za-z])\\s+(?![A-Za-z])");

  private BodyText() {}

  /** The paragraphs of {@code lines}, joined by newlines; lines {@code skip} accepts are left out. */
  static String join(List<Line> lines, Predicate<Line> skip, PageLayout layout) {
    StringBuilder out = new StringBuilder();
    Line previous = null;
    for (Line line : lines) {
      if (skip.test(line)) {
        continue;
      }
      if (previous != null && endsParagraph(previous, line, layout)) {
        out.append('\n');
      }
      out.append(line.text());
      previous = line;
    }
    return out.toString();
  }

  /** {@code text} without the spaces of extraction; paragraph breaks are kept. */
  static String closeSpaces(String text) {
    String[] paragraphs = text.split("\n");
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      String closed = STRAY_SPACE.matcher(paragraph.strip()).replaceAll("");
      if (closed.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(closed);
    }
    return out.toString();
  }

  /**
   * On a wrapped page a sentence end is a paragraph end when the line stops short of the column or a blank line
   * follows; blank lines after an unfinished sentence are column breaks, not paragraph breaks.
   */
  private static boolean endsParagraph(Line line, Line next, PageLayout layout) {
    if (!line.endsSentence()) {
      return false;
    }
    return !layout.wrapped() || line.width() < layout.columnWidth() - 1 || next.gapBefore() > 0;
  }
}
