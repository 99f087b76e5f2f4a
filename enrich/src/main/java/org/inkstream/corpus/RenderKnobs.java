package org.inkstream.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The page-wide choices of one rendered page: how the extraction laid the text out and how the paper prints. Each is a
 * phenomenon of {@code seeds/README.md} or of the papers that the seeds do not show, drawn independently so that every
 * combination occurs; {@link #names} lists the ones in force, for the per-phenomenon scores.
 *
 * @param wrapped hard-wrapped columns (a line per printed line) rather than a paragraph per line
 * @param columnWidth characters per wrapped line, 8 to 30
 * @param blankBetweenParagraphs a blank line after each paragraph
 * @param strayBlanks the chance of a blank line inside a paragraph, where a column or a box ends
 * @param indent paragraphs open with two ideographic spaces
 * @param titlePosition where headlines stand: before their body, after it, or either, item by item
 * @param letterSpaced short headings set with spaces between the characters
 * @param fullWidthDigits digits printed full-width (１月１日)
 * @param halfWidthPunctuation ASCII punctuation (, . : ( )) instead of the full-width forms
 * @param classical no full stop: 、 and ， separate everything, as in pre-1950s print
 * @param traditional traditional characters
 * @param garbage private-use glyphs inside lines and on lines of their own
 * @param headingMarks headings marked the way PDF-to-Markdown extractors mark them: {@code # title}, {@code ## subhead}
 */
record RenderKnobs(
    boolean wrapped,
    int columnWidth,
    boolean blankBetweenParagraphs,
    double strayBlanks,
    boolean indent,
    TitlePosition titlePosition,
    boolean letterSpaced,
    boolean fullWidthDigits,
    boolean halfWidthPunctuation,
    boolean classical,
    boolean traditional,
    boolean garbage,
    boolean headingMarks) {

  enum TitlePosition { BEFORE, AFTER, MIXED }

  static RenderKnobs draw(Random rnd) {
    boolean wrapped = rnd.nextBoolean();
    double p = rnd.nextDouble();
    // Mixed pages, where the same page prints some headlines before and some after their bodies, are rare in print.
    TitlePosition position = p < 0.65 ? TitlePosition.BEFORE : p < 0.95 ? TitlePosition.AFTER : TitlePosition.MIXED;
    return new RenderKnobs(
        wrapped,
        8 + rnd.nextInt(23),
        rnd.nextDouble() < (wrapped ? 0.5 : 0.35),
        rnd.nextDouble() < 0.25 ? 0.02 + rnd.nextDouble() * 0.06 : 0,
        rnd.nextDouble() < 0.2,
        position,
        rnd.nextDouble() < 0.2,
        rnd.nextDouble() < 0.25,
        rnd.nextDouble() < 0.15,
        rnd.nextDouble() < 0.07,
        rnd.nextDouble() < 0.08,
        rnd.nextDouble() < 0.15,
        rnd.nextDouble() < 0.1);
  }

  List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(wrapped ? "wrapped" : "paragraph-lines");
    if (wrapped && columnWidth <= 14) {
      names.add("narrow-columns");
    }
    if (blankBetweenParagraphs) {
      names.add("blank-between-paragraphs");
    }
    if (strayBlanks > 0) {
      names.add("stray-blank-lines");
    }
    names.add(switch (titlePosition) {
      case BEFORE -> "titles-before";
      case AFTER -> "titles-after";
      case MIXED -> "titles-mixed";
    });
    addIf(names, letterSpaced, "letter-spaced");
    addIf(names, fullWidthDigits, "full-width-digits");
    addIf(names, halfWidthPunctuation, "half-width-punctuation");
    addIf(names, classical, "classical-punctuation");
    addIf(names, traditional, "traditional");
    addIf(names, garbage, "garbage-glyphs");
    addIf(names, headingMarks, "heading-marks");
    return names;
  }

  private static void addIf(List<String> names, boolean on, String name) {
    if (on) {
      names.add(name);
    }
  }
}
