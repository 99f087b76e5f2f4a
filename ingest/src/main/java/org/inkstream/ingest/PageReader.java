package org.inkstream.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page file into text: the one page reader that the producer and {@code inkstream split} share,
 * so that a page splits the same whatever its encoding.
 *
 * <p>Detection order, from the measurements in {@code docs/chinese-nlp.md}:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16BE, UTF-16LE) wins;
 *   <li>UTF-16 without a mark, when NUL bytes sit mostly on one side of the byte pairs: the high byte of ASCII (line
 *       breaks, digits, punctuation) in UTF-16 is NUL, while UTF-8, GB18030 and Big5 text never holds NUL. A page of
 *       Han characters without a single ASCII character stays undetectable this way. Other bytes with NULs are
 *       binary;
 *   <li>a strict UTF-8 decode (malformed input is an error, never a replacement character);
 *   <li>juniversalchardet, right on whole pages and on 95% of short GB18030 lines;
 *   <li>only when it has no answer in the families Inkstream takes, ICU's detector restricted to GB18030 and Big5: it
 *       is ten times slower, but together they decode 96-100% of short lines.
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

  /** ICU's confidence (0-100) below which its answer is not taken; see {@link #decodeByIcu}. */
  private static final int MIN_ICU_CONFIDENCE = 10;

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
    if (text == null && containsNul(bytes)) {
      throw new BadPageException(name + " looks binary, not page text (NUL bytes, and not UTF-16)");
    }
    if (text == null) {
      text = decodeStrict(bytes, StandardCharsets.UTF_8);
    }
    if (text == null) {
      text = decodeDetected(bytes, name);
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
   * like text ({@link #plausible}); binary files, with NULs anywhere, fail one of these steps.
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
    return text != null && plausible(text.text()) ? text : null;
  }

  /**
   * At least 95% of the characters are what a Chinese page prints: ASCII, general and CJK punctuation, Han characters,
   * full-width forms. UTF-16 read with the wrong byte order gives characters from all over the code space instead.
   */
  private static boolean plausible(String text) {
    long printed = text.chars().filter(c -> c < 0x80
        || (c >= 0x2000 && c <= 0x206F)
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0x3400 && c <= 0x9FFF)
        || (c >= 0xFF00 && c <= 0xFFEF)).count();
    return printed >= text.length() * 0.95;
  }

  private static PageText decodeDetected(byte[] bytes, String name) throws BadPageException {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String detected = detector.getDetectedCharset();
    Charset charset = familyOf(detected);
    PageText text = charset == null ? null : decodeStrict(bytes, charset);
    if (text == null) {
      text = decodeByIcu(bytes);
    }
    if (text == null) {
      throw new BadPageException(name + " is not UTF-8, UTF-16, GB18030 or Big5 text"
          + (detected == null ? "" : " (it looks like " + detected + ")"));
    }
    return text;
  }

  /**
   * ICU's best match among GB18030 and Big5 that also decodes strictly, or null. Matches under {@link
   * #MIN_ICU_CONFIDENCE} are ICU's guesses for bytes that merely fit the encoding (Shift_JIS, Latin-1 text), not
   * evidence of Chinese.
   */
  private static PageText decodeByIcu(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < MIN_ICU_CONFIDENCE) {
        break; // matches come best first
      }
      Charset charset = switch (match.getName()) {
        case "GB18030" -> GB18030;
        case "Big5" -> BIG5;
        default -> null;
      };
      PageText text = charset == null ? null : decodeStrict(bytes, charset);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** Maps a detector's answer to the charset Inkstream decodes with, or null when it is not one Inkstream takes. */
  private static Charset familyOf(String detected) {
    if (detected == null) {
      return null;
    }
    return switch (detected.toUpperCase(java.util.Locale.ROOT)) {
      case "GB18030", "GBK", "GB2312", "HZ-GB-2312" -> GB18030;
      case "BIG5", "BIG5-HKSCS", "EUC-TW" -> BIG5;
      case "UTF-16BE" -> StandardCharsets.UTF_16BE;
      case "UTF-16LE" -> StandardCharsets.UTF_16LE;
      case "UTF-8" -> StandardCharsets.UTF_8;
      default -> null;
    };
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
