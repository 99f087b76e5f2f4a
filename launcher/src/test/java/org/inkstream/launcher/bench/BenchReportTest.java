package org.inkstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
    assertThatThrownBy(() -> new StageFigures("engine", -1, 0, 0, Duration.ofSeconds(1), NO_CPU))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StageFigures("engine", 1, 0, 0, Duration.ZERO, NO_CPU))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldBoundTheRatioByTheCpuTheChainedStagesCostAlone() {
    // 2 cores. Per page alone: engine 100 ms CPU, Kafka 10 ms, sink 20 ms in the JVM + 80 ms in Elasticsearch.
    BenchReport report = new BenchReport(Map.of("available_processors", 2),
        List.of(stage("engine", 5, cpu(10_000, 0)), stage("kafka-produce", 1, cpu(1_000, 0)),
            stage("sink", 8, cpu(2_000, 8_000)), stage("bulk-index", 10, cpu(2_000, 8_000))),
        new StageFigures("end-to-end", 100, 500, 0, Duration.ofSeconds(20), cpu(24_000, 16_000)), 2.5,
        new LatencyFigures(new long[] {1}, new long[] {1}, 0, 50), new BenchReport.HeapFigures(1, 1, 1), BenchReport.Soak.NONE);

    assertThat(report.chainedStagesCpuMillisPerPage()).isEqualTo(210.0);
    // 2 cores at 210 ms a page: at most 9.52 pages/s, against the slowest stage's 10 (bulk-index).
    assertThat(report.ratioCeiling()).isCloseTo(2000.0 / 210 / 10, within(1e-9));
    assertThat(report.endToEnd().cpuMillisPerPage()).isEqualTo(400.0);
    assertThat(report.endToEnd().coresBusy()).isEqualTo(2.0);
    ObjectNode json = report.toJson();
    assertThat(json.path("ratio_ceiling_on_these_cores").asDouble()).isCloseTo(0.952, within(1e-3));
    assertThat(json.path("stages").get(2).path("elasticsearch_cpu_ms").asDouble()).isEqualTo(8000.0);
    assertThat(json.path("stages").get(0).has("elasticsearch_cpu_ms")).isTrue();
  }

  @Test
  void shouldLeaveElasticsearchOutOfTheCpuWhenItCouldNotBeRead() {
    StageFigures stage = new StageFigures("engine", 10, 50, 0, Duration.ofSeconds(1),
        new CpuUse(500, 100, OptionalDouble.empty(), OptionalDouble.empty()));

    assertThat(stage.cpuMillisPerPage()).isEqualTo(50.0);
    assertThat(stage.coresBusy()).isEqualTo(0.5);
  }

  @Test
  void shouldWarnWhenOtherProcessesTookCoresDuringAPass() {
    // 10 s of bulk-index during which the machine was busy 30 s: 10 s ours, 20 s (2 cores) someone else's.
    StageFigures crowded = new StageFigures("bulk-index", 100, 500, 0, Duration.ofSeconds(10),
        new CpuUse(2_000, 0, OptionalDouble.of(8_000), OptionalDouble.of(30_000)));
    BenchReport report = new BenchReport(Map.of("available_processors", 2),
        List.of(stage("engine", 5, cpu(10_000, 0)), crowded),
        new StageFigures("end-to-end", 100, 500, 0, Duration.ofSeconds(20), cpu(24_000, 16_000)), 2.5,
        new LatencyFigures(new long[] {1}, new long[] {1}, 0, 50), new BenchReport.HeapFigures(1, 1, 1), BenchReport.Soak.NONE);

    assertThat(crowded.otherCoresBusy()).isEqualTo(2.0);
    assertThat(report.busiestNeighbour()).contains(crowded);
    assertThat(report.toJson().path("quiet_machine").asBoolean()).isFalse();
    StringWriter printed = new StringWriter();
    report.print(new PrintWriter(printed));
    assertThat(printed.toString()).contains("WARNING: other processes kept 2.00 cores busy during bulk-index");
  }

  @Test
  void shouldNotWarnOnAQuietMachine() {
    BenchReport report = new BenchReport(Map.of("available_processors", 2),
        List.of(stage("engine", 5, cpu(10_000, 0))),
        new StageFigures("end-to-end", 100, 500, 0, Duration.ofSeconds(20), cpu(24_000, 16_000)), 2.5,
        new LatencyFigures(new long[] {1}, new long[] {1}, 0, 50), new BenchReport.HeapFigures(1, 1, 1), BenchReport.Soak.NONE);

    assertThat(report.busiestNeighbour()).isEmpty();
    assertThat(report.toJson().path("quiet_machine").asBoolean()).isTrue();
  }

  @Test
  void shouldReportTheLiveHeapBeforeAndAfterTheSoak() {
    BenchReport.Soak soak = new BenchReport.Soak(List.of(new HeapWatch.Sample(1, 150, "G1 Young"),
        new HeapWatch.Sample(12, 160, "G1 Young")), 140, 141, List.of(new ClassHistogram.Growth("[B",
        new ClassHistogram.Entry(10, 1000), new ClassHistogram.Entry(12, 3000))));
    BenchReport report = new BenchReport(Map.of("available_processors", 2), List.of(stage("engine", 5)),
        new StageFigures("end-to-end", 100, 500, 0, Duration.ofSeconds(20), NO_CPU), 2.5,
        new LatencyFigures(new long[] {1}, new long[] {1}, 0, 50), new BenchReport.HeapFigures(1, 1, 1), soak);

    ObjectNode json = report.toJson();
    assertThat(json.path("soak_live_heap_mb").path("before").asDouble()).isEqualTo(140.0);
    assertThat(json.path("soak_live_heap_mb").path("after").asDouble()).isEqualTo(141.0);
    assertThat(json.path("soak_heap_after_gc")).hasSize(2);
    assertThat(json.path("soak_top_growers").get(0).path("class").asText()).isEqualTo("[B");
    assertThat(json.path("soak_top_growers").get(0).path("bytes_after").asLong()).isEqualTo(3000);
    StringWriter printed = new StringWriter();
    report.print(new PrintWriter(printed));
    assertThat(printed.toString()).contains("live heap after a full GC 140.0 MB before, 141.0 MB after");
    assertThat(report().toJson().has("soak_live_heap_mb")).isFalse();
  }

  private static final CpuUse NO_CPU = new CpuUse(0, 0, OptionalDouble.empty(), OptionalDouble.empty());

  private static CpuUse cpu(double jvmMs, double elasticsearchMs) {
    // A quiet machine: busy exactly as much as this JVM and Elasticsearch.
    return new CpuUse(jvmMs, 0, OptionalDouble.of(elasticsearchMs), OptionalDouble.of(jvmMs + elasticsearchMs));
  }

  private static BenchReport report() {
    long[] latencies = new long[100];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = (i + 1) * 10L;
    }
    return new BenchReport(Map.of("pages", 100),
        List.of(stage("engine", 5), stage("kafka-produce", 1), stage("bulk-index", 10)),
        new StageFigures("end-to-end", 100, 500, 0, Duration.ofSeconds(20), NO_CPU), 2.5,
        new LatencyFigures(latencies, latencies, 0, 50), new BenchReport.HeapFigures(120, 300, 512), BenchReport.Soak.NONE);
  }

  private static StageFigures stage(String name, int seconds) {
    return stage(name, seconds, NO_CPU);
  }

  private static StageFigures stage(String name, int seconds, CpuUse cpu) {
    return new StageFigures(name, 100, 500, 0, Duration.ofSeconds(seconds), cpu);
  }
}
