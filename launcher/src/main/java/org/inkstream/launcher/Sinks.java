package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ConsumerBinder;
import org.inkstream.sink.SinkConfig;

/**
 * The sinks every command runs on one Elasticsearch client: the articles sink, and the alerts and editions sinks
 * beside it ({@link SinkConfig#forAlerts()}, {@link SinkConfig#forEditions()}), with their meters on one registry: the
 * Kafka consumers of all ({@link
 * SinkMetrics#kafkaConsumers}, told apart by {@code client_id}) and the articles sink's document counts. {@code sink}
 * and {@link Pipeline} ({@code demo}, the bench, the end-to-end tests) create their sinks here only, so that no sink
 * runs with its consumer lag missing from {@code /metrics}.
 */
record Sinks(ArticleSink articles, ArticleSink alerts, ArticleSink editions) implements AutoCloseable {

  /** Creates the sinks, not running yet: run each on a thread of its own ({@link Pipeline#run}). */
  static Sinks create(SinkConfig config, ElasticsearchClient client, MeterRegistry registry) {
    ConsumerBinder consumers = SinkMetrics.kafkaConsumers(registry);
    ArticleSink articles = new ArticleSink(config, client, consumers);
    ArticleSink alerts = new ArticleSink(config.forAlerts(), client, consumers);
    ArticleSink editions = new ArticleSink(config.forEditions(), client, consumers);
    SinkMetrics.bind(registry, articles);
    return new Sinks(articles, alerts, editions);
  }

  List<ArticleSink> all() {
    return List.of(articles, alerts, editions);
  }

  /** Stops the sinks together, waiting for their {@code run()} to finish ({@link ArticleSink#closeAll}). */
  @Override
  public void close() {
    ArticleSink.closeAll(all());
  }
}
