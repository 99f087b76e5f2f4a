package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageReaderTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private final PageReader reader = new PageReader();

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of(StandardCharsets.UTF_8, new byte[0], "UTF-8"),
        Arguments.of(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
        Arguments.of(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"),
        Arguments.of(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
        Arguments.of(Charset.forName("GB18030"), new byte[0], "GB18030"));
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void shouldDecodeASeedPageInEveryEncodingToTheSameText(Charset charset, byte[] bom, String expected)
      throws Exception {
    String original = Files.readString(SEEDS.resolve("003_3fcea7782f4eb9a4.txt"));
    byte[] body = original.getBytes(charset);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    PageText text = reader.decode(bytes, "seed");

    assertThat(text.text()).isEqualTo(original);
    assertThat(text.charset()).isEqualTo(expected);
  }

  @Test
  void shouldDecodeBig5() throws Exception {
    String traditional = "本報訊 記者報道：縣政府今天召開會議，部署冬季防火工作。\n各鄉鎮負責人參加會議。\n";
    PageText text = reader.decode(traditional.getBytes("Big5"), "big5");
    assertThat(text.text()).isEqualTo(traditional);
    assertThat(text.charset()).isEqualTo("Big5");
  }

  @ParameterizedTest
  @MethodSource("utf16WithoutBom")
  void shouldDecodeUtf16WithoutAByteOrderMarkByItsNulBytes(Charset charset, String expected) throws Exception {
    // Given a seed page in UTF-16 with no byte-order mark: its line breaks and digits put NULs on one side of the pairs
    String original = Files.readString(SEEDS.resolve("001_87c94bae99bfe419.txt"));

    PageText text = reader.decode(original.getBytes(charset), "seed");

    assertThat(text.text()).isEqualTo(original);
    assertThat(text.charset()).isEqualTo(expected);
  }

  static Stream<Arguments> utf16WithoutBom() {
    return Stream.of(
        Arguments.of(StandardCharsets.UTF_16LE, "UTF-16LE"),
        Arguments.of(StandardCharsets.UTF_16BE, "UTF-16BE"));
  }

  @ParameterizedTest
  @MethodSource("shortLines")
  void shouldDecodeShortLinesOfGb18030AndBig5(String line, String charsetName) throws Exception {
    // Short lines are where detectors guessed: GB18030 and Big5 both decode them; the share of common characters decides
    PageText text = reader.decode(line.getBytes(charsetName), "line");

    assertThat(text.text()).isEqualTo(line);
    assertThat(text.charset()).isEqualTo(charsetName);
  }

  static Stream<Arguments> shortLines() {
    return Stream.of(
        Arguments.of("咸宁市召开冬季防火工作会议", "GB18030"),
        Arguments.of("本报讯（记者 周蓉）12月8日，", "GB18030"),
        Arguments.of("让政务服务提质增效", "GB18030"),
        Arguments.of("縣政府今天召開會議，部署冬季防火工作。", "Big5"),
        Arguments.of("本報訊 記者報道：各鄉鎮負責人參加會議", "Big5"));
  }

  @Test
  void shouldRejectTextInAnEncodingItDoesNotTake() {
    // Given Latin-1 text: not UTF-8, and no Chinese encoding decodes it
    byte[] latin1 = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise, d\u00e9j\u00e0 vu.\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> reader.decode(latin1, "menu.txt"))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("menu.txt")
        .hasMessageContaining("is not UTF-8, UTF-16, GB18030 or Big5 text");
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(new byte[0], "is empty"),
        Arguments.of("   \n\n ".getBytes(StandardCharsets.UTF_8), "only white space"),
        Arguments.of(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0}, "binary"),
        Arguments.of(pngHeaderAndNoise(), "binary"),
        Arguments.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3}, "byte-order mark"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void shouldRejectBadInputWithAClearMessage(byte[] bytes, String message) {
    assertThatThrownBy(() -> reader.decode(bytes, "bad.txt"))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("bad.txt")
        .hasMessageContaining(message);
  }

  /** The start of a PNG image followed by pixel bytes: NULs on both sides of the byte pairs. */
  private static byte[] pngHeaderAndNoise() {
    byte[] bytes = new byte[512];
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    System.arraycopy(header, 0, bytes, 0, header.length);
    java.util.Random random = new java.util.Random(6);
    for (int i = header.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? 0 : random.nextInt(256));
    }
    return bytes;
  }

  @Test
  void shouldRejectAFileOverTheSizeLimit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "新闻".repeat(100));
    assertThatThrownBy(() -> new PageReader(100).read(big))
        .isInstanceOf(BadPageException.class)
        .hasMessageContaining("more than the limit of 100");
  }

  @Test
  void shouldNamePagesFromThePathConvention(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("咸宁日报/2023-12-08/03.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "本报讯 今天下雪。\n");

    var page = new PageFiles(reader).read(file);

    assertThat(page.id()).isEqualTo("咸宁日报-2023-12-08-03");
    assertThat(page.paper()).isEqualTo("咸宁日报");
    assertThat(page.editionDate()).hasToString("2023-12-08");
    assertThat(page.pageNumber()).isEqualTo("03");
  }

  @Test
  void shouldNamePagesOutsideTheConventionByFileName() throws Exception {
    var page = new PageFiles(reader).read(SEEDS.resolve("000_5df28f67ff30171a.txt"));

    assertThat(page.id()).isEqualTo("000_5df28f67ff30171a");
    assertThat(page.paper()).isNull();
    assertThat(page.editionDate()).isNull();
    assertThat(page.charset()).isEqualTo("UTF-8");
  }
}
