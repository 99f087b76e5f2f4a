package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping, with a mock producer; its timings are measured against a real broker, not here. */
class IngestBenchmarkTest {

  private static final List<Path> SEEDS = List.of(
      Path.of("..", "seeds", "000_5df28f67ff30171a.txt"),
      Path.of("..", "seeds", "001_87c94bae99bfe419.txt"));

  @Test
  void shouldSendEveryFileRepeatTimesBothWaysAfterAWarmUp() throws Exception {
    TestProducer kafka = new TestProducer();

    IngestBenchmark.Figures figures = IngestBenchmark.run(kafka, SEEDS, 3, PageReader.DEFAULT_MAX_BYTES);

    assertThat(figures.pages()).isEqualTo(6);
    assertThat(kafka.history()).hasSize(2 * 2 * (3 + 1)); // two halves, two files, three timed runs and a warm-up
    assertThat(kafka.history()).allSatisfy(r -> assertThat(r.topic()).isEqualTo(IngestBenchmark.TOPIC));
    assertThat(figures.ingestPagesPerSecond()).isPositive();
    assertThat(figures.rawPagesPerSecond()).isPositive();
    assertThat(figures.ratio()).isEqualTo(figures.ingestPagesPerSecond() / figures.rawPagesPerSecond());
  }

  @Test
  void shouldRejectNothingToMeasure() {
    assertThatThrownBy(() -> IngestBenchmark.run(new TestProducer(), SEEDS, 0, 1000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat must be at least 1, was 0");
    assertThatThrownBy(() -> IngestBenchmark.run(new TestProducer(), List.of(), 1, 1000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one page file");
  }
}
