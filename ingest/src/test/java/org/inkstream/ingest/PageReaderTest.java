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

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(new byte[0], "is empty"),
        Arguments.of("   \n\n ".getBytes(StandardCharsets.UTF_8), "only white space"),
        Arguments.of(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0}, "binary"),
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
