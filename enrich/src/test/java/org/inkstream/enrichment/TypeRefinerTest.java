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
      } else if (refined != ArticleType.NEWS && refined != item.goldType()) {
        // A feature the page names as one (侧记) is typed from content too; only a wrong type is an override
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

  /** A leader's visit report without a dateline: the 必须 and 要 are the leader's, and it stays a report. */
  @Test
  void opinionWordsInReportedSpeechAreNotTheWriters() {
    String visit = "5月20日，省委书记在我市调研乡村振兴工作。他强调，必须把粮食安全放在首位，要让农民腰包鼓起来。"
        + "他指出，各级干部必须深入基层，我们要以更大力度推进改革，才能不负群众期待。他要求，要抓好春耕生产。";
    String essay = "减负不能一减了之。我们要看到，基层干部必须从文山会海中解脱出来，才能把精力放在群众身上。"
        + "说到底，减负需要制度保障，更要久久为功。";

    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "省委书记来我市调研", visit, Byline.empty(), null))
        .isEqualTo(ArticleType.NEWS);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "减负要减到实处", essay, Byline.empty(), null))
        .isEqualTo(ArticleType.COMMENTARY);
  }

  /**
   * A dateline dates a report where it stands, at the opening, or where the splitter took it off the text (the
   * article's agency); a news source named further in (据新华社消息) dates nothing.
   */
  @Test
  void onlyADatelineAtTheOpeningOrTheSplittersDatesAnArticle() {
    String essay = "减负不能一减了之。我们要看到，基层干部必须从文山会海中解脱出来，才能把精力放在群众身上。"
        + "据新华社消息，多地已出台减负措施。说到底，减负需要制度保障，更要久久为功。";

    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "减负要减到实处", essay, Byline.empty(), null))
        .isEqualTo(ArticleType.COMMENTARY);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "减负要减到实处", "本报讯 " + essay, Byline.empty(), null))
        .isEqualTo(ArticleType.NEWS);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "减负要减到实处", essay, Byline.empty(), null, "本报讯"))
        .isEqualTo(ArticleType.NEWS);
  }

  @Test
  void aSpeechPrintedInFullIsOtherAndAReportOfOneIsNot() {
    String speech = "同志们：今天我们召开全市经济工作会议，主要任务是总结今年工作，部署明年任务。";
    String report = "会议期间，多国人士表示，习近平主席的致辞为各国合作指明了方向。";

    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "在全市经济工作会议上的讲话", "今年以来，全市上下齐心协力。",
        Byline.empty(), null)).isEqualTo(ArticleType.OTHER);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "坚定信心 奋发作为", speech, Byline.empty(), null))
        .isEqualTo(ArticleType.OTHER);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "坚定信心 奋发作为", "\n\t" + speech, Byline.empty(), null))
        .isEqualTo(ArticleType.OTHER);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "国际人士高度评价习近平主席在峰会上的致辞", report,
        Byline.empty(), null)).isEqualTo(ArticleType.NEWS);
  }

  @Test
  void aHeadlineThatNamesTheSpeechByItsKindMakesItASpeech() {
    String address = "（十二月三十一日）\n同胞们，朋友们：再过几个小时，我们就要迎来新的一年。在这辞旧迎新的时刻，我向全省人民致以祝贺。";

    // the subtitle says what the text is (a feature's layout, for the subtitle's dash) and the text opens on its audience
    assertThat(TypeRefiner.refineType(ArticleType.FEATURE, "携手迈向新的一年\n——二〇二四年新年贺词", address,
        Byline.empty(), null)).isEqualTo(ArticleType.OTHER);
    assertThat(TypeRefiner.refineType(ArticleType.FEATURE, "携手迈向新的一年——二〇二四年新年讲话",
        "再过几个小时，我们就要迎来新的一年。", Byline.empty(), null)).isEqualTo(ArticleType.OTHER);
    // a headline that reports the speech: someone studies it, or gives it
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "各地干部群众认真学习新年讲话",
        "连日来，各地干部群众认真学习新年讲话。", Byline.empty(), null)).isEqualTo(ArticleType.NEWS);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "省长发表新年贺词", "省长今天发表新年贺词。",
        Byline.empty(), null)).isEqualTo(ArticleType.NEWS);
  }

  @Test
  void aSignedTextThatRemembersIsAnEssayAndOneThatArguesIsCommentary() {
    Byline author = new Byline(List.of(), List.of(), List.of("刘成"), List.of());
    String essay = "小时候，我最盼望的就是过年。那时候家里穷，一年到头难得吃上一顿肉。\n如今，我离开故乡已经三十多年了，"
        + "可我总觉得城里的年少了点什么。";
    String argued = "农业是国民经济的基础，任何时候都不能动摇。我们必须清醒地看到，农业基础仍然薄弱。各级党委和政府要把农业放在"
        + "经济工作的首位，应当增加投入，必须稳定政策。";

    assertThat(TypeRefiner.refineType(ArticleType.COMMENTARY, "故乡的年", essay, author, null))
        .isEqualTo(ArticleType.FEATURE);
    assertThat(TypeRefiner.refineType(ArticleType.COMMENTARY, "把农业放在首位", argued, author, null))
        .isEqualTo(ArticleType.COMMENTARY);
    // under a column the paper says what it is
    assertThat(TypeRefiner.refineType(ArticleType.COMMENTARY, "故乡的年", essay, author, "今日谈"))
        .isEqualTo(ArticleType.COMMENTARY);
  }

  @Test
  void anInterviewIsAFeatureAndQuestionsAndAnswersAloneAreNot() {
    String turns = "问：今年的工作重点是什么？\n答：我们抓好三件事。\n问：难点在哪里？\n答：资金和人才。";

    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "专访市文旅局局长：留住游客靠服务", turns, Byline.empty(), null))
        .isEqualTo(ArticleType.FEATURE);
    assertThat(TypeRefiner.interviewTurns(turns.replace("\n", "\n\t"))).isEqualTo(4);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "国家统计局新闻发言人答记者问", turns, Byline.empty(), null))
        .isEqualTo(ArticleType.NEWS);
    assertThat(TypeRefiner.refineType(ArticleType.NEWS, "冬季取暖安全知识问答", turns, Byline.empty(), null))
        .isEqualTo(ArticleType.NEWS);
  }

  @Test
  void aHeadlineThatNamesAFeaturesGenreMakesAFeature() {
    String report = "本报记者 王丽 这几天，村里的广场上天天有人排练。老支书说，今年的节目都是村民自己编的。";

    for (String headline : List.of("田埂上的“土专家”——记县农技站站长刘建华", "两会侧记：代表们的“民生账本”",
        "新闻特写：凌晨三点的菜市场", "春耕见闻：合作社里的新农机", "护林员手记", "——一个移民村的十年纪实",
        "档案里的旧城——访市档案馆", "雪域纪行", "——冰雪健儿参赛追记")) {
      assertThat(TypeRefiner.refineType(ArticleType.NEWS, headline, report, Byline.empty(), null))
          .as(headline).isEqualTo(ArticleType.FEATURE);
    }
    // A reporter in a subtitle's byline, a documentary genre named as such and a reporter's visit are no genre label
    for (String headline : List.of("全县春耕生产全面展开——记者 王丽", "长篇纪实文学《大江》出版",
        "记者探访受灾最重的村庄", "小记者走进消防队", "代表团结束访问——访问期间双方签署协议")) {
      assertThat(TypeRefiner.refineType(ArticleType.NEWS, headline, report, Byline.empty(), null))
          .as(headline).isEqualTo(ArticleType.NEWS);
    }
  }

  private static ArticleType refine(ArticleType layout, SeedGold.Item item) {
    return TypeRefiner.refineType(layout, ChineseText.forAnalysis(item.article().headline()),
        ChineseText.forAnalysis(item.article().text()), item.article().byline(), item.article().column());
  }
}
