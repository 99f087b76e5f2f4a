package org.inkstream.engine;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;

/**
 * Traditional characters read as their simplified form, one character for one, for the line labeller's features.
 *
 * <p>Why: the labeller learns its cues ({@code 本报讯}, {@code 记者}, {@code 电}, a headline's words repeated in its
 * body) from simplified text; on a page printed in traditional script ({@code 本報訊}, {@code 記者}) those cues are
 * other characters and the model sees a page it never learned. The article text is not touched: only what the model
 * looks at.
 *
 * <p>Character by character, from HanLP's conversion of each CJK unified ideograph alone, so a page costs one table
 * look-up a character (HanLP's phrase-level conversion costs about 3 ms a page, more than the labeller itself). The few
 * characters whose simplified form depends on the phrase keep HanLP's reading of the character alone. The table is
 * built once per JVM.
 */
final class SimplifiedForm {

  private static final char FIRST = '\u4E00';
  private static final char LAST = '\u9FFF';

  private static final class Table {
    static final char[] SIMPLIFIED = build();

    private static char[] build() {
      char[] table = new char[LAST - FIRST + 1];
      for (char c = FIRST; c <= LAST; c++) {
        String simplified = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        table[c - FIRST] = simplified.length() == 1 ? simplified.charAt(0) : c;
      }
      return table;
    }
  }

  private SimplifiedForm() {}

  /** {@code text} with each traditional character replaced by its simplified form; the same length. */
  static String of(String text) {
    char[] table = Table.SIMPLIFIED;
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < FIRST || c > LAST) {
        continue;
      }
      char simplified = table[c - FIRST];
      if (simplified != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = simplified;
      }
    }
    return out == null ? text : new String(out);
  }

  /** The lines with their text in simplified form; a line with nothing to change is the same instance. */
  static List<Line> lines(List<Line> lines) {
    List<Line> simplified = new ArrayList<>(lines.size());
    for (Line line : lines) {
      String text = of(line.text());
      simplified.add(text == line.text() ? line : new Line(line.number(), text, line.gapBefore(), line.doubled(),
          line.width()));
    }
    return simplified;
  }
}
