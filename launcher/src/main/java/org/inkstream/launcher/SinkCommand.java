package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.concurrent.Callable;
import org.inkstream.core.Topics;
import java.time.Duration;
import org.inkstream.sink.AlertWebhook;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inkstream sink}: indexes the articles topic, and the alerts and editions topics beside it, into
 * Elasticsearch until stopped.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = "Index the articles topic into Elasticsearch until stopped.")
final class SinkCommand implements Callable<Integer> {

  @Mixin KafkaOptions kafka;
  @Mixin ElasticsearchOptions elasticsearch;
  @Mixin HttpOptions http;

  @Option(names = "--group-id", defaultValue = "${env:INKSTREAM_SINK_GROUP_ID:-inkstream-sink}",
      description = "Consumer group of the sink instances (default: ${DEFAULT-VALUE}).")
  String groupId;

  @Option(names = "--refresh-interval", defaultValue = "500ms",
      description = "How soon an article becomes searchable (index refresh_interval; default: ${DEFAULT-VALUE}).")
  String refreshInterval;

  @Option(names = "--replicas", defaultValue = "0", description = "Replicas per index (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--alert-webhook", defaultValue = "${env:INKSTREAM_ALERT_WEBHOOK}", paramLabel = "URL",
      description = "Also POST every alert as JSON to URL, with retries (env INKSTREAM_ALERT_WEBHOOK).")
  URI alertWebhook;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!elasticsearch.given()) {
      throw new ParameterException(spec.commandLine(),
          "no Elasticsearch given: pass --es-url URL or set ELASTICSEARCH_URL");
    }
    SinkConfig config = elasticsearch.applyTo(SinkConfig.builder()
        .bootstrapServers(kafka.requireBootstrapServers()).kafkaClientProperties(kafka.clientProperties())
        .groupId(groupId).topics(Topics.defaults())
        .refreshInterval(refreshInterval).replicas(replicas), URI.create(elasticsearch.url)).build();
    PrometheusMeterRegistry registry = OpsServer.newRegistry();
    try (ElasticsearchClient client = ElasticsearchClients.create(config);
        Sinks sinks = Sinks.create(config, client, registry)) {
      ElasticsearchClients.checkConnection(client, config);
      ArticleSink articles = sinks.articles();
      ArticleSink alerts = sinks.alerts();
      ArticleSink editions = sinks.editions();
      Thread alertsThread = Pipeline.run(alerts, "inkstream-alerts-sink");
      Thread editionsThread = Pipeline.run(editions, "inkstream-editions-sink");
      AlertWebhook webhook = alertWebhook == null ? null : new AlertWebhook(alertWebhook, config.bootstrapServers(),
          config.kafkaClientProperties(), config.topics().alerts(), groupId + "-webhook", 8, Duration.ofSeconds(1));
      if (webhook != null) {
        new Thread(webhook::run, "inkstream-alert-webhook").start();
      }
      Thread main = Thread.currentThread();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        articles.close();
        alerts.close();
        editions.close();
        if (webhook != null) {
          webhook.close();
        }
        try {
          main.join(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "sink-stop"));
      try (OpsServer ops = OpsServer.start(http.port, registry,
          () -> alertsThread.isAlive() && editionsThread.isAlive())) {
        articles.run();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("closing the Elasticsearch client failed", e);
    }
    return 0;
  }
}
