package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inkstream.core.TopicScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicFilerTest {

  private static final TopicModel MODEL = TopicModel.shipped().orElseThrow();
  private static final String HEADLINE = "晶石湾片区启动新一轮整治";
  private static final String BODY = "本报讯 昨日，晶石湾片区整治推进会召开。会议要求，晶石湾沿线各单位抓紧落实，"
      + "确保晶石湾片区整治按期完成。";

  private static TopicFiler filer(Taxonomy taxonomy) {
    return new TopicFiler(new TopicClassifier(taxonomy), MODEL, EnricherConfig.DEFAULT_MIN_TOPIC_PROBABILITY,
        TopicFiler.Weights.DEFAULT);
  }

  @Test
  void shippedModelKnowsTheTopicsThePublicCorporaHave() {
    assertThat(MODEL.topics()).contains("sports", "international", "economy", "health", "military")
        .allSatisfy(topic -> assertThat(Taxonomy.standard().keys()).contains(topic));
  }

  /** The team steers without retraining: a term added to their taxonomy file moves the articles that name it. */
  @Test
  void aTermAddedToACustomTaxonomyMovesTheArticlesItNames(@TempDir Path dir) throws Exception {
    List<TopicScore> before = filer(Taxonomy.standard()).file(HEADLINE, BODY);
    assertThat(before).noneMatch(t -> t.key().equals("environment") && t == before.get(0));

    Path custom = taxonomyWithTerm(dir, "environment", "晶石湾");
    List<TopicScore> after = filer(Taxonomy.read(custom)).file(HEADLINE, BODY);

    assertThat(after).isNotEmpty();
    assertThat(after.get(0).key()).isEqualTo("environment");
    // an article that does not name the term keeps its topic
    String other = "全市中小学开学第一课";
    String otherBody = "新学期开学，全市中小学开展开学第一课活动，学生们走进课堂。";
    assertThat(filer(Taxonomy.read(custom)).file(other, otherBody))
        .isEqualTo(filer(Taxonomy.standard()).file(other, otherBody));
  }

  @Test
  void aTopicTheModelNeverSawIsFiledByItsTerms(@TempDir Path dir) throws Exception {
    Taxonomy custom = taxonomy(dir, """
        {"topics": [
          {"key": "weather", "terms": {"4": ["气温", "降雨", "寒潮"]}},
          {"key": "sports", "terms": {"2": ["比赛"]}}]}
        """);

    List<TopicScore> topics = filer(custom).file("寒潮来袭 气温骤降", "受寒潮影响，明日气温下降，局地有降雨。");

    assertThat(topics.get(0).key()).isEqualTo("weather");
  }

  /**
   * A topic the model was never trained on (politics) gets no more of the model's share than the model leaves beside
   * its best topic: one politics term (会见) does not outweigh a model all but certain of international news.
   */
  @Test
  void aTopicTheModelNeverSawDoesNotOutweighAModelThatIsSure() {
    TopicFiler filer = filer(Taxonomy.standard());

    assertThat(MODEL.probabilities("普京会见拜登", "").get("international")).isGreaterThan(0.99);
    assertThat(filer.file("普京会见拜登", "").get(0).key()).isEqualTo("international");
    // where the model is unsure, the same term files a home meeting under politics
    assertThat(filer.file("市委书记会见劳模代表", "").get(0).key()).isEqualTo("politics");
  }

  /** A report set abroad is international news even when its words are an economy report's. */
  /** The gold convention files the leadership's diplomacy under politics (seeds/README.md: leadership affairs). */
  @Test
  void aLeadersDiplomacyIsLeadershipAffairsButForeignLeadersMeetingIsForeignNews() {
    TopicFiler filer = filer(Taxonomy.standard());

    assertThat(MODEL.probabilities("朱镕基会见普京", "").get("international")).isGreaterThan(0.99);
    assertThat(filer.file("朱镕基会见普京", "").get(0).key()).isEqualTo("politics");
    assertThat(filer.file("", "习近平同巴西总统卢拉举行会谈。双方同意深化合作。").get(0).key()).isEqualTo("politics");
    assertThat(filer.file("普京会见拜登", "").get(0).key()).isEqualTo("international");
    assertThat(filer.file("朱镕基在莫斯科参观", "").get(0).key()).isEqualTo("international");
  }

  @Test
  void anArticleSetAbroadIsFiledInternational() {
    String headline = "德国9月工业产出环比下降";
    String body = "德国联邦统计局7日公布的数据显示，德国9月工业产出环比下降1.4%。德国经济部表示，"
        + "能源价格高企拖累德国制造业。法国和意大利同期工业产出持平。";
    TopicFiler filer = filer(Taxonomy.standard());

    assertThat(filer.file(headline, body).get(0).key()).isEqualTo("economy");
    assertThat(filer.file(headline, body, List.of("德国", "法国", "意大利")).get(0).key()).isEqualTo("international");
    // named in passing, a country sets nothing
    assertThat(filer.file("我市工业产出环比下降", "本报讯 我市9月工业产出环比下降1.4%，对德国出口减少。",
        List.of("德国")).get(0).key()).isEqualTo("economy");
  }

  /** A report from foreign capitals that never names their countries is set abroad too: the setting counts. */
  @Test
  void anArticleSetInForeignCitiesIsFiledInternational() {
    String headline = "柏林9月工业产出环比下降";
    String body = "柏林市统计局7日公布的数据显示，柏林9月工业产出环比下降1.4%。柏林方面表示，"
        + "能源价格高企拖累柏林制造业。巴黎和罗马同期工业产出持平。";
    TopicFiler filer = filer(Taxonomy.standard());

    double unplaced = filer.probabilities(headline, body, List.of()).get("international");
    double abroad = filer.probabilities(headline, body, List.of("柏林", "巴黎", "罗马")).get("international");
    double atHome = filer.probabilities(headline, body, List.of("武汉", "咸宁", "赤壁")).get("international");

    assertThat(abroad).isGreaterThan(2 * unplaced);
    assertThat(atHome).isEqualTo(unplaced);
  }

  /**
   * National papers name foreign countries by one character before an office (美方, 苏外长, 以军): a report whose
   * places are all at home by the lists, or none, is still set abroad.
   */
  @Test
  void aCountryNamedByItsAbbreviationSetsAReportAbroad(@TempDir Path dir) throws Exception {
    Taxonomy custom = taxonomy(dir, """
        {"topics": [
          {"key": "international", "abroad_weight": 20, "terms": {"3": ["国际"]}},
          {"key": "economy", "terms": {"3": ["关税"]}}]}
        """);
    // no model: the taxonomy's terms and the setting alone decide
    TopicFiler filer = new TopicFiler(new TopicClassifier(custom), null, 0.3, TopicFiler.Weights.DEFAULT);

    assertThat(filer.file("美政府宣布加征关税", "美政府当天宣布加征关税，美商务部长称将保护钢铁企业。").get(0).key())
        .isEqualTo("international");
    assertThat(filer.file("省政府宣布加征关税", "省政府当天宣布加征关税，省商务厅长称将保护钢铁企业。").get(0).key())
        .isEqualTo("economy");
  }

  @Test
  void oneCharacterCountriesCountOnlyBeforeAnOfficeAndOutsideAWord() {
    assertThat(AbbreviatedCountries.mentions("美方表示，俄军和乌军在前线交火，中美关系，苏外长，以总理")).isEqualTo(6);
    assertThat(AbbreviatedCountries.mentions("江苏政府，司法当局，可以方便，南方，增加军费，美丽，日方面，今日方向"))
        .isZero();
  }

  @Test
  void anArticleSetAtHomeIsNotMovedByTheCountriesItMentions() {
    String headline = "我市外贸进出口稳中有升";
    String body = "本报讯 记者从市商务局获悉，前三季度我市外贸企业出口额同比增长8%，主要市场为美国和日本，"
        + "咸宁市、赤壁市和嘉鱼县的制造业企业订单饱满，全市经济运行稳中向好。";
    List<String> places = List.of("美国", "日本", "咸宁市", "赤壁市", "嘉鱼县");
    TopicFiler filer = filer(Taxonomy.standard());

    assertThat(filer.file(headline, body, places).get(0).key()).isEqualTo("economy");
  }

  /** The evidence from a foreign setting is the taxonomy's to give: without {@code abroad_weight} there is none. */
  @Test
  void withoutAnAbroadWeightTheSettingChangesNothing(@TempDir Path dir) throws Exception {
    Taxonomy custom = taxonomy(dir, """
        {"topics": [
          {"key": "international", "terms": {"3": ["国际"]}},
          {"key": "economy", "terms": {"3": ["经济", "工业产出"]}}]}
        """);
    TopicFiler filer = filer(custom);
    String headline = "德国工业产出下降";
    String body = "德国9月工业产出下降，德国经济承压。";

    assertThat(filer.file(headline, body, List.of("德国"))).isEqualTo(filer.file(headline, body));
  }

  /** Where the taxonomy has little to say, a sure model is not overruled by one weak term. */
  @Test
  void aSureModelIsNotOverruledByAWeakTerm(@TempDir Path dir) throws Exception {
    Taxonomy custom = taxonomy(dir, """
        {"topics": [
          {"key": "sports", "terms": {"3": ["比赛"]}},
          {"key": "culture_tourism", "terms": {"8": ["演出"]}}]}
        """);
    TopicClassifier taxonomy = new TopicClassifier(custom);
    String headline = "男篮世界杯预选赛 中国队主场胜日本队";
    String body = "赛前有文艺演出。";

    assertThat(new TopicFiler(taxonomy, MODEL, 0, TopicFiler.Weights.DEFAULT).file(headline, body).get(0).key())
        .isEqualTo("sports");
    assertThat(new TopicFiler(taxonomy, MODEL, 0, new TopicFiler.Weights(0.2, 1.5)).file(headline, body).get(0).key())
        .isEqualTo("culture_tourism");
  }

  /** The words of an older paper: a front-line report and a land-reform report written for this test. */
  @Test
  void olderPressReportsFindTheirTopics() {
    TopicFiler filer = filer(Taxonomy.standard());

    assertThat(filer.file("我军收复两城 歼敌一个团", "前线消息：我军于本月五日发起反击，激战一昼夜，"
        + "歼灭敌军一个团，俘虏三百余人，缴获步枪五百余支，收复城镇两座。").get(0).key()).isEqualTo("military");
    assertThat(filer.file("各村农会领导减租减息", "本县各村农会召开大会，发动佃户与地主清算，"
        + "实行减租减息，开荒种地，组织互助组，发展生产。").get(0).key()).isEqualTo("rural");
  }

  @Test
  void anArticleNoTopicFitsHasNoTopic() {
    assertThat(filer(Taxonomy.standard()).file("", "他说。")).isEmpty();
  }

  @Test
  void probabilitiesAreSortedAndSumToAtMostOne() {
    List<TopicScore> topics = filer(Taxonomy.standard()).file("男篮世界杯预选赛 中国队主场胜日本队",
        "本报讯 昨晚，男篮世界杯预选赛在体育中心进行，中国队以85比70战胜日本队，球迷为球员们加油。");

    assertThat(topics.get(0).key()).isEqualTo("sports");
    assertThat(topics.get(0).score()).isGreaterThan(0.5);
    assertThat(topics).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(topics.stream().mapToDouble(TopicScore::score).sum()).isLessThanOrEqualTo(1.001);
  }

  @Test
  void theThresholdDecidesWhetherAWeakBestTopicIsFiled() {
    TopicClassifier taxonomy = new TopicClassifier(Taxonomy.standard());
    String headline = "记者手记";
    String body = "那天下午，我们在路边等了很久。";
    List<TopicScore> lenient = new TopicFiler(taxonomy, MODEL, 0.0, TopicFiler.Weights.DEFAULT).file(headline, body);
    double best = lenient.get(0).score();

    assertThat(new TopicFiler(taxonomy, MODEL, best + 0.01, TopicFiler.Weights.DEFAULT).file(headline, body))
        .isEmpty();
    assertThat(new TopicFiler(taxonomy, MODEL, best - 0.01, TopicFiler.Weights.DEFAULT).file(headline, body))
        .isNotEmpty();
  }

  @Test
  void aPageLabelForAHeadlineGetsNoTopic() {
    TopicFiler filer = new TopicFiler(new TopicClassifier(Taxonomy.standard()), MODEL,
        EnricherConfig.DEFAULT_MIN_TOPIC_PROBABILITY, TopicFiler.Weights.DEFAULT);

    // A one-word headline over no text is a page's label (图片, 简讯), not a subject: the model alone files nothing
    for (String label : List.of("会议", "图片", "简讯", "短讯")) {
      assertThat(filer.file(label, "")).as(label).isEmpty();
    }
    // A headline that names a subject is filed by the model where the taxonomy has nothing to say
    assertThat(filer.file("男篮主场大胜对手取得三连胜", "")).isNotEmpty();
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> EnricherConfig.defaults().withMinTopicProbability(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minTopicProbability");
  }

  @Test
  void theEnricherFilesWithTheModelFileItIsGiven(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.gz");
    Files.writeString(broken, "not a model");

    assertThatThrownBy(() -> Enricher.create(EnricherConfig.defaults().withTopicModelFile(broken)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(broken.toString());
  }

  /** A taxonomy file written for a test. */
  private static Taxonomy taxonomy(Path dir, String json) throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, json);
    return Taxonomy.read(file);
  }

  /** The standard taxonomy file with one more term, at weight 4, under {@code topic}. */
  private static Path taxonomyWithTerm(Path dir, String topic, String term) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root;
    try (InputStream in = Taxonomy.class.getResourceAsStream(Taxonomy.DEFAULT_RESOURCE)) {
      root = (ObjectNode) json.readTree(in);
    }
    for (var node : root.get("topics")) {
      if (node.get("key").asText().equals(topic)) {
        ObjectNode terms = (ObjectNode) node.get("terms");
        ArrayNode strongest = terms.has("4") ? (ArrayNode) terms.get("4") : terms.putArray("4");
        strongest.add(term);
      }
    }
    Path file = dir.resolve("topics.json");
    json.writeValue(file.toFile(), root);
    return file;
  }

  /** A page agrees as far as its articles' best topics are the page's; an article alone has no section. */
  @Test
  void aSectionAgreesAsFarAsItsArticlesShareTheirBestTopic() {
    Map<String, Double> sports = Map.of("sports", 0.8, "economy", 0.2);
    Map<String, Double> economy = Map.of("sports", 0.3, "economy", 0.7);
    Map<String, Double> unsure = Map.of("sports", 0.5, "economy", 0.5);

    assertThat(TopicFiler.agreement(List.of(sports, sports, sports))).isEqualTo(1.0);
    assertThat(TopicFiler.agreement(List.of(sports, economy, economy))).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(TopicFiler.agreement(List.of())).isZero();
    assertThat(TopicFiler.withSection(unsure, List.of(sports, sports), 1.0).get("sports")).isGreaterThan(0.5);
    assertThat(TopicFiler.withSection(unsure, List.of(), 1.0)).isEqualTo(unsure);
  }
}
