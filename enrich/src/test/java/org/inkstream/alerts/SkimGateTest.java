package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Entities;
import org.junit.jupiter.api.Test;

class SkimGateTest {

  private static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");

  @Test
  void tokenRunIsTheLowerCasedTokensOfEachValueRunTogether() {
    // Punctuation and spaces go, Latin and full-width letters are lower-cased, values are kept apart by U+0000.
    assertThat(TokenRun.of("text", List.of("防汛，COVID-19 抗旱", "ＡＢ 𠮷"))).hasValue("防汛covid19抗旱\u0000ａｂ𠮷\u0000");
    assertThat(TokenRun.of("text", List.of())).hasValue("");
  }

  @Test
  void turnsAwayAnArticleWithoutAnyTermAndKeepsOneWithATerm() {
    SkimGate gate = gate("(防汛 OR 洪水) AND NOT 演练", "headline:COVID");

    assertThat(gate.mayMatch(Articles.of("天气", "今日晴。"))).isFalse();
    // A bigram joins characters that punctuation separates, so the run does too.
    assertThat(gate.mayMatch(Articles.of("天气", "做好防，汛工作。"))).isTrue();
    assertThat(gate.mayMatch(Articles.of("Covid 疫情", "今日晴。"))).isTrue();
    // 演练 is under NOT: it lets nothing through.
    assertThat(gate.mayMatch(Articles.of("演练", "演练。"))).isFalse();
  }

  @Test
  void keywordValuesAreExactAndCaseSensitive() {
    SkimGate gate = gate("entities.persons:张三 OR keywords:Covid");

    assertThat(gate.mayMatch(withPerson("张三丰"))).isFalse();
    assertThat(gate.mayMatch(withPerson("张三"))).isTrue();
    assertThat(gate.mayMatch(Articles.builder("标题", "正文").keywords(List.of("covid")).build())).isFalse();
    // The person's name in the text is not the keyword field.
    assertThat(gate.mayMatch(Articles.of("标题", "张三主持。"))).isFalse();
  }

  @Test
  void aBigramDoesNotSpanTwoCaptions() {
    RuleMatcher matcher = new RuleMatcher(List.of(AlertRule.of("r", "r", "captions:防汛")));
    Article apart = Articles.builder("标题", "正文").captions(List.of("防", "汛")).build();

    assertThat(gate("captions:防汛").mayMatch(apart)).isFalse();
    assertThat(matcher.matchIndexed(apart, AT)).isEmpty();
    assertThat(gate("captions:防汛").mayMatch(Articles.builder("标题", "正文").captions(List.of("防汛")).build()))
        .isTrue();
  }

  @Test
  void aRuleWithAnOpenTermGateOpensTheSkimForEveryArticle() {
    Article weather = Articles.of("天气", "今日晴。");

    assertThat(gate("防汛").mayMatch(weather)).isFalse();
    assertThat(gate("防汛", "防*").mayMatch(weather)).isTrue();
    assertThat(gate("防汛", "edition_date:[2021-01-01 TO *]").mayMatch(weather)).isTrue();
    assertThat(gate("防汛 OR (NOT 演练)").mayMatch(weather)).isTrue();
  }

  @Test
  void withoutRulesNoArticleNeedsTheIndex() {
    assertThat(gate().mayMatch(Articles.of("防汛", "防汛"))).isFalse();
  }

  private static SkimGate gate(String... queries) {
    return SkimGate.of(List.of(queries).stream().map(query -> CompiledRule.compile(AlertRule.of("r", "r", query)))
        .toList());
  }

  private static Article withPerson(String person) {
    return Articles.builder("会议", "正文").entities(new Entities(List.of(person), null, null)).build();
  }
}
