package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
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
  void aPhraseNeedsAllItsBigrams() {
    SkimGate gate = gate("text:生态环境");

    assertThat(gate).hasToString("all(text:生态, text:态环, text:环境)");
    assertThat(mayMatch(gate, Articles.of("标题", "改善营商环境。"))).isFalse();
    assertThat(mayMatch(gate, Articles.of("标题", "保护生态，改善环境。"))).isFalse();
    assertThat(mayMatch(gate, Articles.of("标题", "保护生态环境。"))).isTrue();
    // A bigram joins characters that punctuation separates, so the run does too.
    assertThat(mayMatch(gate, Articles.of("标题", "生态、环境。"))).isTrue();
  }

  @Test
  void anUnprefixedTermNeedsOneOfItsFields() {
    SkimGate gate = gate("生态环境");

    assertThat(gate).hasToString("any(all(headline:生态, headline:态环, headline:环境), all(text:生态, text:态环, text:环境))");
    assertThat(mayMatch(gate, Articles.of("生态环境", "正文"))).isTrue();
    assertThat(mayMatch(gate, Articles.of("生态", "环境"))).isFalse();
  }

  @Test
  void andNeedsEachSideOrNeedsOneAndNotNeedsNothing() {
    SkimGate gate = gate("text:防汛 AND (text:洪水 OR text:内涝) AND NOT text:演练");

    assertThat(gate).hasToString("all(text:防汛, any(text:洪水, text:内涝))");
    assertThat(mayMatch(gate, Articles.of("标题", "防汛工作。"))).isFalse();
    assertThat(mayMatch(gate, Articles.of("标题", "城区内涝。"))).isFalse();
    assertThat(mayMatch(gate, Articles.of("标题", "防汛：城区内涝。"))).isTrue();
    // The skim never proves a NOT: the index does.
    assertThat(mayMatch(gate, Articles.of("标题", "防汛演练：城区内涝。"))).isTrue();
  }

  @Test
  void optionalClausesBesideARequiredOneAreNotNeeded() {
    // The classic parser makes 洪水 OR 防汛 AND 抗旱 into "洪水 +防汛 +抗旱": 洪水 only scores.
    Article article = Articles.of("标题", "防汛抗旱。");
    String query = "text:洪水 OR text:防汛 AND text:抗旱";

    assertThat(gate(query)).hasToString("all(text:防汛, text:抗旱)");
    assertThat(mayMatch(gate(query), article)).isTrue();
    assertThat(new RuleMatcher(List.of(AlertRule.of("r", "r", query))).matchIndexed(article, AT)).hasSize(1);
  }

  @Test
  void minimumShouldMatchMakesTheOptionalClausesNeeded() {
    Query required = new TermQuery(new Term("text", "防汛"));
    Query optional = new TermQuery(new Term("text", "洪水"));
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(required, Occur.MUST).add(optional, Occur.SHOULD);

    assertThat(SkimGate.of(query.build())).hasToString("text:防汛");
    assertThat(SkimGate.of(query.setMinimumNumberShouldMatch(1).build())).hasToString("all(text:防汛, text:洪水)");
    assertThat(SkimGate.of(new BooleanQuery.Builder().add(required, Occur.FILTER).build())).hasToString("text:防汛");
  }

  @Test
  void otherQueryClassesTheParserDoesNotMake() {
    Term flood = new Term("text", "防汛");
    Term drought = new Term("text", "抗旱");
    Term unknown = new Term("no_such_field", "x");

    // Both keep their parts in an order of their own.
    List<String> either = List.of("any(text:防汛, text:抗旱)", "any(text:抗旱, text:防汛)");
    assertThat(SkimGate.of(new SynonymQuery.Builder("text").addTerm(flood).addTerm(drought).build()).toString())
        .isIn(either);
    assertThat(SkimGate.of(new DisjunctionMaxQuery(List.of(new TermQuery(flood), new TermQuery(drought)), 0))
        .toString()).isIn(either);
    assertThat(SkimGate.of(new MultiPhraseQuery.Builder().add(new Term[] {flood, drought})
        .add(new Term("text", "工作")).build())).hasToString("all(any(text:防汛, text:抗旱), text:工作)");
    assertThat(SkimGate.of(new ConstantScoreQuery(new TermQuery(flood)))).hasToString("text:防汛");
    assertThat(SkimGate.of(new TermQuery(unknown))).isSameAs(SkimGate.OPEN);
    assertThat(SkimGate.of(new PrefixQuery(flood))).isSameAs(SkimGate.OPEN);
  }

  @Test
  void aQueryTheSkimCannotJudgeIsOpenUnlessSomethingElseIsNeeded() {
    Article weather = Articles.of("天气", "今日晴。");

    assertThat(mayMatch(gate("防汛"), weather)).isFalse();
    assertThat(gate("防汛 OR 防*")).isSameAs(SkimGate.OPEN);
    assertThat(gate("edition_date:[2021-01-01 TO *]")).isSameAs(SkimGate.OPEN);
    assertThat(gate("_exists_:topic")).isSameAs(SkimGate.OPEN);
    assertThat(gate("防汛 OR (NOT 演练)")).isSameAs(SkimGate.OPEN);
    // Beside a needed term, an open leaf needs nothing more.
    assertThat(gate("text:防汛 AND text:/co.*/")).hasToString("text:防汛");
    assertThat(mayMatch(gate("text:防汛 AND text:/co.*/"), weather)).isFalse();
  }

  @Test
  void keywordValuesAreExactAndCaseSensitive() {
    SkimGate gate = gate("entities.persons:张三 OR keywords:Covid");

    assertThat(mayMatch(gate, withPerson("张三丰"))).isFalse();
    assertThat(mayMatch(gate, withPerson("张三"))).isTrue();
    assertThat(mayMatch(gate, Articles.builder("标题", "正文").keywords(List.of("covid")).build())).isFalse();
    // The person's name in the text is not the keyword field.
    assertThat(mayMatch(gate, Articles.of("标题", "张三主持。"))).isFalse();
  }

  @Test
  void aBigramDoesNotSpanTwoCaptions() {
    RuleMatcher matcher = new RuleMatcher(List.of(AlertRule.of("r", "r", "captions:防汛")));
    Article apart = Articles.builder("标题", "正文").captions(List.of("防", "汛")).build();

    assertThat(mayMatch(gate("captions:防汛"), apart)).isFalse();
    assertThat(matcher.matchIndexed(apart, AT)).isEmpty();
    assertThat(mayMatch(gate("captions:防汛"), Articles.builder("标题", "正文").captions(List.of("防汛")).build()))
        .isTrue();
  }

  @Test
  void theMatcherRunsOnlyTheRulesTheSkimLetsThrough() {
    RuleMatcher matcher = new RuleMatcher(List.of(AlertRule.of("flood", "flood", "防汛 AND 洪水"),
        AlertRule.of("drought", "drought", "抗旱"), AlertRule.of("env", "env", "生态环境")));
    Article drought = Articles.of("抗旱", "防汛办：抗旱，改善环境。");

    assertThat(matcher.candidates(drought)).extracting(rule -> rule.rule().id()).containsExactly("drought");
    assertThat(matcher.match(drought, AT)).isEqualTo(matcher.matchIndexed(drought, AT)).hasSize(1);
    assertThat(matcher.candidates(Articles.of("天气", "今日晴。"))).isEmpty();
    assertThat(new RuleMatcher(List.of()).candidates(Articles.of("防汛", "防汛"))).isEmpty();
  }

  private static SkimGate gate(String query) {
    return CompiledRule.compile(AlertRule.of("r", "r", query)).skim();
  }

  private static boolean mayMatch(SkimGate gate, Article article) {
    return gate.mayMatch(new SkimGate.Reading(article));
  }

  private static Article withPerson(String person) {
    return Articles.builder("会议", "正文").entities(new Entities(List.of(person), null, null)).build();
  }
}
