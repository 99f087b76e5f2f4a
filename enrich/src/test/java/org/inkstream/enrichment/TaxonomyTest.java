package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyTest {

  @Test
  void standardTaxonomyHasTheFifteenTopicsWithBroadLexicons() {
    Taxonomy taxonomy = Taxonomy.standard();

    assertThat(taxonomy.keys()).containsExactlyInAnyOrder("politics", "governance", "international", "military",
        "economy", "rural", "society", "law_safety", "environment", "emergency", "urban", "education_science",
        "culture_tourism", "health", "sports");
    // lexicons must generalise beyond the seed papers: every topic has hundreds of terms
    assertThat(taxonomy.topics()).allSatisfy(topic -> assertThat(topic.terms()).hasSizeGreaterThan(200));
  }

  @Test
  void userFileAddsATopicWithoutRecompiling(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, """
        {"headline_weight": 2, "topics": [
          {"key": "weather", "label": "天气", "terms": {"3": ["气温", "降雨"], "1": ["多云"]}},
          {"key": "sports", "terms": {"2": ["比赛"]}}]}
        """);

    TopicClassifier classifier = new TopicClassifier(Taxonomy.read(file));

    assertThat(classifier.classify("明日降雨", "气温下降，多云转阴。")).first()
        .satisfies(top -> assertThat(top.key()).isEqualTo("weather"));
  }

  @Test
  void headlineCountsMoreThanBody() {
    Taxonomy taxonomy = Taxonomy.parse("""
        {"headline_weight": 4, "min_score": 0, "topics": [
          {"key": "a", "terms": {"1": ["甲乙"]}}, {"key": "b", "terms": {"1": ["丙丁"]}}]}
        """.getBytes(StandardCharsets.UTF_8), "test");

    // two body mentions of b against one headline mention of a
    assertThat(new TopicClassifier(taxonomy).classify("甲乙", "丙丁，丙丁")).first()
        .satisfies(top -> assertThat(top.key()).isEqualTo("a"));
  }

  @Test
  void abroadWeightIsReadPerTopicAndDefaultsToNone() {
    Taxonomy taxonomy = Taxonomy.parse("""
        {"topics": [
          {"key": "international", "abroad_weight": 12.5, "terms": {"3": ["外交"]}},
          {"key": "economy", "terms": {"3": ["经济"]}}]}
        """.getBytes(StandardCharsets.UTF_8), "test");

    assertThat(taxonomy.topic("international").abroadWeight()).isEqualTo(12.5);
    assertThat(taxonomy.topic("economy").abroadWeight()).isZero();
    assertThat(Taxonomy.standard().topic("international").abroadWeight()).isPositive();
  }

  @Test
  void aNegativeAbroadWeightIsRefusedWithTheTopicNamed() {
    assertThatThrownBy(() -> Taxonomy.parse("""
        {"topics": [{"key": "international", "abroad_weight": -1, "terms": {"3": ["外交"]}}]}
        """.getBytes(StandardCharsets.UTF_8), "mine.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mine.json").hasMessageContaining("international").hasMessageContaining("abroad_weight");
  }

  @Test
  void noEvidenceNoTopic() {
    assertThat(new TopicClassifier(Taxonomy.standard()).classify("", "他说。")).isEmpty();
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("{", "test is not valid JSON"),
        Arguments.of("{}", "test: missing field 'topics'"),
        Arguments.of("{\"topics\": []}", "test: a taxonomy needs at least one topic"),
        Arguments.of("{\"topics\": [{\"key\": \"Bad Key\", \"terms\": {}}]}",
            "test: a topic key is a lower-case identifier, was 'Bad Key'"),
        Arguments.of("{\"topics\": [{\"key\": \"a\", \"terms\": {\"x\": [\"甲乙\"]}}]}",
            "test: topic a: terms are keyed by weight, 'x' is not a number"),
        Arguments.of("{\"topics\": [{\"key\": \"a\", \"terms\": {\"-1\": [\"甲乙\"]}}]}",
            "test: topic a: term 甲乙 has weight -1.0, weights must be positive"),
        Arguments.of("{\"topics\": [{\"key\": \"a\", \"terms\": {\"1\": [\"甲\"]}}]}",
            "test: topic a: term '甲' is shorter than 2"),
        Arguments.of("{\"topics\": [{\"key\": \"a\", \"terms\": {}}, {\"key\": \"a\", \"terms\": {}}]}",
            "test: topic key a appears twice"),
        Arguments.of("{\"headline_weight\": 0.5, \"topics\": [{\"key\": \"a\", \"terms\": {}}]}",
            "test: headline_weight must be at least 1, was 0.5"),
        Arguments.of("{\"min_share\": 2, \"topics\": [{\"key\": \"a\", \"terms\": {}}]}",
            "test: min_share must be within [0, 1], was 2.0"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void rejectsBadFilesWithTheReason(String json, String message) {
    assertThatThrownBy(() -> Taxonomy.parse(json.getBytes(StandardCharsets.UTF_8), "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
  }
}
