package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleFileTest {

  private static final Path EXAMPLE = Articles.ROOT.resolve("deploy/rules.example.yaml");
  private static final Path BAD_FILES = Path.of("src/test/resources/alerts");

  @Test
  void exampleRulesParseAndCompile() throws IOException {
    var rules = RuleFile.read(EXAMPLE);

    assertThat(rules).extracting(AlertRule::id).containsExactly("flood-control", "food-safety",
        "person-li-minghua", "river-environment", "accidents", "xianning-business", "epidemic-headlines");
    assertThat(rules).filteredOn(rule -> !rule.enabled()).extracting(AlertRule::id)
        .containsExactly("epidemic-headlines");
    assertThat(rules.get(6).fields()).containsExactly("headline");
    assertThat(rules.get(0).name()).isEqualTo("防汛抗旱");
    assertThat(new RuleMatcher(rules).rules()).isEqualTo(rules);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("unknown-key.yaml", "food-safety", "rule 2 ('food-safety'): unknown key 'querry'"),
        Arguments.of("duplicate-id.yaml", "flood", "rule 2: id 'flood' is already used"),
        Arguments.of("not-yaml.yaml", null, "not valid YAML"),
        Arguments.of("no-rules.yaml", null, "expected a top-level 'rules:' list"),
        Arguments.of("missing-query.yaml", "flood", "rule 1 ('flood'): rule 'flood' has no query"),
        Arguments.of("bad-id.yaml", "flood control", "rule 1 ('flood control'): a rule id is"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileNamesTheFileAndTheRule(String file, String ruleId, String message) {
    Path path = BAD_FILES.resolve(file);

    assertThatThrownBy(() -> RuleFile.read(path))
        .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.ruleId()).isEqualTo(ruleId))
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void emptyRuleListIsValid() {
    assertThat(RuleFile.parse("rules: []\n", "empty.yaml")).isEmpty();
    assertThat(RuleFile.parse("rules:\n#  - id: flood\n#    query: 防汛\n", "commented.yaml")).isEmpty();
  }

  @Test
  void badFilesExist() {
    // Guards the table above against a renamed fixture silently testing an IOException.
    badFiles().forEach(arguments -> assertThat(BAD_FILES.resolve((String) arguments.get()[0])).exists());
    assertThat(Files.isRegularFile(EXAMPLE)).isTrue();
  }
}
