package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {

  /** Two reports whose headlines are printed after their bodies, as some papers' column order makes them read. */
  private static final String TRAILING = """
      本报讯（记者 王明）市政府昨日召开防汛工作会议，部署全市防汛抗旱工作。会议要求各地做好准备。
      会议指出，今年汛期降雨偏多，防汛抗旱形势严峻，各部门要压实责任。
      全市部署防汛抗旱工作

      本报讯（记者 李华）高新区新建学校今秋开学，可提供学位三千个。
      新建学校配备了现代化的教学设施，教师队伍已经到位。
      高新区新建学校今秋开学
      """;

  /** The same reports with their headlines first. */
  private static final String LEADING = """
      全市部署防汛抗旱工作
      本报讯（记者 王明）市政府昨日召开防汛工作会议，部署全市防汛抗旱工作。会议要求各地做好准备。
      会议指出，今年汛期降雨偏多，防汛抗旱形势严峻，各部门要压实责任。

      高新区新建学校今秋开学
      本报讯（记者 李华）高新区新建学校今秋开学，可提供学位三千个。
      新建学校配备了现代化的教学设施，教师队伍已经到位。
      """;

  @Test
  void aHeadlineAfterItsBodyLooksBackAndTheDatelineUnderItKnows() {
    List<LineFeatures.Row> rows = LineFeatures.of(TRAILING);
    assertThat(rows.get(2).features()).contains("block=before", "pageside=trail|kind=TITLE");
    assertThat(rows.get(3).features()).contains("blockabove=before", "blockabove|kind=before|DATELINE");
  }

  @Test
  void aHeadlineBeforeItsBodyLooksAhead() {
    List<LineFeatures.Row> rows = LineFeatures.of(LEADING);
    assertThat(rows.get(0).features()).contains("block=after", "pageside=lead|kind=TITLE");
    assertThat(rows.get(3).features()).contains("block=after");
  }

  @Test
  void aPointerEndingTheLinesAboveIsSeenBelowThem() {
    List<LineFeatures.Row> rows = LineFeatures.of("塞尔比刚在国锦赛输给罗伯逊，\n这么快就得到了复仇的机会（见第三\n版）\n汪明荃听闻金庸离世很不舍\n");
    assertThat(rows.get(3).features()).contains("pointer-above=POINTS_TO");
    assertThat(rows.get(1).features()).noneMatch(f -> f.startsWith("pointer-above"));
  }

  @Test
  void theSecondStageReadsWhichWayTheFirstStagesHeadlinesStand() {
    List<List<String>> features = Stream.generate(() -> List.of("kind=BODY")).limit(6).toList();
    List<LineLabel> trailing = labels("B-BODY", "I-BODY", "I-TITLE", "B-BODY", "I-BODY", "I-TITLE");
    List<LineLabel> leading = labels("B-TITLE", "I-BODY", "I-BODY", "B-TITLE", "I-BODY", "I-BODY");

    List<List<String>> afterTrailing = LineFeatures.secondStage(features, trailing);
    assertThat(afterTrailing.get(0)).contains("kind=BODY", "s1orient=trail", "s1=B-BODY", "s1+1=I-BODY");
    assertThat(afterTrailing.get(2)).contains("s1since=2", "s1length=3-5", "s1body|kind=true|BODY");
    assertThat(LineFeatures.secondStage(features, leading).get(4)).contains("s1orient=lead", "s1-1=B-TITLE",
        "s1title|kind=true|BODY");
  }

  @Test
  void theSecondStageNeedsALabelForEveryLine() {
    assertThatThrownBy(() -> LineFeatures.secondStage(List.of(List.of("kind=BODY")), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 lines but 0 labels");
  }

  private static List<LineLabel> labels(String... keys) {
    return Stream.of(keys).map(LineLabel::parse).toList();
  }
}
