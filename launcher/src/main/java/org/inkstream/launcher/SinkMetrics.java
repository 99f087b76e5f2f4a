package org.inkstream.launcher;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.SinkStats;

/**
 * Exposes the sink's own counts as {@code inkstream_sink_documents_total{result}}: written (acknowledged by
 * Elasticsearch), conflict (a replay Elasticsearch already held), dead_letter, retried.
 */
final class SinkMetrics {

  private SinkMetrics() {}

  static void bind(MeterRegistry registry, ArticleSink sink) {
    counter(registry, sink, "written", SinkStats::written);
    counter(registry, sink, "conflict", SinkStats::conflicts);
    counter(registry, sink, "dead_letter", SinkStats::deadLettered);
    counter(registry, sink, "retried", SinkStats::retries);
  }

  private static void counter(MeterRegistry registry, ArticleSink sink, String result,
      ToDoubleFunction<SinkStats> count) {
    FunctionCounter.builder("inkstream.sink.documents", sink, s -> count.applyAsDouble(s.stats()))
        .tag("result", result)
        .description("bulk item results of the sink")
        .register(registry);
  }
}
