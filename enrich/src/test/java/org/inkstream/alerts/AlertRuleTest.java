package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertRuleTest {

  static Stream<Arguments> badRules() {
    return Stream.of(
        Arguments.of(null, "防汛", List.of(), "a rule id is"),
        Arguments.of("", "防汛", List.of(), "was ''"),
        Arguments.of("flood control", "防汛", List.of(), "was 'flood control'"),
        Arguments.of("-flood", "防汛", List.of(), "starting with a letter or digit"),
        Arguments.of("x".repeat(65), "防汛", List.of(), "1 to 64"),
        Arguments.of("flood", null, List.of(), "rule 'flood' has no query"),
        Arguments.of("flood", "  ", List.of(), "rule 'flood' has no query"),
        Arguments.of("flood", "防".repeat(AlertRule.MAX_QUERY_CHARS + 1), List.of(), "more than the 4000"),
        Arguments.of("flood", "防汛", List.of("persons"), "unknown field 'persons'"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("badRules")
  void badRuleIsRefused(String id, String query, List<String> fields, String message) {
    assertThatThrownBy(() -> new AlertRule(id, "name", query, fields, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void nameDefaultsToTheId() {
    assertThat(AlertRule.of("flood", null, "防汛").name()).isEqualTo("flood");
    assertThat(AlertRule.of("flood", " 防汛抗旱 ", "防汛").name()).isEqualTo("防汛抗旱");
  }

  @Test
  void jsonRoundTripsAndEnabledDefaultsToTrue() {
    AlertRule rule = new AlertRule("flood", "防汛抗旱", "防汛 OR 洪水", List.of("headline"), false);

    assertThat(Json.read(Json.write(rule), AlertRule.class)).isEqualTo(rule);
    assertThat(Json.read("{\"id\":\"flood\",\"query\":\"防汛\"}", AlertRule.class))
        .isEqualTo(new AlertRule("flood", "flood", "防汛", List.of(), true));
  }

  @Test
  void jsonWithAnInvalidRuleIsRefused() {
    assertThatThrownBy(() -> Json.read("{\"id\":\"flood\"}", AlertRule.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule 'flood' has no query");
  }
}
