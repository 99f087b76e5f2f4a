package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sink's real article index template (classpath org/inkstream/sink/articles-template.json) has every field the
 * runtime contract in deploy/README.md promises, with the contract's type: the Kibana objects and rules are built
 * against that list, and the Kibana tests read their field types from the same template.
 */
class IndexTemplateContractTest {

  /** The contract's article fields and types (deploy/README.md, "Indices"). */
  private static final Map<String, String> CONTRACT = new LinkedHashMap<>();

  static {
    for (String keyword : List.of("id", "page_id", "paper", "page_number", "type", "topic", "agency", "dateline_place", "column", "series",
        "story_id", "alerts", "keywords", "entities.persons", "entities.places", "entities.organizations",
        "byline.reporters", "byline.correspondents", "byline.authors", "byline.photographers", "headline.keyword",
        "provenance.file", "topics.key")) {
      CONTRACT.put(keyword, "keyword");
    }
    for (String text : List.of("headline", "text", "headline.bigram", "text.bigram")) {
      CONTRACT.put(text, "text");
    }
    for (String date : List.of("edition_date", "dates_mentioned", "indexed_at")) {
      CONTRACT.put(date, "date");
    }
    CONTRACT.put("topics.score", "float");
  }

  @Test
  void sinkTemplateHasEveryContractFieldWithItsType() {
    JsonNode fields = DeployFiles.indexFields().path("articles").path("fields");
    CONTRACT.forEach((field, type) -> assertThat(fields.path(field).asText(null))
        .as("type of " + field + " in the sink's articles template").isEqualTo(type));
    // The contract first said nested for topics; the sink maps it as a plain object because Lens cannot aggregate
    // nested fields. Either way the dashboards use the keyword "topic", never topics.*.
    assertThat(fields.path("topics").asText()).isIn("object", "nested");
  }

  @Test
  void sinkTemplateAppliesToTheMonthlyIndicesBehindTheAlias() {
    JsonNode template = DeployFiles.sinkArticlesTemplate();
    assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("articles-*");
    assertThat(template.path("template").path("aliases").has("articles")).isTrue();
  }
}
