package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.inkstream.core.Topics;
import java.time.Duration;
import org.inkstream.sink.AlertWebhook;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.sink.StartupWait;
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
  @Mixin StartupOptions startup;

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
        .refreshInterval(refreshInterval).replicas(replicas).startupTimeout(startup.deadline()),
        URI.create(elasticsearch.url)).build();
    PrometheusMeterRegistry registry = OpsServer.newRegistry();
    AtomicReference<BooleanSupplier> ready = new AtomicReference<>(() -> false);
    // Serving before the wait: live while Elasticsearch or Kafka is away, ready only once the sinks run.
    try (OpsServer ops = OpsServer.start(http.port, registry, () -> ready.get().getAsBoolean());
        ElasticsearchClient client = ElasticsearchClients.create(config);
        Sinks sinks = Sinks.create(config, client, registry)) {
      awaitDependencies(client, config);
      runUntilStopped(config, sinks, ready);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("closing the Elasticsearch client failed", e);
    }
    return 0;
  }

  /**
   * Waits for Elasticsearch, then Kafka, within one start-up deadline ({@link SinkConfig#startupTimeout()}): a sink
   * restarted while either restarts waits for it instead of exiting; a configuration error still ends it at once.
   */
  private static void awaitDependencies(ElasticsearchClient client, SinkConfig config) {
    StartupWait wait = new StartupWait(config.startupTimeout());
    ElasticsearchClients.awaitConnection(client, config, wait);
    KafkaStartupCheck.await(config.bootstrapServers(), config.kafkaClientProperties(), wait,
        KafkaStartupCheck.ATTEMPT_TIMEOUT);
  }

  /** Runs the alerts, editions and (on this thread) articles sinks, and the webhook if given, until stopped. */
  private void runUntilStopped(SinkConfig config, Sinks sinks, AtomicReference<BooleanSupplier> ready) {
    Thread alertsThread = Pipeline.run(sinks.alerts(), "inkstream-alerts-sink");
    Thread editionsThread = Pipeline.run(sinks.editions(), "inkstream-editions-sink");
    AlertWebhook webhook = alertWebhook == null ? null : new AlertWebhook(alertWebhook, config.bootstrapServers(),
        config.kafkaClientProperties(), config.topics().alerts(), groupId + "-webhook", 8, Duration.ofSeconds(1),
        config.requestTimeout());
    if (webhook != null) {
      new Thread(webhook::run, "inkstream-alert-webhook").start();
    }
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sinks.close();
      if (webhook != null) {
        webhook.close();
      }
      try {
        main.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sink-stop"));
    ready.set(() -> alertsThread.isAlive() && editionsThread.isAlive());
    sinks.articles().run();
  }
}
