package org.inkstream.engine;

/**
 * One non-blank raw line of a page, with the text the engine reasons on: private-use glyphs removed, letter-spacing
 * ({@code 着 力 提 升}) closed up and a doubled print ({@code 荆报微课堂荆报微课堂}) undone. The raw line is kept only for
 * its number: provenance always points at the page as printed.
 *
 * @param number 1-based line number in the raw page
 * @param text the cleaned text, stripped; empty when nothing readable was left (garbage)
 * @param gapBefore blank lines between this line and the previous non-blank one (or the page top)
 * @param doubled whether the raw line was the same text printed twice, a mark of page furniture such as box headers
 * @param width the length in code points, spaces left out: what a column width is measured in
 */
record Line(int number, String text, int gapBefore, boolean doubled, int width) {

  /** Characters the typesetters put in front of titles and bylines; they carry no words. */
  static final String DECORATIONS = "#＃●○◎□■◆◇★☆▲△▼▽◤◥※·•";

  static Line of(int number, String text, int gapBefore, boolean doubled) {
    return new Line(number, text, gapBefore, doubled, widthOf(text));
  }

  private static int widthOf(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && cp != '\u3000') {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** The text without leading decorations (# ● □ ...) and surrounding spaces. */
  String bare() {
    int i = 0;
    while (i < text.length() && (DECORATIONS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return text.substring(i).strip();
  }

  boolean isGarbage() {
    return text.isEmpty();
  }

  boolean endsSentence() {
    return Punctuation.endsSentence(text);
  }
}
