package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inkstream.deploy.KibanaPanels.PanelSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link KibanaPanels}: the searches of the real newsroom dashboard, and the panels it refuses to translate. */
class KibanaPanelsTest {

  private static final Map<String, JsonNode> EXPORT =
      KibanaPanels.readExport(DeployFiles.path("deploy/kibana/inkstream.ndjson"));

  @Test
  void everyNewsroomPanelBecomesASearch() {
    List<PanelSearch> searches = KibanaPanels.searches(EXPORT.get("inkstream-newsroom"), EXPORT);
    assertThat(searches).hasSize(KibanaPanels.panels(EXPORT.get("inkstream-newsroom")).size());
    assertThat(searches).allSatisfy(s -> assertThat(s.index()).isIn("articles*", "alerts*", "editions*"));
  }

  @Test
  void articlesOverTimeByPaperIsADailyHistogramSplitByTopPapers() throws IOException {
    // Given the "by paper" panel: date_histogram(published_at) > terms(paper, top 10 by count) > count
    PanelSearch byPaper = panel("by-paper");

    // Then the buckets nest in column order and the count is the doc_count (no metric aggregation)
    assertThat(byPaper.index()).isEqualTo("articles*");
    assertThat(byPaper.body()).isEqualTo(json("""
        {"size": 0, "track_total_hits": true, "aggs": {
          "date": {
            "date_histogram": {"field": "published_at", "calendar_interval": "1d", "min_doc_count": 1},
            "aggs": {"split": {"terms": {"field": "paper", "size": 10, "order": {"_count": "desc"}}}}
          }}}
        """));
  }

  @Test
  void topPersonsIsOneTermsAggregation() throws IOException {
    assertThat(panel("top-persons").body().path("aggs")).isEqualTo(json("""
        {"value": {"terms": {"field": "entities.persons", "size": 15, "order": {"_count": "desc"}}}}
        """));
  }

  @Test
  void aMetricPanelThatOnlyCountsNeedsNoAggregation() {
    PanelSearch alerts = panel("alerts-total");
    assertThat(alerts.index()).isEqualTo("alerts*");
    assertThat(alerts.body().has("aggs")).isFalse();
    assertThat(alerts.body().path("track_total_hits").asBoolean()).isTrue();
  }

  @Test
  void latestArticlesIsASortedSearchOfItsColumns() throws IOException {
    assertThat(panel("latest-articles").body()).isEqualTo(json("""
        {"size": 50,
         "sort": [{"edition_date": {"order": "desc"}}, {"indexed_at": {"order": "desc"}}],
         "_source": ["headline", "paper", "page_number", "page_id", "type", "topic"]}
        """));
  }

  @Test
  void metricsGoInsideTheInnermostBucketAndCanOrderIt() throws IOException {
    // Given terms(paper) ordered by a unique count of page_id, and that unique count
    JsonNode layer = json("""
        {"columnOrder": ["p", "pages"], "columns": {
          "p": {"operationType": "terms", "sourceField": "paper", "isBucketed": true,
                "params": {"size": 3, "orderBy": {"type": "column", "columnId": "pages"}, "orderDirection": "desc"}},
          "pages": {"operationType": "unique_count", "sourceField": "page_id", "isBucketed": false}}}
        """);
    // Then the cardinality is a sub-aggregation the terms order refers to by name
    assertThat(KibanaPanels.aggregations("t", layer)).isEqualTo(json("""
        {"p": {"terms": {"field": "paper", "size": 3, "order": {"pages": "desc"}},
               "aggs": {"pages": {"cardinality": {"field": "page_id"}}}}}
        """));
  }

  @Test
  void resultSizeCountsTheBucketsHitsOrDocumentsAPanelWouldShow() throws IOException {
    // An aggregation panel shows the buckets of its outermost aggregation
    assertThat(KibanaPanels.resultSize(panel("by-paper"), json("""
        {"hits": {"total": {"value": 7}}, "aggregations": {"date": {"buckets": [{"key": 1}, {"key": 2}]}}}
        """))).isEqualTo(2);
    assertThat(KibanaPanels.resultSize(panel("by-paper"), json("""
        {"hits": {"total": {"value": 0}}, "aggregations": {"date": {"buckets": []}}}
        """))).isZero();
    // A count-only metric panel shows the total
    assertThat(KibanaPanels.resultSize(panel("articles-total"), json("""
        {"hits": {"total": {"value": 42}, "hits": []}}
        """))).isEqualTo(42);
    // A saved search shows its documents
    assertThat(KibanaPanels.resultSize(panel("latest-articles"), json("""
        {"hits": {"total": {"value": 42}, "hits": [{"_id": "a"}, {"_id": "b"}, {"_id": "c"}]}}
        """))).isEqualTo(3);
    // A response without the panel's aggregation is a wiring mistake, not an empty panel
    assertThatThrownBy(() -> KibanaPanels.resultSize(panel("by-paper"), json("{\"hits\": {}}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no aggregation date");
  }

  static Stream<Arguments> untranslatablePanels() {
    String layer = """
        "datasourceStates": {"formBased": {"layers": {"l": {"columnOrder": ["c"], "columns": {"c": %s}}}}}""";
    String count = """
        {"operationType": "count", "sourceField": "___records___", "isBucketed": false}""";
    String refs = """
        "references": [{"type": "index-pattern", "id": "inkstream-articles", "name": "indexpattern-datasource-layer-l"}]""";
    return Stream.of(
        // a KQL query would change the buckets, and KQL is not translated
        Arguments.of("{" + refs + ", \"state\": {\"query\": {\"query\": \"paper:x\"}, " + layer.formatted(count) + "}}",
            "KQL is not translated"),
        // an operation the translation does not know must not be silently dropped
        Arguments.of("{" + refs + ", \"state\": {" + layer.formatted("""
            {"operationType": "percentile", "sourceField": "ordinal", "isBucketed": false}""") + "}}",
            "metric operation 'percentile'"),
        Arguments.of("{" + refs + ", \"state\": {" + layer.formatted("""
            {"operationType": "range", "sourceField": "ordinal", "isBucketed": true}""") + "}}",
            "bucket operation 'range'"),
        // the layer's data view must be in the export
        Arguments.of("{\"references\": [], \"state\": {" + layer.formatted(count) + "}}",
            "no reference named indexpattern-datasource-layer-l"));
  }

  @ParameterizedTest
  @MethodSource("untranslatablePanels")
  void refusesWhatItCannotTranslate(String attributes, String reason) {
    assertThatThrownBy(() -> KibanaPanels.lensSearch("bad", json(attributes), EXPORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad")
        .hasMessageContaining(reason);
  }

  // --- fixtures -------------------------------------------------------------------------------------------------------

  private static PanelSearch panel(String id) {
    return KibanaPanels.searches(EXPORT.get("inkstream-newsroom"), EXPORT).stream()
        .filter(s -> s.panel().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no panel " + id + " on the newsroom dashboard"));
  }

  private static ObjectNode json(String text) throws IOException {
    return (ObjectNode) DeployFiles.JSON.readTree(text);
  }
}
