package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inkstream.core.TopicScore;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.Enricher;
import org.inkstream.enrichment.EnricherConfig;
import org.inkstream.enrichment.Taxonomy;
import org.inkstream.enrichment.TopicClassifier;
import org.inkstream.enrichment.TopicFiler;
import org.inkstream.enrichment.TopicModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page-section check ({@code docs/topics.md}, "A page's section"): eight days of a national paper's headlines in
 * printed order, labelled by hand. Each headline is filed alone, then with the headlines printed around it as its
 * section ({@link TopicFiler#withSection} at the enricher's default weight times the section's {@link
 * TopicFiler#agreement}, as {@code Enricher.enrichPage} weighs a page): the list gives no page breaks, so the
 * {@link #WINDOW} headlines on each side stand in for the page. Prints both accuracies per day.
 */
class PageSectionDevSetTest {

  private static final int WINDOW = 6;
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tuning", "scored"})
  void aPagesSectionFilesANationalPapersHeadlinesBetter(String part) throws IOException {
    TopicFiler filer = new TopicFiler(new TopicClassifier(Taxonomy.standard()), TopicModel.shipped().orElseThrow(),
        0, TopicFiler.Weights.DEFAULT);
    Enricher reader = Enricher.withDefaults();
    int alone = 0;
    int withSection = 0;
    int total = 0;
    for (List<JsonNode> day : days(part).values()) {
      List<Map<String, Double>> own = new ArrayList<>();
      for (JsonNode printed : day) {
        String headline = ChineseText.forAnalysis(printed.get("headline").asText());
        own.add(headline.length() <= PaperHeadlines.LABEL_LENGTH ? null
            : filer.probabilities(headline, "", reader.places(headline, "")));
      }
      int rightAlone = 0;
      int rightWithSection = 0;
      for (int i = 0; i < day.size(); i++) {
        String gold = day.get(i).get("topic").isNull() ? null : day.get(i).get("topic").asText();
        List<Map<String, Double>> around = PaperHeadlines.around(own, i, WINDOW);
        Map<String, Double> section = own.get(i) == null ? null : TopicFiler.withSection(own.get(i), around,
            EnricherConfig.DEFAULT_PAGE_TOPIC_WEIGHT * TopicFiler.agreement(around));
        rightAlone += Objects.equals(gold, primary(filer, own.get(i))) ? 1 : 0;
        rightWithSection += Objects.equals(gold, primary(filer, section)) ? 1 : 0;
      }
      System.out.printf("%s %s (%d headlines): alone %.3f, with its section %.3f%n", part,
          day.get(0).get("day").asText(), day.size(), rightAlone / (double) day.size(),
          rightWithSection / (double) day.size());
      alone += rightAlone;
      withSection += rightWithSection;
      total += day.size();
    }
    System.out.printf("%s days (%d headlines): alone %.3f, with its section %.3f%n", part, total,
        alone / (double) total, withSection / (double) total);

    assertThat(total).isGreaterThanOrEqualTo(200);
    assertThat(withSection).isGreaterThan(alone);
  }

  private static String primary(TopicFiler filer, Map<String, Double> probabilities) {
    if (probabilities == null) {
      return null;
    }
    List<TopicScore> topics = filer.ranked(probabilities);
    return topics.isEmpty() || topics.get(0).score() < EnricherConfig.DEFAULT_MIN_TOPIC_PROBABILITY ? null
        : topics.get(0).key();
  }

  /** Each day's headlines in printed order. */
  private static Map<String, List<JsonNode>> days(String part) throws IOException {
    Map<String, List<JsonNode>> days = new LinkedHashMap<>();
    try (InputStream in = PageSectionDevSetTest.class.getResourceAsStream("/topics/rmrb-runs-" + part + ".jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          JsonNode node = JSON.readTree(line);
          days.computeIfAbsent(node.get("day").asText(), d -> new ArrayList<>()).add(node);
        }
      }
    }
    return days;
  }
}
