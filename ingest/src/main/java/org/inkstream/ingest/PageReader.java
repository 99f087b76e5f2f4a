package org.inkstream.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page file into text: the one page reader that the producer and {@code inkstream split} share,
 * so that a page splits the same whatever its encoding.
 *
 * <p>Detection order (measured in {@code PageReaderShortTextTest}; README, "Text pages may be"):
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16BE, UTF-16LE) wins;
 *   <li>UTF-16 without a mark, when NUL bytes sit mostly on one side of the byte pairs: the high byte of ASCII (line
 *       breaks, digits, punctuation) in UTF-16 is NUL, while UTF-8, GB18030 and Big5 text never holds NUL, and when
 *       the other byte order does not look like text too. A page of Han characters without a single ASCII character
 *       is left to the last step; bytes with NULs that no UTF-16 reading fits are binary;
 *   <li>a strict UTF-8 decode (malformed input is an error, never a replacement character) that looks like Chinese
 *       text ({@link #plausible}); a valid but implausible one competes with the readings of the next step;
 *   <li>otherwise every strict reading in GB18030, Big5 or UTF-16 without a mark is scored by its share of the
 *       characters Chinese text uses most ({@link CommonHan}); the best is taken when it reads like real text and
 *       clearly better than the next, else the page is refused: a short line of GB18030 is often valid Big5 too, and
 *       detectors (juniversalchardet, ICU) then guessed, sometimes wrong, silently.
 * </ol>
 *
 * <p>Every candidate is then decoded strictly. The GB family is always decoded as GB18030, a superset of GBK and GB2312
 * that also holds the private-use glyphs some e-paper exports contain.
 */
public final class PageReader {

  /** The default largest page file: well under Kafka's 1 MB default message size once JSON-escaped and compressed. */
  public static final int DEFAULT_MAX_BYTES = 512 * 1024;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  /**
   * The least share of {@linkplain CommonHan common characters} a reading needs: real text has about three quarters,
   * a wrong charset's reading a few percent (measured in {@code PageReaderShortTextTest}).
   */
  static final double MIN_COMMON_SHARE = 0.4;

  /** How far the best reading's share must be above the next one's for the choice to be safe. */
  static final double MIN_LEAD = 0.25;

  private final int maxBytes;

  public PageReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public PageReader(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public int maxBytes() {
    return maxBytes;
  }

  public PageText read(Path file) throws IOException, BadPageException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new BadPageException(file + " has " + size + " bytes, more than the limit of " + maxBytes
          + " (raise it with --max-page-bytes)");
    }
    return decode(Files.readAllBytes(file), file.toString());
  }

  /** Decodes {@code bytes}; {@code name} only labels error messages. */
  public PageText decode(byte[] bytes, String name) throws BadPageException {
    if (bytes.length > maxBytes) {
      throw new BadPageException(name + " has " + bytes.length + " bytes, more than the limit of " + maxBytes);
    }
    if (bytes.length == 0) {
      throw new BadPageException(name + " is empty");
    }
    PageText text = decodeByBom(bytes, name);
    if (text == null) {
      text = decodeUtf16ByNulPattern(bytes);
    }
    PageText utf8 = text == null && !containsNul(bytes) ? decodeStrict(bytes, StandardCharsets.UTF_8) : null;
    if (utf8 != null && plausible(utf8.text())) {
      text = utf8;
    }
    if (text == null) {
      text = decodeDetected(bytes, name, utf8);
    }
    if (looksBinary(text.text())) {
      throw new BadPageException(name + " looks binary, not page text (control characters or NUL bytes)");
    }
    if (text.text().isBlank()) {
      throw new BadPageException(name + " holds only white space");
    }
    return text;
  }

  private static PageText decodeByBom(byte[] b, String name) throws BadPageException {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return strictOrFail(b, 3, StandardCharsets.UTF_8, name);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return strictOrFail(b, 2, StandardCharsets.UTF_16BE, name);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return strictOrFail(b, 2, StandardCharsets.UTF_16LE, name);
    }
    return null;
  }

  private static PageText strictOrFail(byte[] b, int offset, Charset charset, String name) throws BadPageException {
    byte[] rest = java.util.Arrays.copyOfRange(b, offset, b.length);
    PageText text = decodeStrict(rest, charset);
    if (text == null) {
      throw new BadPageException(name + " starts with a " + charset.name() + " byte-order mark but is not valid "
          + charset.name());
    }
    return text;
  }

  /**
   * UTF-16 without a byte-order mark: NUL bytes make up at least one byte in 256 (line breaks, digits, punctuation),
   * and at least two thirds of them sit on one side of the byte pairs: that side is the high byte. Not all: U+3000 (the
   * ideographic space) and 一 (U+4E00) put their NUL on the other side. The text must then decode strictly and look
   * like text ({@link #plausible}) in this byte order and not in the other; binary files, with NULs anywhere, fail one
   * of these steps.
   */
  private static PageText decodeUtf16ByNulPattern(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int nuls = even + odd;
    if (nuls == 0 || nuls < bytes.length / 256) {
      return null;
    }
    Charset charset;
    if (3 * even >= 2 * nuls) {
      charset = StandardCharsets.UTF_16BE; // high byte first: the NUL of ASCII on the even side
    } else if (3 * odd >= 2 * nuls) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      return null;
    }
    PageText text = decodeStrict(bytes, charset);
    if (text == null || !plausible(text.text())) {
      return null;
    }
    Charset other = charset == StandardCharsets.UTF_16BE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    PageText swapped = decodeStrict(bytes, other);
    // Both orders look like text ("一一" is 4E 00 4E 00, "NN" in UTF-16LE): the readings decide, or refuse
    return swapped != null && plausible(swapped.text()) ? null : text;
  }

  /**
   * At least 95% of the characters are what a Chinese page prints: printable ASCII and line breaks, general and CJK
   * punctuation, Han characters, full-width forms. Not control characters, which short UTF-16 read as UTF-8 gives;
   * UTF-16 read with the wrong byte order gives characters from all over the code space instead.
   */
  private static boolean plausible(String text) {
    long printed = text.chars().filter(c -> (c >= 0x20 && c < 0x7F)
        || c == '\n' || c == '\r' || c == '\t' || c == '\f'
        || (c >= 0x2000 && c <= 0x206F)
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0x3400 && c <= 0x9FFF)
        || (c >= 0xFF00 && c <= 0xFFEF)).count();
    return printed >= text.length() * 0.95;
  }

  /**
   * Bytes that are neither marked nor valid UTF-8: every reading that decodes strictly in GB18030 or Big5, or in
   * UTF-16 without a mark and looks like text ({@link #plausible}), is scored by its share of {@linkplain CommonHan
   * common characters}. The best is taken only when that share is real text's and clearly above the next reading's:
   * short GB18030 text is often valid Big5 too (and UTF-16 without ASCII valid GB18030), and a detector's guess then
   * mis-decodes it silently. When no reading stands out, the page is refused with a message that says why.
   */
  private static PageText decodeDetected(byte[] bytes, String name, PageText utf8) throws BadPageException {
    List<Reading> readings = readings(bytes);
    if (utf8 != null && readings.isEmpty()) {
      return utf8; // valid UTF-8 of few Chinese characters, and no other reading: text in another language
    }
    if (utf8 != null) { // short GB18030 can be valid UTF-8 too (一 is D2 BB, UTF-8 for U+04BB): it competes
      readings.add(new Reading(utf8, CommonHan.share(utf8.text())));
      readings.sort(BEST_FIRST);
    }
    if (readings.isEmpty() && containsNul(bytes)) {
      throw new BadPageException(name + " looks binary, not page text (NUL bytes, and not UTF-16)");
    }
    if (readings.isEmpty()) {
      String detected = detectedCharset(bytes);
      throw new BadPageException(name + " is not UTF-8, UTF-16, GB18030 or Big5 text"
          + (detected == null ? "" : " (it looks like " + detected + ")"));
    }
    Reading best = readings.get(0);
    Reading next = readings.size() > 1 ? readings.get(1) : null;
    if (best.commonShare() >= MIN_COMMON_SHARE
        && (next == null || best.commonShare() - next.commonShare() >= MIN_LEAD)) {
      return best.text();
    }
    throw new BadPageException(name + " cannot be decoded safely: " + describe(best)
        + (next == null ? "" : ", " + describe(next)) + "; real Chinese text has at least "
        + percent(MIN_COMMON_SHARE) + " common characters" + (next == null ? "" : " and a clear lead")
        + ". Save it as UTF-8, or with a byte-order mark");
  }

  /** A strict reading of the bytes in one charset, and its share of common Han characters. */
  private record Reading(PageText text, double commonShare) {}

  private static final Comparator<Reading> BEST_FIRST =
      Comparator.comparingDouble(Reading::commonShare).reversed();

  /**
   * The candidate readings, best first. GB18030 and Big5 text never holds a NUL byte; UTF-16 holds one for 一 (U+4E00)
   * and its like, on either side of the pairs, so a few NULs that {@link #decodeUtf16ByNulPattern} could not place
   * leave both byte orders to try.
   */
  private static List<Reading> readings(byte[] bytes) {
    List<Charset> charsets = containsNul(bytes) ? List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)
        : List.of(GB18030, BIG5, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);
    List<Reading> readings = new ArrayList<>();
    for (Charset charset : charsets) {
      PageText text = decodeStrict(bytes, charset);
      boolean utf16 = charset.name().startsWith("UTF-16");
      if (text != null && (!utf16 || plausible(text.text()))) {
        readings.add(new Reading(text, CommonHan.share(text.text())));
      }
    }
    readings.sort(BEST_FIRST);
    return readings;
  }

  private static String describe(Reading reading) {
    return "as " + reading.text().charset() + " it has " + percent(reading.commonShare()) + " common characters";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** juniversalchardet's name for the bytes' charset, for the error message only, or null. */
  private static String detectedCharset(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  private static PageText decodeStrict(byte[] bytes, Charset charset) {
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new PageText(text, charset.name());
    } catch (CharacterCodingException e) {
      return null; // not this charset: the caller tries the next one
    }
  }

  /** UTF-8, GB18030 and Big5 text never holds a NUL byte. */
  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** More than 1% control characters (other than tab, CR, LF, FF) means this is no text page. */
  private static boolean looksBinary(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > text.length() / 100;
  }
}
