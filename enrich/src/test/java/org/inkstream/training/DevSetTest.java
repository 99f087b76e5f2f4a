package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inkstream.core.TopicScore;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.Enricher;
import org.inkstream.enrichment.EnricherConfig;
import org.inkstream.enrichment.Taxonomy;
import org.inkstream.enrichment.TopicClassifier;
import org.inkstream.enrichment.TopicFiler;
import org.inkstream.enrichment.TopicModel;
import org.inkstream.eval.Confusion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-labelled dev sets ({@code docs/topics.md}): the shipped model combined with the taxonomy must file the half
 * that was never looked at while tuning at least as well as the taxonomy alone. Prints both confusion matrices.
 */
class DevSetTest {

  private static final Set<String> TOPICS = Set.copyOf(Taxonomy.standard().keys());
  private static final TopicClassifier TAXONOMY = new TopicClassifier(Taxonomy.standard());

  @Test
  void theDevSetHasAtLeast150ArticlesFromSeveralSources() throws Exception {
    List<LabelledArticle> all = half("tuning");
    all = java.util.stream.Stream.concat(all.stream(), half("scored").stream()).toList();
    String raw = Files.readString(resource("dev-tuning")) + Files.readString(resource("dev-scored"));

    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(all).allSatisfy(a -> assertThat(a.topicLabelled()).isTrue());
    assertThat(java.util.regex.Pattern.compile("\"source\": \"([a-z0-9_]+)\"").matcher(raw).results()
        .map(m -> m.group(1)).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(3);
  }

  /**
   * The scored halves of both sets: the dev set's web and broadcast news, and a national paper's headlines of
   * 1949-2003 (headline only; {@code rmrb-headlines-*.jsonl}, labelled by a second reader before any run).
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev-scored", "rmrb-headlines-scored"})
  void combinedFilesTheScoredHalfAtLeastAsWellAsTheTaxonomyAlone(String file) throws Exception {
    List<LabelledArticle> scored = LabelsFile.read(resource(file), TOPICS);
    TopicFiler combined = new TopicFiler(TAXONOMY, TopicModel.shipped().orElseThrow(),
        EnricherConfig.DEFAULT_MIN_TOPIC_PROBABILITY, TopicFiler.Weights.DEFAULT);

    Confusion taxonomyOnly = LabelledScoring.topics(scored, a -> primary(TAXONOMY.classify(
        ChineseText.forAnalysis(a.headline()), ChineseText.forAnalysis(a.text()))));
    Enricher reader = Enricher.withDefaults();
    Confusion both = LabelledScoring.topics(scored, a -> {
      String headline = ChineseText.forAnalysis(a.headline());
      String body = ChineseText.forAnalysis(a.text());
      return primary(combined.file(headline, body, reader.places(headline, body)));
    });

    System.out.printf("%s: taxonomy %.3f, combined %.3f%n%s%n%s", file, taxonomyOnly.accuracy(),
        both.accuracy(), taxonomyOnly.toTable("taxonomy"), both.toTable("combined"));
    assertThat(both.total()).isEqualTo(scored.size());
    assertThat(both.accuracy()).isGreaterThanOrEqualTo(taxonomyOnly.accuracy());
  }

  private static String primary(List<TopicScore> topics) {
    return topics.isEmpty() ? null : topics.get(0).key();
  }

  private static List<LabelledArticle> half(String name) throws URISyntaxException {
    return LabelsFile.read(resource("dev-" + name), TOPICS);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DevSetTest.class.getResource("/topics/" + name + ".jsonl").toURI());
  }
}
