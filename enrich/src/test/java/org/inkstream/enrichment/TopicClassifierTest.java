package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.inkstream.core.TopicScore;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

  private static final TopicClassifier CLASSIFIER = new TopicClassifier(Taxonomy.standard());

  @Test
  void seedTopicAccuracy() {
    assumeTrue(SeedGold.available(), "seed pages not found");
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
}
