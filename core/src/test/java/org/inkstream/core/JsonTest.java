package org.inkstream.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static Article article() {
    return Article.builder()
        .id("p-01").pageId("p").ordinal(1).type(ArticleType.COMMENTARY)
        .headline("让政务服务提质增效").kicker("“双优化”攻坚战")
        .byline(new Byline(List.of("周蓉", "陈丹"), List.of("宋富毅"), List.of(), List.of()))
        .jump(new Jump(List.of("第二版"), List.of(), List.of()))
        .text("本报讯 正文。")
        .provenance(new Provenance("p.txt", List.of(new LineRange(4, 59), LineRange.of(61))))
        .editionDate(LocalDate.of(2023, 12, 8))
        .topics(List.of(new TopicScore("governance", 0.8)))
        .build();
  }

  @Test
  void shouldWriteSnakeCaseFieldsLineRangesAsPairsAndIsoDates() {
    String json = Json.write(article());

    assertThat(json)
        .contains("\"page_id\":\"p\"", "\"type\":\"commentary\"", "\"lines\":[[4,59],[61,61]]",
            "\"edition_date\":\"2023-12-08\"", "\"continues_to\":[\"第二版\"]", "\"reporters\":[\"周蓉\",\"陈丹\"]")
        .doesNotContain("\"empty\"", "\"agency\"", "pageId");
  }

  @Test
  void shouldReadBackWhatItWrote() {
    Article article = article();
    assertThat(Json.read(Json.write(article), Article.class)).isEqualTo(article);
  }

  @Test
  void shouldSayWhichRecordIsInvalid() {
    assertThatThrownBy(() -> Json.read("{\"id\":\"x\"}", Page.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a valid Page record");
    assertThatThrownBy(() -> Json.read("[1,", Article.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a valid Article record");
  }

  @Test
  void shouldCoalesceLinesIntoRanges() {
    assertThat(LineRange.coalesce(List.of(7, 3, 4, 5, 9, 8, 4)))
        .containsExactly(new LineRange(3, 5), new LineRange(7, 9));
    assertThat(LineRange.coalesce(List.of())).isEmpty();
  }
}
