package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.eval.EvalReport;
import org.inkstream.eval.Evaluator;
import org.inkstream.eval.PageScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The splitter on the five seed pages, scored against their gold files with the project's metrics. The thresholds are
 * the acceptance bar of issue 3; the per-page table is printed to the test output for whoever tunes the engine.
 */
class SeedPagesTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static EvalReport report;

  @BeforeAll
  static void evaluate() throws IOException {
    Splitter splitter = new Splitter();
    report = new Evaluator().evaluate(SEEDS.resolve("gold"), List.of(), page -> splitter.split(page).articles());
    System.out.println(report.toTable());
    if (Boolean.getBoolean("inkstream.dump")) {
      try (var files = Files.list(SEEDS)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          PageSplit split = splitter.split(Page.of(file.getFileName().toString(), file.getFileName().toString(), text));
          System.out.println("=== " + file.getFileName());
          for (Article a : split.articles()) {
            System.out.println(Json.write(a.toBuilder().contentHash("-").build()));
          }
          split.leftovers().forEach(l -> System.out.println("LEFTOVER " + Json.write(l)));
        }
      }
    }
  }

  @Test
  void itemsArePairedWithGold() {
    assertThat(report.total().itemF1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void linesLandInTheirGoldItem() {
    assertThat(report.total().lineAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void headlinesMatch() {
    assertThat(report.total().headlineAccuracy()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void typesMatch() {
    assertThat(report.total().typeAccuracy()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void reportersMatch() {
    assertThat(report.total().reporterAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everyPageIsScored() {
    assertThat(report.pages()).extracting(PageScore::page).hasSize(5);
  }
}
