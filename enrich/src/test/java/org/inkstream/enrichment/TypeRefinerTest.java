package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.junit.jupiter.api.Test;

class TypeRefinerTest {

  @Test
  void seedItemsGetTheirGoldTypeFromContentAlone() {
    int refinable = 0;
    int right = 0;
    int wronglyOverridden = 0;
    for (SeedGold.Item item : SeedGold.items()) {
      // Given the layout said "news" for every item, as a splitter without content evidence would
      ArticleType refined = refine(ArticleType.NEWS, item);
      System.out.printf("%s %-10s gold=%s got=%s%n", item.page().id().substring(0, 3), item.goldId(),
          item.goldType(), refined);
      if (List.of(ArticleType.COMMENTARY, ArticleType.PHOTO, ArticleType.NOTICE_AD, ArticleType.TEASER)
          .contains(item.goldType())) {
        refinable++;
        right += refined == item.goldType() ? 1 : 0;
      } else if (refined != ArticleType.NEWS) {
        wronglyOverridden++;
      }
    }
    System.out.printf("content types found: %d of %d; wrong overrides: %d%n", right, refinable, wronglyOverridden);
    assertThat(right).isGreaterThanOrEqualTo(refinable - 1);
    assertThat(wronglyOverridden).isLessThanOrEqualTo(1);
  }

  @Test
  void keepsTheLayoutTypeWithoutStrongEvidence() {
    String report = "本报讯(记者周阳)11月3日,市委副书记、市长王远鹤主持召开市政府常务会议。我们要应当必须。";

    // a dateline makes it a report, whatever opinion words a quoted speech contains
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "会议", report, Byline.empty(), null))
        .isEqualTo(ArticleType.NEWS);
  }

  @Test
  void columnNameMakesACommentary() {
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "让干部更好服务群众", "基层减负，干部才能腾出手来。",
        Byline.empty(), "香城时评")).isEqualTo(ArticleType.COMMENTARY);
  }

  @Test
  void shortTextWithPhotoCreditIsAPhoto() {
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "地球日主题宣传",
        "4月22日是世界地球日。当天上午,市民在广场参观展板。记者 杜培清 摄", Byline.empty(), null))
        .isEqualTo(ArticleType.PHOTO);
  }

  private static ArticleType refine(ArticleType layout, SeedGold.Item item) {
    return TypeRefiner.refineType(layout, ChineseText.forAnalysis(item.article().headline()),
        ChineseText.forAnalysis(item.article().text()), item.article().byline(), item.article().column());
  }
}
