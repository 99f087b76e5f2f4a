package org.inkstream.engine;

/**
 * What the last characters of a line say about where it stands in a sentence. Chinese body text ends its sentences
 * with full stops, titles almost never do: this is the strongest cue the engine has, on wrapped and unwrapped pages.
 */
final class Punctuation {

  private static final String SENTENCE_END = "。！？!?；;…";
  private static final String CLOSERS = "”’」』）)】》\"";
  private static final String CLAUSE_END = "，、,：:";

  private Punctuation() {}

  /** Whether {@code text} ends a sentence, also when a closing quote or bracket follows the full stop. */
  static boolean endsSentence(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (SENTENCE_END.indexOf(last) >= 0) {
      return true;
    }
    int i = s.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && i < s.length() - 1 && SENTENCE_END.indexOf(s.charAt(i)) >= 0;
  }

  /** Whether {@code text} stops at a comma or enumeration mark: the sentence goes on in the next line. */
  static boolean endsClause(String text) {
    String s = text.strip();
    return !s.isEmpty() && CLAUSE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  static boolean endsWithColon(String text) {
    String s = text.strip();
    return s.endsWith("：") || s.endsWith(":");
  }

  /** Whether a full stop stands inside {@code text}, not only at its end: titles have none. */
  static boolean hasInnerSentenceEnd(String text) {
    String s = text.strip();
    for (int i = 0; i < s.length() - 1; i++) {
      if ("。！？!?；;".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
