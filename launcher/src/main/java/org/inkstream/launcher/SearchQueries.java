package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/** The few read queries the launcher itself runs against the article alias: progress, summaries, examples. */
final class SearchQueries {

  private SearchQueries() {}

  /** How many of {@code ids} are searchable now; 0 while the alias does not exist yet. */
  static long countIds(ElasticsearchClient client, String alias, List<String> ids) throws IOException {
    return client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)
        .query(q -> q.ids(i -> i.values(ids)))).count();
  }

  static long count(ElasticsearchClient client, String alias) throws IOException {
    return client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count();
  }

  static List<StringTermsBucket> countByRule(ElasticsearchClient client, String alias) throws IOException {
    SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
        .aggregations("rules", a -> a.terms(t -> t.field("rule_id").size(50))), Void.class);
    return response.aggregations().get("rules").sterms().buckets().array();
  }

  static List<StringTermsBucket> countByType(ElasticsearchClient client, String alias) throws IOException {
    SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
        .aggregations("types", a -> a.terms(t -> t.field("type").size(20))), Void.class);
    return response.aggregations().get("types").sterms().buckets().array();
  }

  static SearchResponse<JsonNode> phrase(ElasticsearchClient client, String alias, String phrase) throws IOException {
    return client.search(s -> s.index(alias).size(5)
        .query(q -> q.matchPhrase(m -> m.field("text").query(phrase)))
        .source(src -> src.filter(f -> f.includes("headline", "page_id"))), JsonNode.class);
  }
}
