package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Entities;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

  private static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");

  @Nested
  class ChineseWords {

    @Test
    void twoCharacterWordMatchesTheWordNotItsCharactersApart() {
      RuleMatcher matcher = matcher("防汛");

      // Given an article with 防 and 汛 far apart, and one with the word: only the word matches.
      assertThat(fires(matcher, Articles.of("会议要求", "各地要防止麻痹大意，提前做好汛期各项准备。"))).isFalse();
      assertThat(fires(matcher, Articles.of("会议要求", "各地要提前做好防汛各项准备。"))).isTrue();
    }

    @Test
    void twoCharacterWordMatchesInTheHeadline() {
      assertThat(fires(matcher("防汛"), Articles.of("省防办检查防汛工作", "工作组一行深入各地。"))).isTrue();
    }

    @Test
    void longerWordIsAPhraseOfItsBigrams() {
      RuleMatcher matcher = matcher("防汛抗旱");

      assertThat(fires(matcher, Articles.of("标题", "检查防汛抗旱准备工作。"))).isTrue();
      // 防汛 and 抗旱 both occur, but not 防汛抗旱.
      assertThat(fires(matcher, Articles.of("标题", "做好防汛和抗旱工作。"))).isFalse();
    }

    @Test
    void singleCharacterMatchesAnywhere() {
      assertThat(fires(matcher("汛"), Articles.of("标题", "汛期将至。"))).isTrue();
    }

    @Test
    void latinTermsIgnoreCase() {
      assertThat(fires(matcher("covid"), Articles.of("标题", "COVID疫情防控。"))).isTrue();
    }
  }

  @Nested
  class BooleanLogic {

    private final RuleMatcher flood = matcher("(防汛 OR 洪水) AND NOT 演练");

    @Test
    void eitherWordFires() {
      assertThat(fires(flood, Articles.of("洪水来袭", "群众有序转移。"))).isTrue();
      assertThat(fires(flood, Articles.of("标题", "全力做好防汛工作。"))).isTrue();
    }

    @Test
    void notExcludes() {
      assertThat(fires(flood, Articles.of("防汛应急演练举行", "演练模拟堤防管涌险情。"))).isFalse();
    }

    @Test
    void noneOfTheWordsDoesNotFire() {
      assertThat(fires(flood, Articles.of("标题", "天气晴好。"))).isFalse();
    }

    @Test
    void andNeedsBoth() {
      RuleMatcher matcher = matcher("餐饮 AND 抽检");

      assertThat(fires(matcher, Articles.of("标题", "对餐饮单位开展抽检。"))).isTrue();
      assertThat(fires(matcher, Articles.of("标题", "对餐饮单位开展检查。"))).isFalse();
    }

    @Test
    void requiredAndProhibitedMarks() {
      RuleMatcher matcher = matcher("+防汛 -演练");

      assertThat(fires(matcher, Articles.of("标题", "防汛工作。"))).isTrue();
      assertThat(fires(matcher, Articles.of("标题", "防汛演练。"))).isFalse();
    }

    @Test
    void aGroupOfOnlyNotClausesMeansEverythingElseAsInElasticsearch() {
      // Elasticsearch's query_string turns (NOT 演练) into "all documents without 演练" (fixNegativeQueryIfNeeded).
      RuleMatcher matcher = matcher("防汛 OR (NOT 演练)");

      assertThat(fires(matcher, Articles.of("标题", "天气晴好。"))).isTrue();
      assertThat(fires(matcher, Articles.of("标题", "消防演练。"))).isFalse();
    }
  }

  @Nested
  class Phrases {

    @Test
    void quotedPhraseMatchesTheCharactersInOrder() {
      RuleMatcher matcher = matcher("\"河长制\"");

      assertThat(fires(matcher, Articles.of("标题", "全面推行河长制。"))).isTrue();
      assertThat(fires(matcher, Articles.of("标题", "河长和制度建设。"))).isFalse();
    }

    @Test
    void quotedPhraseMayHoldSpacesAndOperatorWords() {
      assertThat(fires(matcher("\"防汛 OR 抗旱\""), Articles.of("标题", "防汛 OR 抗旱"))).isTrue();
    }

    @Test
    void spacesInAPhraseDoNotSeparateBigrams() {
      // "防汛 救灾" analyses to 防汛 汛救 救灾 (the tokenizer drops the space before the shingle filter), here as in
      // Elasticsearch; so it finds 防汛救灾 and, whatever the slop, never 防汛和救灾, which lacks 汛救.
      Article joined = Articles.of("标题", "防汛救灾。");
      Article apart = Articles.of("标题", "防汛和救灾。");

      assertThat(fires(matcher("\"防汛 救灾\""), joined)).isTrue();
      assertThat(fires(matcher("\"防汛 救灾\"~3"), apart)).isFalse();
      assertThat(fires(matcher("防汛 AND 救灾"), apart)).isTrue();
    }
  }

  @Nested
  class Fields {

    @Test
    void headlinePrefixSearchesOnlyTheHeadline() {
      RuleMatcher matcher = matcher("headline:防汛");

      assertThat(fires(matcher, Articles.of("防汛工作会议召开", "会议要求。"))).isTrue();
      assertThat(fires(matcher, Articles.of("会议召开", "会议部署防汛工作。"))).isFalse();
    }

    @Test
    void textPrefixSearchesOnlyTheText() {
      RuleMatcher matcher = matcher("text:防汛");

      assertThat(fires(matcher, Articles.of("防汛工作会议召开", "会议要求。"))).isFalse();
      assertThat(fires(matcher, Articles.of("会议召开", "会议部署防汛工作。"))).isTrue();
    }

    @Test
    void bigramSubFieldNamesMeanTheSame() {
      assertThat(fires(matcher("headline.bigram:防汛"), Articles.of("防汛工作会议召开", "会议要求。"))).isTrue();
    }

    @Test
    void personIsAnExactKeyword() {
      RuleMatcher matcher = matcher("entities.persons:张三");

      assertThat(fires(matcher, withPersons("张三", "李四"))).isTrue();
      assertThat(fires(matcher, withPersons("张三丰"))).isFalse();
      // The text names 张三, but the field is about recognised persons.
      assertThat(fires(matcher, Articles.of("标题", "张三出席会议。"))).isFalse();
    }

    @Test
    void topicIsAnExactCaseSensitiveKeyword() {
      Article article = Articles.builder("标题", "正文。").topic("environment").build();

      assertThat(fires(matcher("topic:environment"), article)).isTrue();
      assertThat(fires(matcher("topic:Environment"), article)).isFalse();
      assertThat(fires(matcher("topic:emergency"), article)).isFalse();
    }

    @Test
    void paperTypeAndTextCombine() {
      Article article = Articles.builder("标题", "防汛工作。").paper("咸宁日报").type(ArticleType.NEWS).build();

      assertThat(fires(matcher("paper:咸宁日报 AND type:news AND 防汛"), article)).isTrue();
      assertThat(fires(matcher("paper:荆州日报 AND 防汛"), article)).isFalse();
    }

    @Test
    void editionDateRangesCompareIsoDates() {
      Article article = Articles.builder("标题", "正文。").editionDate(LocalDate.of(2021, 4, 22)).build();

      assertThat(fires(matcher("edition_date:[2021-04-01 TO 2021-04-30]"), article)).isTrue();
      assertThat(fires(matcher("edition_date:>=2021-05-01"), article)).isFalse();
    }

    @Test
    void existsMatchesAnyValue() {
      assertThat(fires(matcher("_exists_:entities.persons"), withPersons("张三"))).isTrue();
      assertThat(fires(matcher("_exists_:entities.persons"), Articles.of("标题", "正文。"))).isFalse();
    }

    @Test
    void ruleFieldsReplaceTheDefaultFields() {
      RuleMatcher headlineOnly = new RuleMatcher(List.of(new AlertRule("r", "r", "防汛", List.of("headline"), true)));

      assertThat(fires(headlineOnly, Articles.of("会议召开", "会议部署防汛工作。"))).isFalse();
      assertThat(fires(headlineOnly, Articles.of("防汛会议召开", "会议要求。"))).isTrue();
    }

    @Test
    void bareFuzzinessIsElasticsearchAuto() {
      // AUTO allows no edit in a two-character term; Lucene's default of 2 would match every bigram.
      assertThat(fires(matcher("防汛~"), Articles.of("标题", "防洪工作。"))).isFalse();
      assertThat(fires(matcher("防汛~"), Articles.of("标题", "防汛工作。"))).isTrue();
    }

    @Test
    void prefixAndWildcard() {
      assertThat(fires(matcher("entities.persons:张*"), withPersons("张三丰"))).isTrue();
      assertThat(fires(matcher("entities.persons:李?"), withPersons("张三丰"))).isFalse();
    }
  }

  @Nested
  class Alerts {

    @Test
    void alertCarriesTheArticleAndTheRule() {
      Article article = Articles.builder("省防办检查防汛工作", "工作组要求做好防汛准备。")
          .paper("咸宁日报").pageNumber("03").editionDate(LocalDate.of(2021, 4, 22)).build();
      RuleMatcher matcher = new RuleMatcher(List.of(AlertRule.of("flood", "防汛抗旱", "防汛")));

      Alert alert = matcher.match(article, AT).get(0);

      assertThat(alert.ruleId()).isEqualTo("flood");
      assertThat(alert.ruleName()).isEqualTo("防汛抗旱");
      assertThat(alert.articleId()).isEqualTo(article.id());
      assertThat(alert.pageId()).isEqualTo(article.pageId());
      assertThat(alert.paper()).isEqualTo("咸宁日报");
      assertThat(alert.pageNumber()).isEqualTo("03");
      assertThat(alert.editionDate()).isEqualTo(LocalDate.of(2021, 4, 22));
      assertThat(alert.headline()).isEqualTo("省防办检查防汛工作");
      assertThat(alert.timestamp()).isEqualTo(AT);
      assertThat(alert.provenance()).isEqualTo(article.provenance());
      assertThat(alert.id()).isEqualTo("flood:" + article.id());
    }

    @Test
    void matchedTermsAreThoseThatHitInQueryOrderWithoutNegatedOnes() {
      RuleMatcher matcher = matcher("(洪水 OR headline:防汛 OR 内涝 OR 管涌) AND NOT 演练");

      Alert alert = matcher.match(Articles.of("防汛一线", "堤防出现管涌，洪水逼近。"), AT).get(0);

      assertThat(alert.matchedTerms()).containsExactly("洪水", "headline:防汛", "管涌");
    }

    @Test
    void snippetMarksTheHitsAroundTheFirstOne() {
      String text = "4月21日，省防办工作组来咸宁检查准备工作。工作组要求加强防汛应急队伍建设，强化防汛物资储备。";

      Alert alert = matcher("防汛").match(Articles.of("检查", text), AT).get(0);

      assertThat(alert.snippet()).isEqualTo("工作组要求加强<em>防汛</em>应急队伍建设，强化<em>防汛</em>物资储备。");
    }

    @Test
    void snippetOfAKeywordHitMarksTheValueInTheText() {
      Article article = Articles.builder("会议召开", "会议由张三主持。").entities(new Entities(List.of("张三"), null, null))
          .build();

      Alert alert = matcher("entities.persons:张三").match(article, AT).get(0);

      assertThat(alert.snippet()).isEqualTo("会议由<em>张三</em>主持。");
      assertThat(alert.matchedTerms()).containsExactly("entities.persons:张三");
    }

    @Test
    void snippetOfAHeadlineOnlyHitIsTheHeadline() {
      Alert alert = matcher("防汛").match(Articles.of("省防办检查防汛工作", "工作组一行深入各地。"), AT).get(0);

      assertThat(alert.snippet()).isEqualTo("省防办检查<em>防汛</em>工作");
    }

    @Test
    void articleWithoutHeadlineOrTextStillAlertsOnItsKeywords() {
      Article bare = Articles.builder(null, "").topic("emergency").build();

      Alert alert = matcher("topic:emergency").match(bare, AT).get(0);

      assertThat(alert.headline()).isNull();
      assertThat(alert.snippet()).isEmpty();
      assertThat(alert.matchedTerms()).containsExactly("topic:emergency");
    }

    @Test
    void oneAlertPerMatchingRuleInRuleOrder() {
      RuleMatcher matcher = new RuleMatcher(List.of(
          AlertRule.of("b-flood", "防汛", "防汛"),
          AlertRule.of("a-food", "食品安全", "食品安全"),
          AlertRule.of("c-drought", "抗旱", "抗旱")));

      List<Alert> alerts = matcher.match(Articles.of("标题", "防汛抗旱。"), AT);

      assertThat(alerts).extracting(Alert::ruleId).containsExactly("b-flood", "c-drought");
    }

    @Test
    void disabledRulesDoNotFire() {
      RuleMatcher matcher = new RuleMatcher(List.of(new AlertRule("off", "关闭", "防汛", List.of(), false)));

      assertThat(matcher.match(Articles.of("标题", "防汛。"), AT)).isEmpty();
      assertThat(matcher.rules()).hasSize(1);
    }

    @Test
    void alertJsonIsSnakeCaseWithoutTheDerivedId() {
      Alert alert = matcher("防汛").match(Articles.of("标题", "防汛。"), AT).get(0);

      JsonNode json = Json.mapper().valueToTree(alert);

      assertThat(json.has("rule_id")).isTrue();
      assertThat(json.has("matched_terms")).isTrue();
      assertThat(json.get("timestamp").asText()).isEqualTo("2026-11-22T03:00:00Z");
      assertThat(json.has("id")).isFalse();
      assertThat(Json.read(Json.write(alert), Alert.class)).isEqualTo(alert);
    }
  }

  @Test
  void duplicateRuleIdsAreRefused() {
    List<AlertRule> rules = List.of(AlertRule.of("flood", "a", "防汛"), AlertRule.of("flood", "b", "洪水"));

    assertThatThrownBy(() -> new RuleMatcher(rules))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("flood"))
        .hasMessageContaining("'flood' is used by more than one rule");
  }

  @Test
  void oneMatcherServesManyThreadsAlike() throws Exception {
    RuleMatcher matcher = new RuleMatcher(RuleFile.read(Articles.ROOT.resolve("deploy/rules.example.yaml")));
    List<Article> articles = IntStream.range(0, 200)
        .mapToObj(i -> Articles.builder("标题" + i, i % 3 == 0 ? "防汛工作" + i : "天气" + i).id("a-" + i).build())
        .toList();
    List<List<Alert>> sequential = articles.stream().map(a -> matcher.match(a, AT)).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Alert>>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> matcher.match(article, AT)));
      }
      for (int i = 0; i < articles.size(); i++) {
        assertThat(futures.get(i).get()).as("article %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential.stream().filter(alerts -> !alerts.isEmpty())).hasSize(67);
  }

  // Fixtures

  private static RuleMatcher matcher(String query) {
    return new RuleMatcher(List.of(AlertRule.of("rule", "rule", query)));
  }

  private static boolean fires(RuleMatcher matcher, Article article) {
    return !matcher.match(article, AT).isEmpty();
  }

  private static Article withPersons(String... persons) {
    return Articles.builder("标题", "正文。").entities(new Entities(List.of(persons), null, null)).build();
  }
}
