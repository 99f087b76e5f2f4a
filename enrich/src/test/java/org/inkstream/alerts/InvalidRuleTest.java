package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Queries that cannot become rules: each fails compilation with the rule id and the reason, never at match time. */
class InvalidRuleTest {

  static Stream<Arguments> badQueries() {
    return Stream.of(
        // A syntax error: the parser's own message, first line only.
        Arguments.of("(防汛 OR 洪水", "Cannot parse"),
        Arguments.of("防汛 AND", "Cannot parse"),
        // A field the index does not have would never match.
        Arguments.of("persons:张三", "unknown field 'persons'"),
        Arguments.of("entities.person:张三 OR 防汛", "unknown field 'entities.person'"),
        // Nothing can make the rule fire (or, in Elasticsearch terms, it would fire on almost everything).
        Arguments.of("NOT 演练", "has no term that can match"),
        Arguments.of("、、", "has no term that can match"),
        // Lower-case operators and word lists would be searched as one phrase.
        Arguments.of("防汛 or 洪水", "write operators in capitals (OR)"),
        Arguments.of("防汛 洪水", "write 防汛 OR 洪水 for any of them"),
        Arguments.of("防汛、抗旱、洪水", "write 防汛 OR 抗旱 OR 洪水 for any of them"),
        Arguments.of("text:防汛，抗旱", "write 防汛 OR 抗旱 for any of them"),
        // Full-width syntax from a Chinese input method.
        Arguments.of("（防汛 OR 洪水） AND NOT 演练", "full-width '（'"),
        Arguments.of("headline：防汛", "full-width '："),
        // A regular expression Lucene cannot compile.
        Arguments.of("/[防汛/", "rule 'bad'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void badQueryFailsCompilationNamingTheRule(String query, String reason) {
    List<AlertRule> rules = List.of(AlertRule.of("good", "good", "防汛"), AlertRule.of("bad", "bad", query));

    assertThatThrownBy(() -> new RuleMatcher(rules))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("bad"))
        .hasMessageStartingWith("rule 'bad': ")
        .hasMessageContaining(reason)
        .hasMessageNotContaining("\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void disabledRulesAreCheckedToo(String query, String reason) {
    List<AlertRule> rules = List.of(new AlertRule("bad", "bad", query, List.of(), false));

    assertThatThrownBy(() -> new RuleMatcher(rules)).isInstanceOf(InvalidRuleException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodQueries")
  void fullWidthCharactersInsideQuotesAreText(String query) {
    assertThat(new RuleMatcher(List.of(AlertRule.of("ok", "ok", query))).rules()).hasSize(1);
  }

  static Stream<String> goodQueries() {
    return Stream.of("\"（防汛）\"", "\"防汛：抗旱\"", "\\（防汛", "\"防汛、抗旱\"");
  }
}
