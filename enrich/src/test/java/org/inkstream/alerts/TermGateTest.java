package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.inkstream.core.Article;
import org.inkstream.core.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TermGateTest {

  private static final List<Article> ARTICLES = List.of(
      Articles.of("防汛工作会议", "会议部署防汛抗旱工作，强化应急演练。"),
      Articles.of("天气", "今日晴。"),
      Articles.builder("会议召开", "张三主持。").entities(new Entities(List.of("张三"), null, null)).build(),
      Articles.builder("环境", "长江大保护。").topic("environment").build());

  static Stream<String> queries() {
    return Stream.of("防汛", "防汛抗旱", "\"河长制\"", "(防汛 OR 洪水) AND NOT 演练", "headline:防汛 AND text:抗旱",
        "entities.persons:张三", "topic:environment OR 长江", "防汛 OR (NOT 演练)", "防*", "entities.persons:张?",
        "防汛~", "edition_date:[2021-01-01 TO *]", "_exists_:entities.persons", "/长.*/", "NOT 防汛 AND 天气");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void closedGateNeverHidesAMatch(String query) throws IOException {
    CompiledRule rule = CompiledRule.compile(AlertRule.of("r", "r", query));

    for (Article article : ARTICLES) {
      IndexSearcher searcher = ArticleFields.index(article).createSearcher();
      boolean matches = searcher.count(rule.query()) > 0;

      assertThat(matches && !rule.gate().mayMatch(reader(searcher))).as("%s on %s", query, article.text()).isFalse();
    }
  }

  @Test
  void gateClosesForAnArticleWithoutTheTerms() {
    CompiledRule rule = CompiledRule.compile(AlertRule.of("r", "r", "(防汛 OR 洪水) AND NOT 演练"));

    assertThat(rule.gate().open()).isFalse();
    // 演练 is under NOT: it opens nothing.
    assertThat(rule.gate().terms()).extracting(term -> term.text()).containsOnly("防汛", "洪水");
    assertThat(rule.gate().mayMatch(reader(ArticleFields.index(ARTICLES.get(1)).createSearcher()))).isFalse();
    assertThat(rule.gate().mayMatch(reader(ArticleFields.index(ARTICLES.get(0)).createSearcher()))).isTrue();
  }

  @Test
  void leavesWithoutFixedTermsKeepTheGateOpen() {
    for (String query : List.of("防*", "防汛~1", "edition_date:[2021-01-01 TO *]", "防汛 OR (NOT 演练)")) {
      assertThat(CompiledRule.compile(AlertRule.of("r", "r", query)).gate().open()).as(query).isTrue();
    }
  }

  private static LeafReader reader(IndexSearcher searcher) {
    return searcher.getIndexReader().leaves().get(0).reader();
  }
}
