package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Short texts (one line of 10 to 40 Chinese characters) in GB18030, Big5 and UTF-16 are read correctly or refused
 * with a clear error, never silently mis-decoded: over many random lines of real text (seeded, so that a failure
 * replays), and the reader refuses few of them.
 */
class PageReaderShortTextTest {

  private static final int LINES = 2000;

  private final PageReader reader = new PageReader();
  private final ShortChineseLines lines = new ShortChineseLines();

  enum Encoding {
    GB18030("GB18030", false), BIG5("Big5", true), UTF_16("UTF-16", false), UTF_16BE("UTF-16BE", false),
    UTF_16LE("UTF-16LE", false), UTF_16BE_TRADITIONAL("UTF-16BE", true);

    final Charset charset;
    final boolean traditional;

    Encoding(String charset, boolean traditional) {
      this.charset = Charset.forName(charset);
      this.traditional = traditional;
    }
  }

  enum Outcome { READ, REFUSED, WRONG }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void shouldReadShortLinesExactlyOrRefuseThemNeverMisread(Encoding encoding) {
    Random random = new Random(17_000 + encoding.ordinal());
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (int i = 0; i < LINES; i++) {
      String line = encoding.traditional ? lines.traditional(random) : lines.simplified(random);
      Outcome outcome = read(line, line.getBytes(encoding.charset));
      outcomes.merge(outcome, 1, Integer::sum);
      assertThat(outcome).as("line %s in %s", line, encoding).isNotEqualTo(Outcome.WRONG);
    }
    System.out.printf("%s: %s%n", encoding, outcomes);
    assertThat(outcomes.getOrDefault(Outcome.REFUSED, 0)).as("lines refused of %d", LINES).isLessThan(LINES / 20);
  }

  private Outcome read(String line, byte[] bytes) {
    try {
      return reader.decode(bytes, "line.txt").text().equals(line) ? Outcome.READ : Outcome.WRONG;
    } catch (BadPageException e) {
      assertThat(e.getMessage()).startsWith("line.txt ").contains("Save it as UTF-8");
      return Outcome.REFUSED;
    }
  }
}
