package org.inkstream.engine;

import com.hankcs.hanlp.HanLP;
import java.util.BitSet;

/**
 * Traditional characters read as their simplified form, one character for one: how the engine reads every line.
 *
 * <p>Why: the rules' patterns and the labeller's learned cues ({@code 本报讯}, {@code 记者}, {@code 下转}, a headline's
 * words repeated in its body) are simplified text; on a page printed in traditional script ({@code 本報訊}, {@code
 * 記者}, {@code 下轉}) those cues are other characters, the rules find no dateline or byline and the model sees a page
 * it never learned. One character for one keeps every position, so {@link PrintedForm} can put the printed characters
 * back into what the engine writes.
 *
 * <p>Character by character, from HanLP's conversion of each CJK unified ideograph alone, so a page costs one table
 * look-up a character (HanLP's phrase-level conversion costs about 3 ms a page, more than the labeller itself). The few
 * characters whose simplified form depends on the phrase keep HanLP's reading of the character alone. The table is
 * built once per JVM.
 */
public final class SimplifiedForm {

  private static final char FIRST = '\u4E00';
  private static final char LAST = '\u9FFF';
  /** The first character of CJK Extension A, whose rare traditional characters count as such too. */
  private static final char FIRST_EXTENSION_A = '\u3400';

  /** Both tables come from one pass of HanLP over the characters, made once per JVM on first use. */
  private static final class Table {
    static final char[] SIMPLIFIED = new char[LAST - FIRST + 1];
    static final BitSet CHANGED = new BitSet(Character.MAX_VALUE + 1);

    static {
      for (char c = FIRST_EXTENSION_A; c <= LAST; c++) {
        String simplified = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        boolean changed = !simplified.equals(String.valueOf(c));
        if (changed) {
          CHANGED.set(c);
        }
        if (c >= FIRST) {
          SIMPLIFIED[c - FIRST] = changed && simplified.length() == 1 ? simplified.charAt(0) : c;
        }
      }
    }
  }

  private SimplifiedForm() {}

  /**
   * Whether HanLP converts the character on its own (國, 們; also the rare ones whose simplified form lies outside
   * the basic plane): the mark of a traditional character, which {@code ChineseText} reads a whole text by.
   */
  public static boolean changesAlone(char c) {
    return Table.CHANGED.get(c);
  }

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
}
