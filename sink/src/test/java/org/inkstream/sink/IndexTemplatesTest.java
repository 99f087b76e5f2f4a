package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Test;

class IndexTemplatesTest {

  @Test
  void fillsInTheConfiguredValues() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("k:9092").indexPrefix("news").analyzer("smartcn")
        .replicas(1).refreshInterval("30s").build();

    JsonNode template = Json.mapper().readTree(IndexTemplates.articleTemplate(config));

    assertThat(template.at("/index_patterns/0").asText()).isEqualTo("news-*");
    assertThat(template.at("/template/aliases").has("news")).isTrue();
    assertThat(template.at("/template/settings/number_of_replicas").asInt()).isEqualTo(1);
    assertThat(template.at("/template/settings/refresh_interval").asText()).isEqualTo("30s");
    assertThat(template.at("/template/mappings/properties/text/analyzer").asText()).isEqualTo("smartcn");
    // The bigram sub-field keeps its own analyzer whatever the main one is: it works on every Elasticsearch.
    assertThat(template.at("/template/mappings/properties/text/fields/bigram/analyzer").asText())
        .isEqualTo("inkstream_bigram");
  }

  @Test
  void aConfiguredValueCannotChangeTheTemplatesStructure() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("k:9092")
        .analyzer("standard\", \"search_analyzer\": \"whitespace").build();

    JsonNode text = Json.mapper().readTree(IndexTemplates.articleTemplate(config))
        .at("/template/mappings/properties/text");

    assertThat(text.get("analyzer").asText()).isEqualTo("standard\", \"search_analyzer\": \"whitespace");
    assertThat(text.has("search_analyzer")).isFalse();
  }

  @Test
  void mapsEveryFieldOfAnArticle() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("k:9092").build();
    JsonNode properties = Json.mapper().readTree(IndexTemplates.articleTemplate(config))
        .at("/template/mappings/properties");

    // Every top-level field an Article writes, plus indexed_at, which the sink adds.
    for (String field : new String[] {"id", "page_id", "ordinal", "type", "headline", "kicker", "subtitle", "byline",
        "agency", "dateline_place", "subheads", "captions", "column", "series", "jump", "text", "provenance", "paper", "edition_date",
        "edition_date_inferred", "page_number", "topic", "topics", "entities", "keywords", "dates_mentioned",
        "fingerprint", "story_id", "alerts", "content_hash", "indexed_at"}) {
      assertThat(properties.has(field)).as(field).isTrue();
    }
  }
}
