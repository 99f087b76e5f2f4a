package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matcher fires on exactly the articles that Elasticsearch 8.19 returned for the same query on the sink's index
 * (recorded in {@code src/test/resources/alerts/elasticsearch/}, see its README for how): the promise that an alert
 * and a Kibana search of the same rule agree, checked without starting Elasticsearch.
 */
class ElasticsearchAgreementTest {

  private static final Path RECORDED = Path.of("src/test/resources/alerts/elasticsearch");
  private static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");

  private static List<Article> articles;

  static Stream<Arguments> recordedHits() throws IOException {
    List<Arguments> hits = new ArrayList<>();
    for (String line : Files.readAllLines(RECORDED.resolve("hits.jsonl"))) {
      JsonNode hit = Json.mapper().readTree(line);
      List<String> ids = new ArrayList<>();
      hit.get("ids").forEach(id -> ids.add(id.asText()));
      hits.add(Arguments.of(hit.get("query").asText(), hit.get("es_query").asText(), ids));
    }
    return hits.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordedHits")
  void firesOnTheArticlesElasticsearchFinds(String query, String elasticsearchQuery, List<String> elasticsearchIds)
      throws IOException {
    AlertRule rule = AlertRule.of("agreement", "agreement", query);
    RuleMatcher matcher = new RuleMatcher(List.of(rule));

    List<String> fired = articles().stream()
        .filter(article -> !matcher.match(article, AT).isEmpty())
        .map(Article::id)
        .sorted()
        .toList();

    assertThat(fired).isEqualTo(elasticsearchIds);
    // The query this project would send is the one that was recorded.
    assertThat(ElasticsearchQuery.queryText(query)).isEqualTo(elasticsearchQuery);
  }

  @Test
  void everyQueryWasRecorded() throws IOException {
    long queries = Files.readAllLines(RECORDED.resolve("queries.txt")).stream().filter(q -> !q.isBlank()).count();

    assertThat(recordedHits()).hasSize((int) queries);
    assertThat(articles()).hasSize(48);
  }

  /** The recorded articles, read once for all queries (JUnit runs a class's tests on one thread). */
  private static List<Article> articles() throws IOException {
    if (articles == null) {
      List<Article> read = new ArrayList<>();
      for (String line : Files.readAllLines(RECORDED.resolve("articles.jsonl"))) {
        read.add(Json.read(line, Article.class));
      }
      articles = List.copyOf(read);
    }
    return articles;
  }
}
