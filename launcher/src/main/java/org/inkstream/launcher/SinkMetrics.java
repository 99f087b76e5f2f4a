package org.inkstream.launcher;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.function.ToDoubleFunction;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ConsumerBinder;
import org.inkstream.sink.SinkStats;

/**
 * The sink's meters: its own counts as {@code inkstream_sink_documents_total{result}} (written: acknowledged by
 * Elasticsearch, conflict: a replay Elasticsearch already held, dead_letter, retried), and the metrics of its Kafka
 * consumers ({@link #kafkaConsumers}), consumer lag first of all.
 */
final class SinkMetrics {

  private SinkMetrics() {}

  static void bind(MeterRegistry registry, ArticleSink sink) {
    counter(registry, sink, "written", SinkStats::written);
    counter(registry, sink, "conflict", SinkStats::conflicts);
    counter(registry, sink, "dead_letter", SinkStats::deadLettered);
    counter(registry, sink, "retried", SinkStats::retries);
  }

  /**
   * Binds every Kafka consumer a sink creates to {@code registry} with Micrometer's {@link KafkaClientMetrics} ({@code
   * kafka_consumer_fetch_manager_records_lag_max} and the consumer's other metrics), until the sink closes it: the
   * binding goes with the consumer, so a consumer created again does not leave the meters of the old one behind. Give
   * it to every {@link ArticleSink} a command runs.
   *
   * <p>No tag is added: a sink's consumers keep apart by their {@code client_id}, the sink's consumer group ({@code
   * inkstream-sink}, {@code inkstream-sink-alerts}), and carry the same tag keys as enrich's Streams consumers, with
   * which they share a registry in {@code demo}. (Micrometer's Kafka binders replace meters of a name that have fewer
   * tags, and a Prometheus registry refuses a name with two sets of tag keys.)
   */
  static ConsumerBinder kafkaConsumers(MeterRegistry registry) {
    return consumer -> {
      KafkaClientMetrics metrics = new KafkaClientMetrics(consumer);
      try {
        metrics.bindTo(registry);
      } catch (RuntimeException e) {
        metrics.close(); // stops its refresh thread
        throw e;
      }
      return metrics::close;
    };
  }

  private static void counter(MeterRegistry registry, ArticleSink sink, String result,
      ToDoubleFunction<SinkStats> count) {
    FunctionCounter.builder("inkstream.sink.documents", sink, s -> count.applyAsDouble(s.stats()))
        .tag("result", result)
        .description("bulk item results of the sink")
        .register(registry);
  }
}
