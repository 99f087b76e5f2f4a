package org.inkstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and its JSON contract, on made-up figures (no timing is measured here). */
class BenchReportTest {

  @Test
  void shouldNameTheSlowestStageAndTheRatio() {
    BenchReport report = report();

    assertThat(report.slowestStage().stage()).isEqualTo("bulk-index"); // 100 pages in 10 s: 10 pages/s
    assertThat(report.ratioEndToEndToSlowest()).isEqualTo(0.5); // 100 pages in 20 s: 5 pages/s, over 10
  }

  @Test
  void shouldWriteTheKeysScriptsReadAsJson() {
    ObjectNode json = report().toJson();

    assertThat(json.fieldNames()).toIterable().contains("end_to_end_pages_per_s", "end_to_end_articles_per_s",
        "slowest_stage", "slowest_stage_pages_per_s", "ratio_end_to_end_to_slowest", "latency_ms", "heap_max_mb");
    assertThat(json.path("latency_ms").fieldNames()).toIterable().contains("p50", "p95", "p99");
    assertThat(json.path("end_to_end_articles_per_s").asDouble()).isEqualTo(25.0); // 500 articles in 20 s
    assertThat(json.path("latency_ms").path("p99").asLong()).isEqualTo(990);
  }

  @Test
  void shouldTakeNearestRankPercentiles() {
    long[] samples = new long[100];
    for (int i = 0; i < samples.length; i++) {
      samples[samples.length - 1 - i] = (i + 1) * 10L; // 1000, 990, ... 10: the figures sort them
    }
    LatencyFigures figures = new LatencyFigures(samples, new long[0], 0, 50);

    assertThat(figures.percentile(50)).isEqualTo(500);
    assertThat(figures.percentile(99)).isEqualTo(990);
    assertThat(figures.percentile(100)).isEqualTo(1000);
    assertThat(figures.toSinkPercentile(50)).isZero(); // no samples
    assertThatThrownBy(() -> figures.percentile(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseFiguresThatMeanNothing() {
    assertThatThrownBy(() -> new StageFigures("engine", -1, 0, 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StageFigures("engine", 1, 0, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BenchReport report() {
    long[] latencies = new long[100];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = (i + 1) * 10L;
    }
    return new BenchReport(Map.of("pages", 100),
        List.of(stage("engine", 5), stage("kafka-produce", 1), stage("bulk-index", 10)),
        new StageFigures("end-to-end", 100, 500, 0, Duration.ofSeconds(20)), 2.5,
        new LatencyFigures(latencies, latencies, 0, 50), new BenchReport.HeapFigures(120, 300, 512), List.of());
  }

  private static StageFigures stage(String name, int seconds) {
    return new StageFigures(name, 100, 500, 0, Duration.ofSeconds(seconds));
  }
}
