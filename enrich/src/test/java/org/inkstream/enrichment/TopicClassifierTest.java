package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.inkstream.core.TopicScore;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

  private static final TopicClassifier CLASSIFIER = new TopicClassifier(Taxonomy.standard());

  @Test
  void seedTopicAccuracy() {
    int scored = 0;
    int any = 0;
    int primary = 0;
    for (SeedGold.Item item : SeedGold.items()) {
      if (item.goldTopics().isEmpty()) {
        continue;
      }
      List<TopicScore> topics = CLASSIFIER.classify(ChineseText.forAnalysis(item.article().headline()),
          ChineseText.forAnalysis(item.article().text()));
      String predicted = topics.isEmpty() ? null : topics.get(0).key();
      scored++;
      any += item.goldTopics().contains(predicted) ? 1 : 0;
      primary += item.goldTopics().get(0).equals(predicted) ? 1 : 0;
      System.out.printf("%s %-5s gold=%s got=%s%n", item.page().id().substring(0, 3),
          item.goldTopics().contains(predicted) ? "ok" : "MISS", item.goldTopics(), topics);
    }
    double anyAccuracy = (double) any / scored;
    System.out.printf("topic accuracy over %d items: any %.3f primary %.3f%n", scored, anyAccuracy,
        (double) primary / scored);
    assertThat(anyAccuracy).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void lexiconsGeneraliseBeyondTheSeeds() throws IOException {
    JsonNode samples;
    try (InputStream in = getClass().getResourceAsStream("/enrichment/topic-samples.json")) {
      samples = new ObjectMapper().readTree(in).get("samples");
    }
    int right = 0;
    for (JsonNode sample : samples) {
      List<TopicScore> topics = CLASSIFIER.classify(sample.get("headline").asText(), sample.get("text").asText());
      String predicted = topics.isEmpty() ? null : topics.get(0).key();
      boolean ok = sample.get("topic").asText().equals(predicted);
      right += ok ? 1 : 0;
      if (!ok) {
        System.out.printf("sample MISS %s got %s: %s%n", sample.get("topic"), topics, sample.get("headline"));
      }
    }
    System.out.printf("topic accuracy on %d written samples: %.3f%n", samples.size(), (double) right / samples.size());
    assertThat((double) right / samples.size()).isGreaterThanOrEqualTo(0.9);
  }
}
