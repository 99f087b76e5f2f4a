package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.junit.jupiter.api.Test;

/** The shipped type model: it loads, and it types the obvious cases a desk would never get wrong. */
class TypeModelTest {

  private static final TypeModel MODEL = TypeModel.shipped().orElseThrow();

  /**
   * An interview in questions and answers is a feature, though its introduction is an 编者按 and its interviewee says
   * 我们 five times: {@link TypeRefiner#isInterview}: a headline that calls it one and three turns.
   */
  @Test
  void anInterviewInQuestionsAndAnswersIsAFeature() {
    String text = "编者按：围绕今年的春耕生产，本报记者专访了县农业农村局局长。\n问：今年春耕准备得怎么样？\n"
        + "答：我们提前一个月调运种子化肥，全县农资供应充足。\n问：农民最关心什么？\n"
        + "答：大家最关心的是收购价格。我们要让农民种粮不吃亏。\n问：下一步有什么打算？\n答：我们将继续抓好高标准农田建设。";

    assertThat(type("专访县农业农村局局长：春耕备耕有底气", text)).isEqualTo(ArticleType.FEATURE);
  }

  @Test
  void aCommentatorsArticleIsCommentary() {
    String text = "形式主义是作风建设的顽疾。我们必须清醒看到，一些地方文山会海仍未根绝，基层干部疲于应付。"
        + "为基层减负，不能只停留在口号上，更要落实到行动中。只有把干部从繁文缛节中解放出来，才能让他们把心思用在"
        + "为群众办实事上。说到底，减负是为了更好地担当。我们要以钉钉子精神抓落实，让基层轻装上阵。";

    assertThat(MODEL.type(new TypeFeatures.Form(ArticleType.NEWS, "本报评论员：让基层干部轻装上阵", text,
        Byline.empty(), "本报评论员", 0, 0))).isEqualTo(ArticleType.COMMENTARY);
  }

  @Test
  void aJobAdvertisementIsANotice() {
    String text = "因业务发展需要，现面向社会公开招聘工作人员若干名。\n岗位\t人数\t要求\n会计\t2名\t大专以上学历\n"
        + "司机\t3名\t持证上岗\n报名时间：3月1日至3月15日\n联系人：王先生 电话：0716-8123456\n地址：荆州市沙市区北京路88号";

    assertThat(type("荆州市华兴实业有限公司招聘启事", text)).isEqualTo(ArticleType.NOTICE_AD);
  }

  @Test
  void aReportUnderADatelineIsNews() {
    String text = "本报讯（记者 李明 通讯员 张华）3月5日，全市春耕生产现场推进会在公安县召开。会议通报了全市春耕备耕进展，"
        + "截至目前，全市已调运种子1.2万吨、化肥8.6万吨，检修农机具3.1万台（套）。副市长王强出席会议并讲话。";

    assertThat(type("全市春耕生产现场推进会召开", text)).isEqualTo(ArticleType.NEWS);
  }

  @Test
  void aTypeTheLayoutGaveStandsWhereTheModelIsNotSure() {
    String text = "清晨六点，老周已经站在大棚里。二十年前他还是个泥瓦匠，如今是远近闻名的种菜能手。";
    TypeFeatures.Form form = new TypeFeatures.Form(ArticleType.FEATURE, "大棚里的种菜能手", text,
        Byline.empty(), null, 2, 0);

    // Given a threshold no probability reaches, the layout's type (through the rules) stands
    assertThat(MODEL.type(form, 1.01)).isEqualTo(TypeFeatures.rule(form)).isEqualTo(ArticleType.FEATURE);
    assertThat(MODEL.probabilities(form).values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void whereTheLayoutGaveNoTypeTheModelDecides() {
    TypeFeatures.Form bare = TypeFeatures.Form.ofText("全市春耕生产现场推进会召开", "会议在公安县召开。");
    String best = MODEL.probabilities(bare).keySet().stream().filter(TypeModel.WORDING_TYPES::contains)
        .findFirst().orElseThrow();

    // A bare text has only the rules' default: the model's most probable type of wording, at any threshold
    assertThat(MODEL.type(bare, 1.01).key()).isEqualTo(best);
  }

  @Test
  void withoutFurnitureTheModelGivesOnlyATypeOfWording() {
    // A short commentary whose column label the splitter did not attach: no credit, no pointer, no notice markers
    TypeFeatures.Form bare = TypeFeatures.Form.ofText("少开会多办事",
        "一年之计在于春。新年伊始，不少地方又忙着开各种各样的会议。会议当然是要开的，但开会不能代替落实。"
            + "有的同志一天到晚泡在会议里，哪有时间下基层、办实事？\n我看，少开一些会，多办一些事，群众才会满意。");

    // The model's view rests on length alone and says photo; a photo is told by its credit, which the rules read
    assertThat(MODEL.probabilities(bare).keySet().iterator().next()).isEqualTo("photo");
    assertThat(MODEL.type(bare, 0.9).key()).isIn(TypeModel.WORDING_TYPES).isNotEqualTo("photo");
  }

  @Test
  void theModelNeverTurnsAnotherTypeIntoFurniture() {
    // A poem the splitter read as one short block: the layout says other, the model says photo by its length
    TypeFeatures.Form poem = new TypeFeatures.Form(ArticleType.OTHER, "",
        "春天的歌李小雨春风吹绿了田野燕子飞回了屋檐孩子们在山坡上奔跑把风筝放上蓝天", Byline.empty(), null, 0, 0);

    assertThat(MODEL.probabilities(poem).keySet().iterator().next()).isEqualTo("photo");
    assertThat(MODEL.type(poem, 0.0)).isEqualTo(ArticleType.OTHER);
  }

  @Test
  void aSignedEssayIsAFeatureUnlessTheModelIsSure() {
    // Signed, no column: the layout says commentary for the signature; the rules read a memoir, and that stands
    TypeFeatures.Form essay = new TypeFeatures.Form(ArticleType.COMMENTARY, "故乡的年",
        "小时候，我最盼望的就是过年。那时候家里穷，一年到头难得吃上一顿肉。如今，我离开故乡已经三十多年了，可我总觉得"
            + "城里的年少了点什么。", new Byline(List.of(), List.of(), List.of("刘成"), List.of()), null, 0, 0);

    assertThat(TypeFeatures.rule(essay)).isEqualTo(ArticleType.FEATURE);
    assertThat(MODEL.type(essay, 1.0)).isEqualTo(ArticleType.FEATURE);
  }

  @Test
  void aCommentaryLabelIsEvidenceOfForm() {
    TypeFeatures.Form editorial = TypeFeatures.Form.ofText("坚定不移推进改革开放",
        "社论\n改革开放是决定当代中国命运的关键抉择。我们坚持以经济建设为中心，社会生产力得到了极大解放。"
            + "实践证明，只有改革开放，才能发展中国。\n新的一年里，我们要进一步解放思想，实事求是。"
            + "各级领导干部必须增强责任感和紧迫感，切实抓好各项改革措施的落实。");

    // The model reads the wording as a report's; the paper's label 社论 says otherwise and stands below the threshold
    assertThat(MODEL.probabilities(editorial).keySet().iterator().next()).isEqualTo("news");
    assertThat(MODEL.type(editorial, 0.9)).isEqualTo(ArticleType.COMMENTARY);
  }

  @Test
  void theShippedModelKnowsEveryTypeAndIsSmall() throws Exception {
    assertThat(MODEL.types()).containsAll(
        List.of("news", "feature", "commentary", "photo", "teaser", "notice_ad", "other"));
    try (var in = TypeModel.class.getResourceAsStream(TypeModel.RESOURCE)) {
      assertThat(in.readAllBytes().length).isLessThan(1_000_000);
    }
  }

  @Test
  void aFileThatIsNotATypeModelIsRefused() {
    assertThatThrownBy(() -> TypeModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .hasMessageContaining("not a type model");
  }

  @Test
  void theEnricherUsesTheModel() {
    Article article = article().headline("荆州市华兴实业有限公司招聘启事")
        .text("现面向社会公开招聘会计2名、司机3名。报名电话：0716-8123456，地址：荆州市沙市区北京路88号。"
            + "待遇从优，欢迎咨询。")
        .build();

    assertThat(TypeFeatures.Form.of(article).layout()).isEqualTo(ArticleType.NEWS);
    assertThat(MODEL.type(TypeFeatures.Form.of(article))).isEqualTo(ArticleType.NOTICE_AD);
  }

  @Test
  void theEnricherKeepsALayoutTypeUnderItsThreshold() {
    Article report = article().type(ArticleType.FEATURE).headline("全市春耕生产现场推进会召开")
        .text("本报讯（记者张明华）3月5日，全市春耕生产现场推进会在公安县召开。会议要求，各地要抓好种子、化肥调运，"
            + "确保春耕生产顺利进行。副市长出席会议并讲话。")
        .build();
    TypeFeatures.Form form = TypeFeatures.Form.of(report);
    Page page = Page.of("p", "p.txt", report.headline() + "\n" + report.text());
    ArticleType best = ArticleType.fromKey(MODEL.probabilities(form).keySet().iterator().next());
    assertThat(best).isNotEqualTo(ArticleType.FEATURE);

    // The layout said feature: the model's type comes through at threshold 0, never at 1
    assertThat(Enricher.create(EnricherConfig.defaults().withMinTypeProbability(0)).enrich(report, page).type())
        .isEqualTo(best);
    assertThat(Enricher.create(EnricherConfig.defaults().withMinTypeProbability(1)).enrich(report, page).type())
        .isEqualTo(TypeFeatures.rule(form));
    assertThatThrownBy(() -> EnricherConfig.defaults().withMinTypeProbability(-0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minTypeProbability");
  }

  private static ArticleType type(String headline, String text) {
    return MODEL.type(TypeFeatures.Form.of(article().headline(headline).text(text).build()));
  }

  /** An article as the splitter writes one whose layout says nothing more than news. */
  private static Article.Builder article() {
    return Article.builder().id("p-1").pageId("p").ordinal(1).type(ArticleType.NEWS)
        .provenance(new Provenance("p.txt", List.of(LineRange.of(1))));
  }
}
