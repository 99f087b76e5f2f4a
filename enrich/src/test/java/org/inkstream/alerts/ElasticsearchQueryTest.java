package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Test;

class ElasticsearchQueryTest {

  @Test
  void ruleBecomesAPhraseQueryStringOnTheBigramSubFields() {
    AlertRule rule = AlertRule.of("flood", "防汛", "(防汛 OR 洪水) AND NOT headline:演练");

    assertThat(Json.write(ElasticsearchQuery.of(rule))).isEqualTo("{\"query_string\":{"
        + "\"query\":\"(防汛 OR 洪水) AND NOT headline.bigram:演练\","
        + "\"fields\":[\"headline.bigram\",\"text.bigram\"],\"type\":\"phrase\",\"default_operator\":\"OR\"}}");
  }

  @Test
  void ruleFieldsBecomeTheDefaultFields() {
    AlertRule rule = new AlertRule("r", "r", "疫情", List.of("headline", "captions"), true);

    assertThat(ElasticsearchQuery.of(rule).get("query_string")).asString()
        .contains("fields=[headline.bigram, captions]");
  }

  @Test
  void onlyFieldPrefixesAreRewritten() {
    // Given prefixes after operators and brackets, a phrase that mentions "text:", an escape and other fields.
    assertThat(ElasticsearchQuery.queryText("+headline:防汛 -(text:演练) \"text:防汛\" \\text:x topic:text"))
        .isEqualTo("+headline.bigram:防汛 -(text.bigram:演练) \"text:防汛\" \\text:x topic:text");
    assertThat(ElasticsearchQuery.queryText("headline.bigram:防汛 subtitle:防汛 context:x"))
        .isEqualTo("headline.bigram:防汛 subtitle:防汛 context:x");
  }
}
