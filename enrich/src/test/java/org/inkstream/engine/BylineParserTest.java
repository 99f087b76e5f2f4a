package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.inkstream.core.Byline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("bylines")
  void readsNamesByRole(String text, List<String> reporters, List<String> correspondents, List<String> authors) {
    Byline byline = BylineParser.parse(text);
    assertThat(byline.reporters()).isEqualTo(reporters);
    assertThat(byline.correspondents()).isEqualTo(correspondents);
    assertThat(byline.authors()).isEqualTo(authors);
  }

  static Stream<Arguments> bylines() {
    return Stream.of(
        // names glued to their role words
        Arguments.of("记者钱进 通讯员吴双", List.of("钱进"), List.of("吴双"), List.of()),
        // spaces between role and name, two correspondents
        Arguments.of("记者 钱进 通讯员 吴双 郑和", List.of("钱进"), List.of("吴双", "郑和"), List.of()),
        // a staff reporter line with two names
        Arguments.of("本报记者 冯华 陈晨", List.of("冯华", "陈晨"), List.of(), List.of()),
        // another paper's reporters behind a box glyph
        Arguments.of("□ 人民日报记者 严冬 王立 通讯员 周方", List.of("严冬", "王立"), List.of("周方"), List.of()),
        // a closing credit in brackets
        Arguments.of("（记者 杜明 通讯员 徐亮）", List.of("杜明"), List.of("徐亮"), List.of()),
        // trainee reporter
        Arguments.of("见习记者王荣 通讯员李丛", List.of("王荣"), List.of("李丛"), List.of()),
        // a transcribed name keeps its middle dot
        Arguments.of("记者 阿依古丽·买买提 通讯员 王强", List.of("阿依古丽·买买提"), List.of("王强"), List.of()),
        // a bare name is the author
        Arguments.of("许文", List.of(), List.of(), List.of("许文")),
        // a photo credit names the photographer, who is the reporter here
        Arguments.of("记者 郑丽 摄", List.of("郑丽"), List.of(), List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"本报记者 周萱", "记者王雁博 通讯员谢秀芳 唐兵", "□ 光明日报记者 严德 王建 通讯员 周龙", "记者叶和平 通讯员 王晓芬",
      "本报记者 阿依古丽·买买提"})
  void recognisesStandaloneBylines(String text) {
    assertThat(BylineParser.isStandalone(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"记者昨日从市政务服务和大数据管理局获悉,继去年9月在全省率先开展", "记者来到了现场采访了群众和干部们",
      "培根铸魂,筑起信仰坚定之城"})
  void sentencesAboutReportersAreNotBylines(String text) {
    assertThat(BylineParser.isStandalone(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"（原载12月 10日《光明日报》）", "(记者 杜培清 通讯员 徐世江)"})
  void recognisesClosingCredits(String text) {
    assertThat(BylineParser.isClosingCredit(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"（详见第二版）", "(2023年12月)"})
  void otherBracketsAreNotCredits(String text) {
    assertThat(BylineParser.isClosingCredit(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"（本报讯）", "（本报阿布扎比１月１日电）", "(新华社北京3月5日电)"})
  void aDatelineInBracketsAtTheEndCreditsNoOne(String text) {
    assertThat(BylineParser.isClosingCredit(text)).isTrue();
    assertThat(BylineParser.parse(text).isEmpty()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void reprintNoteNamesThePaper() {
    assertThat(BylineParser.organisation("（原载12月10日《光明日报》）")).contains("光明日报");
    assertThat(BylineParser.organisation("□ 光明日报记者 严德勇")).contains("光明日报");
    assertThat(BylineParser.organisation("本报记者 周萱")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void photoCreditAtTheEndOfACaption() {
    String caption = "市民在广场观展。 记者 陈红 摄";
    int start = BylineParser.photoCreditStart(caption);
    assertThat(caption.substring(0, start)).isEqualTo("市民在广场观展。");
    assertThat(BylineParser.photoCreditStart("市民在广场观展。")).isEqualTo(-1);
  }
}
