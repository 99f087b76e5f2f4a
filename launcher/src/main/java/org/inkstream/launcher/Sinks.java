package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ConsumerBinder;
import org.inkstream.sink.SinkConfig;

/**
 * The two sinks every command runs on one Elasticsearch client: the articles sink, and the alerts sink beside it
 * ({@link SinkConfig#forAlerts()}), with their meters on one registry: the Kafka consumers of both ({@link
 * SinkMetrics#kafkaConsumers}, told apart by {@code client_id}) and the articles sink's document counts. {@code sink}
 * and {@link Pipeline} ({@code demo}, the bench, the end-to-end tests) create their sinks here only, so that no sink
 * runs with its consumer lag missing from {@code /metrics}.
 */
record Sinks(ArticleSink articles, ArticleSink alerts) implements AutoCloseable {

  /** Creates both sinks, not running yet: run each on a thread of its own ({@link Pipeline#run}). */
  static Sinks create(SinkConfig config, ElasticsearchClient client, MeterRegistry registry) {
    ConsumerBinder consumers = SinkMetrics.kafkaConsumers(registry);
    ArticleSink articles = new ArticleSink(config, client, consumers);
    ArticleSink alerts = new ArticleSink(config.forAlerts(), client, consumers);
    SinkMetrics.bind(registry, articles);
    return new Sinks(articles, alerts);
  }

  List<ArticleSink> both() {
    return List.of(articles, alerts);
  }

  /** Stops both sinks, each waiting for its {@code run()} to finish. */
  @Override
  public void close() {
    articles.close();
    alerts.close();
  }
}
