package org.inkstream.enrichment;

import java.util.HexFormat;

/**
 * A 64-bit SimHash of a text's character shingles: near-identical texts (a wire story reprinted with a changed
 * sentence, other punctuation, a different headline) get fingerprints a few bits apart, unrelated texts about 32.
 *
 * <p>The text is reduced to its letters and digits (punctuation, spaces and layout differ between papers printing the
 * same copy) and cut into overlapping shingles of {@value #SHINGLE} characters; every shingle votes with its 64-bit
 * hash. Stateless.
 */
public final class SimHash {

  /** Characters per shingle: 3 keeps Chinese word order without making one changed word flip many shingles. */
  static final int SHINGLE = 3;

  private SimHash() {}

  /** The fingerprint of {@code text}, which should be normalised by {@link ChineseText#forAnalysis}; 0 if empty. */
  public static long of(String text) {
    int[] votes = new int[64];
    StringBuilder letters = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    if (letters.length() == 0) {
      return 0L;
    }
    int shingles = Math.max(1, letters.length() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      long hash = hash(letters, i, Math.min(letters.length(), i + SHINGLE));
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** 16 lower-case hex digits, the form stored in {@code Article.fingerprint}. */
  public static String hex(long fingerprint) {
    return HexFormat.of().toHexDigits(fingerprint);
  }

  public static long parse(String hex) {
    return HexFormat.fromHexDigitsToLong(hex);
  }

  /** FNV-1a over the chars, then a murmur finaliser so that similar shingles spread over all 64 bits. */
  private static long hash(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87e5L;
    h ^= h >>> 33;
    return h;
  }
}
