package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inkstream.core.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HanScriptTest {

  static Stream<Arguments> texts() throws IOException {
    return Stream.of(
        // a traditional-character report, as a Hong Kong or Taiwan paper prints it
        Arguments.of("本報訊 記者報道：縣政府今天召開會議，部署冬季防火工作。各鄉鎮負責人參加會議。", Page.TRADITIONAL),
        // the same report in simplified characters
        Arguments.of("本报讯 记者报道：县政府今天召开会议，部署冬季防火工作。各乡镇负责人参加会议。", Page.SIMPLIFIED),
        // a simplified page that quotes one traditional shop sign stays simplified
        Arguments.of("本报讯 老街上的“長樂”招牌已有百年历史，市民纷纷前来参观，这里成为网红打卡点。", Page.SIMPLIFIED),
        // characters both scripts print tell nothing
        Arguments.of("2023年12月8日 星期五 第3版", null),
        Arguments.of("Page 3 / 12", null),
        // every seed page is a simplified mainland paper
        Arguments.of(seed("000_5df28f67ff30171a.txt"), Page.SIMPLIFIED),
        Arguments.of(seed("003_3fcea7782f4eb9a4.txt"), Page.SIMPLIFIED));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void shouldTellTheScriptByCharactersOnlyOneScriptPrints(String text, String expected) {
    assertThat(HanScript.of(text)).isEqualTo(expected);
  }

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of("..", "seeds", name));
  }
}
