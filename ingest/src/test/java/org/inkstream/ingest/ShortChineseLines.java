package org.inkstream.ingest;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random short lines of real Chinese: windows of 10 to 40 characters (Han characters and Chinese punctuation) from the
 * seed pages, in simplified characters as printed, or converted to traditional ones (ICU's Simplified-Traditional
 * transliterator) for Big5, which has no simplified characters.
 */
final class ShortChineseLines {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String PUNCTUATION = "，。、：；“”（）《》！？";

  private final String corpus = corpus();
  private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

  /** A simplified line of 10 to 40 characters. */
  String simplified(Random random) {
    int length = 10 + random.nextInt(31);
    int start = random.nextInt(corpus.length() - length);
    return corpus.substring(start, start + length);
  }

  /** A traditional line of 10 to 40 characters that Big5 can encode. */
  String traditional(Random random) {
    while (true) {
      String line = toTraditional.transliterate(simplified(random));
      if (BIG5.newEncoder().canEncode(line)) {
        return line;
      }
    }
  }

  private static String corpus() {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> pages = Files.list(SEEDS)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.readString(page).codePoints().filter(ShortChineseLines::isChinese).forEach(text::appendCodePoint);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed pages in " + SEEDS.toAbsolutePath(), e);
    }
    return text.toString();
  }

  private static boolean isChinese(int c) {
    return (c >= 0x4E00 && c <= 0x9FA5) || PUNCTUATION.indexOf(c) >= 0;
  }
}
