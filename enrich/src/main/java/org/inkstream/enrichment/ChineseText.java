package org.inkstream.enrichment;

import com.hankcs.hanlp.HanLP;
import org.inkstream.engine.SimplifiedForm;

/**
 * The one normalisation every enrichment step analyses: printed text can be traditional or simplified, letter-spaced
 * (记 者 周 蓉), hard-wrapped in narrow columns and full of full-width digits, and none of that should change a topic,
 * an entity or a date. The article keeps its text as printed; only the analysis sees this form.
 */
public final class ChineseText {

  private ChineseText() {}

  /**
   * Simplified Chinese (see {@link #toSimplified}), full-width ASCII folded to half-width, and whitespace dropped
   * wherever a Chinese character or full-width punctuation stands on either side, since Chinese puts no spaces between
   * words. Whitespace between two Latin letters or digits stays, as one space. Line structure is not kept.
   */
  public static String forAnalysis(String printed) {
    if (printed == null || printed.isEmpty()) {
      return "";
    }
    return squeezeSpaces(foldWidth(toSimplified(printed)));
  }

  /**
   * Standard simplified characters that HanLP's conversion changes all the same (王丙乾 to 王丙干, 慰藉, the surnames 甯
   * and 於, 宫商角徵羽): on their own they do not make a text traditional.
   */
  private static final String SIMPLIFIED_TOO = "乾藉甯昇於徵瞭";

  /**
   * The text in simplified characters: HanLP's dictionary conversion (which round-trips the seed pages exactly) where
   * the text has a traditional character, and the text itself, corner quotes made curly, where it has none. Why not
   * convert every text: the conversion reads some simplified text as Taiwanese usage or traditional characters and
   * changes it (程式化 to 程序化, the NPC vice-chairman 王丙乾 to 王丙干), so a simplified paper's names would no
   * longer be what it printed.
   */
  static String toSimplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SimplifiedForm.changesAlone(c) && SIMPLIFIED_TOO.indexOf(c) < 0) {
        return HanLP.convertToSimplifiedChinese(text);
      }
    }
    return text.replace('「', '“').replace('」', '”');
  }

  /** Full-width ASCII (Ａ, １, ：) to ASCII and the ideographic space to a space; other characters unchanged. */
  static String foldWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String squeezeSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      boolean keep = out.length() > 0 && end < text.length()
          && isLatin(out.charAt(out.length() - 1)) && isLatin(text.charAt(end));
      if (keep) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isLatin(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  /** How often {@code word} (not empty) occurs in {@code text}, without overlaps. */
  static int occurrences(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      count++;
    }
    return count;
  }
}
