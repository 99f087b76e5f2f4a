package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wording features that tell a feature, a guide or an interview from a report, whatever the paper. */
class TypeFeaturesTest {

  @Test
  void aReportStatesItsPegInTheFirstSentence() {
    assertThat(features("", "新华社北京3月5日电 全国人大会议今天上午开幕。代表们审议政府工作报告。"))
        .doesNotContainKey("opening:no_peg");
    assertThat(features("", "阿里巴巴周一宣布，将在杭州建设新园区。"))
        .doesNotContainKey("opening:no_peg");
  }

  @Test
  void aFeatureOpeningWithAStatementOrASceneHasNoPeg() {
    Map<String, Double> f = features("", "湿地是候鸟迁徙的重要驿站。初春时节，走进城郊的湖畔，水面波光粼粼。");

    assertThat(f).containsKeys("opening:no_peg", "opening:scene");
  }

  @Test
  void aSceneIsNotReadDeepInTheText() {
    String report = "市政府昨天召开常务会议，研究部署冬季供暖工作。" + "会议指出".repeat(30) + "傍晚时分，会议结束。";

    assertThat(features("", report)).doesNotContainKey("opening:scene");
  }

  @Test
  void aQuestionToTheReaderOpensAFeatureOrAGuide() {
    assertThat(features("", "说起老街，你会想到什么？青石板路，还是巷口的茶馆？"))
        .containsKeys("opening:question", "companion");
  }

  @Test
  void aPersonDrawnByAgeIsAProfile() {
    assertThat(features("", "从医五十多年，他常年辗转牧区。71岁的他已经退休十多年了。")).containsKey("profile");
    assertThat(features("", "王秀兰，生于1962年，山东临沂人。")).containsKey("profile");
    assertThat(features("", "会议由副市长主持，全市12个部门参加。")).doesNotContainKey("profile");
  }

  @Test
  void aGuideIsToldByItsHeadlineAndItsAdvice() {
    Map<String, Double> f = features("冬季如何预防感冒", "专家建议，注意保暖，避免受凉，最好多喝水，不要熬夜，饮食要适量。");

    assertThat(f).containsKeys("headline:guide", "advice:>=5");
  }

  @Test
  void aBroadcastersSeriesNamesItself() {
    assertThat(features("【伟大征程】铭记烽火历史", "今天（6月13日）的《伟大征程》系列节目，我们一起回望那段烽火岁月。"))
        .containsKeys("series_note", "companion", "headline:series");
  }

  @Test
  void anInterviewHasSpeakersTurnsAfterQuestions() {
    String text = "记者：今年春耕准备得怎么样？局长：我们提前调运了种子。记者：农民最关心什么？局长：收购价格。";

    Map<String, Double> f = features("专访县农业农村局局长", text);

    assertThat(f).containsKeys("speaker_turns:>=4", "question_answer:<3");
  }

  @Test
  void theFirstSentenceEndsAtItsFirstStopAndIsCapped() {
    assertThat(TypeFeatures.firstSentence("第一句。第二句。")).isEqualTo("第一句。");
    assertThat(TypeFeatures.firstSentence("没有句号".repeat(40))).hasSize(120);
  }

  private static Map<String, Double> features(String headline, String text) {
    return TypeFeatures.of(TypeFeatures.Form.ofText(headline, text));
  }
}
