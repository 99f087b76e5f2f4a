package org.inkstream.ingest;

import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.function.ToIntFunction;
import org.mozilla.universalchardet.prober.distributionanalysis.Big5DistributionAnalysis;
import org.mozilla.universalchardet.prober.distributionanalysis.GB2312DistributionAnalysis;

/**
 * The Han characters Chinese text uses most: the {@value #TOP} most frequent of simplified text (GB2312) and of
 * traditional text (Big5), from juniversalchardet's frequency tables (Mozilla's, measured on large corpora). They
 * cover about three quarters of the characters of real text, simplified or traditional, and a few percent of the
 * characters of bytes decoded with the wrong Chinese charset, which come out as characters spread evenly over the
 * code table. That difference is what {@link PageReader} tells GB18030, Big5 and UTF-16 apart by when a short text
 * decodes validly in more than one of them.
 */
final class CommonHan {

  /** How many of each table's most frequent characters count as common (juniversalchardet's own cut). */
  static final int TOP = 512;

  private static final BitSet COMMON = build();

  private CommonHan() {}

  /**
   * The share of common characters among the text's characters that are neither ASCII, nor white space, nor
   * punctuation (general, CJK, full-width); 0 when it has none.
   */
  static double share(String text) {
    int counted = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || Character.isWhitespace(c) || isPunctuation(c)) {
        continue;
      }
      counted++;
      if (COMMON.get(c)) {
        common++;
      }
    }
    return counted == 0 ? 0 : (double) common / counted;
  }

  private static boolean isPunctuation(char c) {
    return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65);
  }

  private static BitSet build() {
    BitSet common = new BitSet(0x10000);
    Table gb = new Table(Ranks.gb2312(), Charset.forName("GB2312"));
    for (int hi = 0xB0; hi <= 0xF7; hi++) {
      for (int lo = 0xA1; lo <= 0xFE; lo++) {
        gb.addIfCommon(hi, lo, common);
      }
    }
    Table big5 = new Table(Ranks.big5(), Charset.forName("Big5"));
    for (int hi = 0xA4; hi <= 0xF9; hi++) {
      for (int lo = 0x40; lo <= 0xFE; lo++) {
        if (lo <= 0x7E || lo >= 0xA1) {
          big5.addIfCommon(hi, lo, common);
        }
      }
    }
    return common;
  }

  /**
   * One charset's frequency table: {@code order} gives a byte pair's index in {@code frequencyRanks}, or a negative
   * number outside the table. juniversalchardet keeps both protected, so anonymous subclasses hand them out.
   */
  private record Ranks(ToIntFunction<byte[]> order, int[] frequencyRanks) {

    static Ranks gb2312() {
      return new GB2312DistributionAnalysis() {
        Ranks ranks() {
          return new Ranks(pair -> getOrder(pair, 0), charToFreqOrder);
        }
      }.ranks();
    }

    static Ranks big5() {
      return new Big5DistributionAnalysis() {
        Ranks ranks() {
          return new Ranks(pair -> getOrder(pair, 0), charToFreqOrder);
        }
      }.ranks();
    }

    /** The pair's frequency rank (0: the most frequent), or {@link Integer#MAX_VALUE} when it has none. */
    int rank(byte[] pair) {
      int index = order.applyAsInt(pair);
      return index >= 0 && index < frequencyRanks.length ? frequencyRanks[index] : Integer.MAX_VALUE;
    }
  }

  /** Sets the character of each byte pair of {@code charset} whose rank is under {@link #TOP}. */
  private record Table(Ranks ranks, Charset charset) {

    void addIfCommon(int hi, int lo, BitSet common) {
      byte[] pair = {(byte) hi, (byte) lo};
      if (ranks.rank(pair) < TOP) {
        String decoded = new String(pair, charset);
        if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
          common.set(decoded.charAt(0));
        }
      }
    }
  }
}
