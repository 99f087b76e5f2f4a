package org.inkstream.engine;

/**
 * Repairs what PDF text extraction does to a single line: private-use glyphs of embedded fonts, letter-spaced runs of
 * boxed or justified text and boxes printed twice. It never merges or splits lines; that is the segmenter's job.
 */
final class LineCleaner {

  /** A line is letter-spaced when at least this share of its space-separated tokens is a single character. */
  private static final double LETTER_SPACED_SHARE = 0.6;

  private LineCleaner() {}

  /** Cleans one raw line; {@code doubledOut[0]} tells whether the line was the same text twice. */
  static String clean(String raw, boolean[] doubledOut) {
    String text = dropUnreadable(raw).strip();
    text = text.replace('\u3000', ' ').replace('\u00A0', ' ').strip();
    String once = undouble(text);
    doubledOut[0] = once.length() < text.length();
    return closeLetterSpacing(once);
  }

  /** Drops private-use code points, replacement characters and control characters other than the tab. */
  static String dropUnreadable(String raw) {
    if (readable(raw)) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      boolean unreadable = type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
          || cp == 0xFFFD || (type == Character.CONTROL && cp != '\t') || type == Character.FORMAT;
      if (!unreadable) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** A quick pass for the common case: no surrogates, private-use, control or format characters at all. */
  private static boolean readable(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isSurrogate(c) || (c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD' || (c < ' ' && c != '\t')
          || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.UNASSIGNED
          || (c >= '\u007F' && c <= '\u009F')) {
        return false;
      }
    }
    return true;
  }

  /** {@code AB AB} (the same text twice, with or without a space between) becomes {@code AB}. */
  static String undouble(String text) {
    String s = text.strip();
    if (s.length() < 4) {
      return s;
    }
    int half = s.length() / 2;
    if (s.length() % 2 == 0 && s.substring(0, half).equals(s.substring(half))) {
      return s.substring(0, half);
    }
    if (s.length() % 2 == 1 && s.charAt(half) == ' ' && s.substring(0, half).equals(s.substring(half + 1))) {
      return s.substring(0, half);
    }
    return s;
  }

  /** {@code 着 力 提 升 政 务} becomes {@code 着力提升政务}; ordinary spaced text is left alone. */
  static String closeLetterSpacing(String text) {
    String[] tokens = text.split(" +");
    if (tokens.length < 5) {
      return text;
    }
    int single = 0;
    for (String token : tokens) {
      if (token.codePointCount(0, token.length()) == 1) {
        single++;
      }
    }
    return single >= LETTER_SPACED_SHARE * tokens.length ? String.join("", tokens) : text;
  }
}
