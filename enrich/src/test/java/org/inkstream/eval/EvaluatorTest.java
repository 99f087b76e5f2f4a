package org.inkstream.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on hand-made gold and predictions whose every figure is worked out by hand in the comments. */
class EvaluatorTest {

  /** Ten non-blank lines 1..10, a blank line 11, then lines 12..13. */
  private static final String PAGE = String.join("\n", "标题一", "正文一", "正文一", "正文一", "标题二", "正文二", "正文二",
      "横幅", "标题三", "正文三", "", "正文三", "正文三");

  private static final String GOLD = """
      {"page": "p.txt", "paper": "某报", "note": "ignored by the reader", "ignore": [[8, 8]],
       "items": [
         {"id": "a1", "type": "news", "topics": ["economy", "rural"], "title_lines": [1], "lines": [[1, 4]],
          "source": "本报讯", "reporters": ["张三"], "correspondents": ["李四"]},
         {"id": "a2", "type": "feature", "topics": ["politics"], "title_lines": [5], "lines": [[5, 7]]},
         {"id": "a3", "type": "photo", "topics": [], "title_lines": [], "lines": [[9, 13]], "reporters": ["王五"]}
       ]}""";

  private final Evaluator evaluator = new Evaluator();

  @Test
  void readsSnakeCaseGold() {
    GoldPage gold = GoldPage.parse(GOLD);
    assertThat(gold.page()).isEqualTo("p.txt");
    assertThat(gold.ignore()).containsExactly(LineRange.of(8));
    assertThat(gold.items()).hasSize(3);
    assertThat(gold.items().get(0).titleLines()).containsExactly(1);
    assertThat(gold.items().get(0).lines()).containsExactly(new LineRange(1, 4));
    assertThat(gold.items().get(0).primaryTopic()).isEqualTo("economy");
    assertThat(gold.items().get(2).primaryTopic()).isNull();
    assertThat(gold.items().get(1).reporters()).isEmpty();
  }

  @Test
  void perfectPredictionScoresOne() {
    List<Article> predicted = List.of(
        article(1, ArticleType.NEWS, "标题一", "economy", List.of("张三"), new LineRange(1, 4)),
        article(2, ArticleType.FEATURE, "标题二", "politics", List.of(), new LineRange(5, 7)),
        article(3, ArticleType.PHOTO, null, null, List.of("王五"), new LineRange(8, 13)));

    PageScore score = evaluator.score(GoldPage.parse(GOLD), PAGE, predicted);

    assertThat(score.pairedItems()).isEqualTo(3);
    assertThat(score.goldLines()).isEqualTo(11); // 13 lines less the blank 11 and the ignored 8
    assertThat(score.correctLines()).isEqualTo(11);
    assertThat(score.headlinePairs()).isEqualTo(2); // a3 has no title lines
    assertThat(score.itemF1()).isEqualTo(1.0);
    assertThat(score.headlineAccuracy()).isEqualTo(1.0);
    assertThat(score.topicAccuracy()).isEqualTo(1.0); // a3: no gold topic, none predicted
    assertThat(score.reporterAccuracy()).isEqualTo(1.0);
    // the confusion matrices have the pairs on their diagonals, "-" for no topic
    assertThat(score.topicConfusion().count("economy", "economy")).isEqualTo(1);
    assertThat(score.topicConfusion().count(null, null)).isEqualTo(1);
    assertThat(score.topicConfusion().accuracy()).isEqualTo(1.0);
    assertThat(score.typeConfusion().count("photo", "photo")).isEqualTo(1);
    assertThat(score.typeConfusion().total()).isEqualTo(3);
  }

  @Test
  void mergedAndMislabelledItemsLoseExactlyWhatTheyShould() {
    List<Article> predicted = List.of(
        // a1 and a2 merged: lines 1..7 against a1's 1..4: F1 = 2*4/(4+7) = 0.727 < 0.8, against a2: 2*3/10 = 0.6
        article(1, ArticleType.NEWS, "标题一", "rural", List.of("张三", "李四"), new LineRange(1, 7)),
        // a3 without its last line: 2*3/(4+3) = 0.857 >= 0.8, paired; wrong type; headline not scored
        article(2, ArticleType.NEWS, "横幅", null, List.of("王五"), new LineRange(9, 12)),
        // a stray one-line item that pairs with nothing
        article(3, ArticleType.OTHER, "正文三", null, List.of(), LineRange.of(13)));

    PageScore score = evaluator.score(GoldPage.parse(GOLD), PAGE, predicted);

    assertThat(score.goldItems()).isEqualTo(3);
    assertThat(score.predictedItems()).isEqualTo(3);
    assertThat(score.pairedItems()).isEqualTo(1);
    assertThat(score.itemPrecision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(score.itemRecall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(score.itemF1()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(score.correctLines()).isEqualTo(3); // lines 9, 10, 12 of a3
    assertThat(score.lineAccuracy()).isCloseTo(3 / 11.0, within(1e-9));
    assertThat(score.headlinePairs()).isZero();
    assertThat(score.headlineAccuracy()).isEqualTo(1.0); // nothing to get wrong
    assertThat(score.typeCorrect()).isZero();
    assertThat(score.topicCorrect()).isEqualTo(1); // null against no gold topic
    assertThat(score.reporterCorrect()).isEqualTo(1);
  }

  @Test
  void topicAnyAcceptsAlternatesAndNullIsWrong() {
    List<Article> predicted = List.of(
        article(1, ArticleType.NEWS, "标题一", "rural", List.of("张三"), new LineRange(1, 4)),
        article(2, ArticleType.FEATURE, "标题二", null, List.of(), new LineRange(5, 7)));

    PageScore score = evaluator.score(GoldPage.parse(GOLD), PAGE, predicted);

    assertThat(score.pairedItems()).isEqualTo(2);
    assertThat(score.topicCorrect()).isZero(); // rural is not the primary; null is wrong for a2
    assertThat(score.topicAnyCorrect()).isEqualTo(1); // rural is an alternate of a1
  }

  @Test
  void reportersAreComparedAsSets() {
    List<Article> predicted = List.of(
        article(1, ArticleType.NEWS, "标题一", null, List.of("张三", "张三"), new LineRange(1, 4)),
        article(2, ArticleType.FEATURE, "标题二", null, List.of("赵六"), new LineRange(5, 7)));

    PageScore score = evaluator.score(GoldPage.parse(GOLD), PAGE, predicted);

    assertThat(score.reporterCorrect()).isEqualTo(1); // {张三} equals {张三}; {赵六} is not {}
  }

  @Test
  void pairingIsGreedyByBestF1() {
    // gold A = {1,2,3,4,5}, gold B = {6,7,8,9,10}; P = {1..5} pairs with A (F1 1.0) before Q = {1..4, 6} can
    List<Set<Integer>> gold = List.of(Set.of(1, 2, 3, 4, 5), Set.of(6, 7, 8, 9, 10));
    List<Set<Integer>> predicted = List.of(Set.of(1, 2, 3, 4, 6), Set.of(1, 2, 3, 4, 5));

    Map<Integer, Integer> pairs = Evaluator.pair(gold, predicted);

    assertThat(pairs).containsExactly(Map.entry(0, 1));
  }

  @Test
  void headlineCharacterBagIgnoresSpacesAndDecorations() {
    assertThat(Evaluator.charBagF1("## 跨域 一次办", "跨域一次办")).isEqualTo(1.0);
    assertThat(Evaluator.charBagF1("● 大学习", "大学习提升能力")).isCloseTo(2 * 3 / 10.0, within(1e-9));
    // kicker + headline against a gold block of the headline alone: 8 of 12 characters, F1 = 2*8/(12+8) = 0.8
    assertThat(Evaluator.charBagF1("文明咸宁 点滴文明幸福生活", "点滴文明幸福生活")).isCloseTo(0.8, within(1e-9));
    assertThat(Evaluator.charBagF1(null, "标题")).isZero();
  }

  @Test
  void headlineBlockJoinsKickerHeadlineAndSubtitle() {
    Article a = article(1, ArticleType.NEWS, "主标题", null, List.of(), LineRange.of(1)).toBuilder()
        .kicker("引题").subtitle("——副题").build();
    assertThat(Evaluator.headlineBlock(a)).isEqualTo("引题 主标题 ——副题 ");
  }

  @Test
  void totalsSumCountsNotRatios() {
    PageScore a = new PageScore("a", 2, 1, 1, 10, 5, 1, 1, 1, 0, 0, 1);
    PageScore b = new PageScore("b", 8, 9, 7, 90, 90, 7, 6, 7, 7, 7, 7);

    EvalReport report = EvalReport.of(List.of(a, b));

    assertThat(report.total().itemRecall()).isEqualTo(0.8); // 8 of 10, not the mean of 0.5 and 0.875
    assertThat(report.total().lineAccuracy()).isEqualTo(0.95);
    assertThat(report.toTable()).contains("TOTAL").contains("0.950").contains("topic gold\\pred")
        .contains("type gold\\pred");
    assertThat(report.toMap()).containsKeys("pages", "total");
    assertThat(report.total().toMap()).containsEntry("line_accuracy", 0.95).containsEntry("gold_items", 10);
    assertThat(Json.write(report.toMap())).contains("\"item_recall\":0.8").contains("\"page\":\"TOTAL\"");
  }

  @Test
  void evaluatesFilesWithAnEngine(@TempDir Path dir) throws IOException {
    Path goldDir = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(goldDir.resolve("p.json"), GOLD);
    Path page = Files.writeString(dir.resolve("p.txt"), PAGE);

    EvalReport explicit = evaluator.evaluate(goldDir, List.of(page), p -> List.of(
        article(1, ArticleType.NEWS, "标题一", "economy", List.of("张三"), new LineRange(1, 4))));
    EvalReport discovered = evaluator.evaluate(goldDir, List.of(), p -> List.of());

    assertThat(explicit.pages()).singleElement().satisfies(s -> {
      assertThat(s.pairedItems()).isEqualTo(1);
      assertThat(s.correctLines()).isEqualTo(4);
    });
    assertThat(discovered.total().goldItems()).isEqualTo(3);
    assertThat(discovered.total().itemF1()).isZero();
  }

  @Test
  void pageWithoutGoldIsAnError(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("q.txt"), PAGE);
    assertThatThrownBy(() -> evaluator.evaluate(dir, List.of(page), p -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q.json");
  }

  private static Article article(int ordinal, ArticleType type, String headline, String topic,
      List<String> reporters, LineRange... lines) {
    return Article.builder()
        .id(Article.idOf("p", ordinal))
        .pageId("p")
        .ordinal(ordinal)
        .type(type)
        .headline(headline)
        .topic(topic)
        .byline(new Byline(reporters, List.of(), List.of(), List.of()))
        .provenance(new Provenance("p.txt", List.of(lines)))
        .build();
  }
}
