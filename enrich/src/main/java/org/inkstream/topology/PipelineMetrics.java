package org.inkstream.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.inkstream.core.ArticleType;

/**
 * The enrich stage's own counters, next to the Kafka Streams metrics the binder adds. Names follow Prometheus
 * conventions once exported: {@code inkstream_pages_in_total}, {@code inkstream_articles_out_total{type}}, {@code
 * inkstream_dead_letters_total{stage}}, {@code inkstream_engine_latency_seconds}.
 */
public final class PipelineMetrics {

  private final MeterRegistry registry;
  private final Counter pagesIn;
  private final Timer engineLatency;

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.pagesIn = Counter.builder("inkstream.pages.in").description("pages read from the pages topic")
        .register(registry);
    this.engineLatency = Timer.builder("inkstream.engine.latency").description("time to split and enrich one page")
        .publishPercentileHistogram()
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
  }

  /** Metrics that go nowhere, for tests and offline runs. */
  public static PipelineMetrics discarding() {
    return new PipelineMetrics(new SimpleMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  void pageIn() {
    pagesIn.increment();
  }

  void articleOut(ArticleType type) {
    registry.counter("inkstream.articles.out", "type", type.key()).increment();
  }

  void deadLetter(String stage) {
    registry.counter("inkstream.dead.letters", "stage", stage).increment();
  }

  Timer engineLatency() {
    return engineLatency;
  }
}
