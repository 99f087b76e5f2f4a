package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.inkstream.enrichment.TypeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The type model's commands on the test articles: {@code types train} renders pages, adds the hand-labelled set and
 * writes a model the enricher can load; {@code types eval} scores it beside the rules.
 */
class TypesCommandTest {

  private static final Path ENRICH = Path.of("..", "enrich", "src", "test", "resources");

  @Test
  void trainAndEvalMakeAModelTheEnricherCanLoad(@TempDir Path dir) {
    Path model = dir.resolve("type-model.gz");

    String trained = TopicsCommandTest.run("types", "train", "--articles", ENRICH.resolve("corpus/articles.jsonl").toString(),
        "--sources", "handwritten", "--pages", "10", "--out", model.toString(),
        "--labels", ENRICH.resolve("types/hand-labelled.jsonl").toString(),
        "--exclude", ENRICH.resolve("topics/dev-tuning.jsonl").toString());
    String scores = TopicsCommandTest.run("types", "eval",
        "--labels", ENRICH.resolve("topics/dev-tuning.jsonl").toString(), "--type-model", model.toString());

    assertThat(trained).contains("from 10 rendered pages").contains("412 typed articles").contains("types [");
    assertThat(TypeModel.read(model).types()).contains("news", "notice_ad");
    assertThat(scores).contains("rules     type accuracy").contains("combined  type accuracy")
        .contains("combined gold\\pred");
  }
}
