package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkstream.core.Article;
import org.inkstream.core.Entities;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  @Test
  void entitiesMatchHandAnnotations() throws IOException {
    EntityScores scores = measure(EnricherConfig.Segmentation.ACCURATE);
    assertThat(scores.persons.precision()).as("person precision").isGreaterThanOrEqualTo(0.85);
    assertThat(scores.persons.recall()).as("person recall").isGreaterThanOrEqualTo(0.85);
    assertThat(scores.places.precision()).as("place precision").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void fastSegmentationEntities() throws IOException {
    EntityScores scores = measure(EnricherConfig.Segmentation.FAST);
    // the fast mode trades quality for speed: hold it to a lower bar than the accurate one
    assertThat(scores.persons.precision()).as("person precision").isGreaterThanOrEqualTo(0.75);
    assertThat(scores.places.precision()).as("place precision").isGreaterThanOrEqualTo(0.75);
  }

  private EntityScores measure(EnricherConfig.Segmentation mode) throws IOException {
    Map<String, Article> articles = new HashMap<>();
    for (SeedGold.Item item : SeedGold.items()) {
      articles.put(item.page().id() + "/" + item.goldId(), item.article());
    }
    Segmenter segmenter = new Segmenter(mode);
    EntityScores tuning = new EntityScores();
    EntityScores heldOut = new EntityScores();
    for (JsonNode gold : annotations().get("articles")) {
      Article article = articles.get(gold.get("page").asText() + "/" + gold.get("item").asText());
      assertThat(article).as("annotated article %s", gold).isNotNull();
      Entities got = EXTRACTOR.extract(
          segmenter.segment(ChineseText.forAnalysis(article.headline() + "\n" + article.text())),
          Enricher.creditedNames(article.byline()));
      (gold.path("held_out").asBoolean() ? heldOut : tuning).add(got, gold);
      System.out.printf("%s/%s%n  persons %s%n   missed %s%n  places %s%n   missed %s%n  orgs %s%n", gold.get("page"),
          gold.get("item"), got.persons(), missed(got.persons(), gold.get("persons")), got.places(),
          missed(got.places(), gold.get("places")), got.organizations());
    }
    tuning.print(mode + " tuning set");
    heldOut.print(mode + " held-out set");
    return tuning;
  }

  private static List<String> missed(List<String> got, JsonNode gold) {
    List<String> missed = new ArrayList<>(EntityScores.set(gold));
    missed.removeAll(got);
    return missed;
  }

  private static JsonNode annotations() throws IOException {
    try (InputStream in = EntityExtractorTest.class.getResourceAsStream("/enrichment/entities-gold.json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
