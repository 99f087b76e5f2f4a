package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Invariants of the one page reader, for any input. */
class PageReaderPropertiesTest {

  private final PageReader reader = new PageReader(4096);

  /** Any bytes become page text or a {@link BadPageException} that names the file; nothing else escapes. */
  @Property(tries = 2000)
  void anyBytesGiveTextOrOurTypedError(@ForAll @Size(max = 600) byte[] bytes) {
    try {
      PageText text = reader.decode(bytes, "any.txt");
      assertThat(text.text()).isNotBlank();
    } catch (BadPageException e) {
      assertThat(e.getMessage()).startsWith("any.txt ");
    }
  }

  /** Chinese text written in UTF-8 (with or without a mark) or UTF-16 with a mark reads back exactly. */
  @Property(tries = 500)
  void unicodeTextReadsBackExactly(@ForAll("chinese") String text, @ForAll("unicodeEncodings") String encoding)
      throws BadPageException {
    byte[] bytes = switch (encoding) {
      case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          text.getBytes(StandardCharsets.UTF_8));
      case "UTF-16" -> text.getBytes(StandardCharsets.UTF_16); // big-endian with a mark
      default -> text.getBytes(Charset.forName(encoding));
    };

    assertThat(reader.decode(bytes, "any.txt").text()).isEqualTo(text);
  }

  /**
   * A short line (10 to 40 characters) of Chinese, real (a window of a seed page, simplified or in traditional
   * characters) or random (any Han characters), in GB18030, Big5 or UTF-16 with or without a mark, reads back
   * exactly or is refused with a clear error: never another text.
   */
  @Property(tries = 3000, seed = "3106334097549")
  void shortLinesReadBackExactlyOrAreRefused(@ForAll("shortLines") String line,
      @ForAll("chineseEncodings") String encoding) {
    Charset charset = Charset.forName(encoding);
    Assume.that(charset.newEncoder().canEncode(line));
    try {
      assertThat(reader.decode(line.getBytes(charset), "line.txt").text()).as("in %s", encoding).isEqualTo(line);
    } catch (BadPageException e) {
      assertThat(e.getMessage()).startsWith("line.txt cannot be decoded safely").contains("Save it as UTF-8");
    }
  }

  @Provide
  Arbitrary<String> shortLines() {
    ShortChineseLines lines = new ShortChineseLines();
    Arbitrary<String> real = Arbitraries.randoms().flatMap(random -> Arbitraries.of(
        lines.simplified(random), lines.traditional(random)));
    Arbitrary<String> random = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(10).ofMaxLength(40);
    return Arbitraries.oneOf(real, random);
  }

  @Provide
  Arbitrary<String> chineseEncodings() {
    return Arbitraries.of("GB18030", "Big5", "UTF-16", "UTF-16BE", "UTF-16LE");
  }

  @Provide
  Arbitrary<String> chinese() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars("，。、：“”\n 0123456789")
        .ofMinLength(1).ofMaxLength(200).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<String> unicodeEncodings() {
    return Arbitraries.of("UTF-8", "UTF-8-BOM", "UTF-16");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
