package org.inkstream.launcher;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.inkstream.core.Topics;
import org.inkstream.editions.Papers;
import org.inkstream.sink.StartupWait;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.EnrichService;
import org.inkstream.topology.PipelineMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inkstream enrich}: one instance of the Streams application. Start more instances with the same application id
 * to share the work; at most as many do work as the pages topic has partitions.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrich topology (pages to articles) until stopped.")
final class EnrichCommand implements Callable<Integer> {

  @Mixin KafkaOptions kafka;
  @Mixin ServiceOptions service;
  @Mixin HttpOptions http;
  @Mixin StartupOptions startup;

  @Option(names = "--application-id", defaultValue = "${env:INKSTREAM_APPLICATION_ID:-inkstream-enrich}",
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--papers", defaultValue = "${env:INKSTREAM_PAPERS}", paramLabel = "PAPERS.yaml",
      description = "The papers the team follows, for edition tracking (env INKSTREAM_PAPERS; docs/editions.md). "
          + "Without it every edition is tracked as unexpected and none is late.")
  Path papersFile;

  @Option(names = "--create-topics", description = "Create missing topics (3 partitions, replication 1) first.")
  boolean createTopics;

  @Override
  public Integer call() throws Exception {
    // Read first: a bad papers file stops the stage at start-up, naming the paper and the field.
    Papers papers = papersFile == null ? Papers.none() : Papers.read(papersFile);
    String bootstrap = kafka.requireBootstrapServers();
    EnrichConfig config = new EnrichConfig(applicationId, bootstrap, service.dataDir.resolve("streams"),
        Topics.defaults(), EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100).withClientProperties(kafka.clientProperties())
        .withPapers(papers).withStartupTimeout(startup.deadline());
    PrometheusMeterRegistry registry = OpsServer.newRegistry();
    AtomicReference<EnrichService> started = new AtomicReference<>();
    // Serving before the wait: live while the broker is away, ready only once the topology runs.
    try (OpsServer ops = OpsServer.start(http.port, registry, () -> started.get() != null && started.get().running())) {
      KafkaStartupCheck.await(bootstrap, config.clientProperties(), new StartupWait(config.startupTimeout()),
          KafkaStartupCheck.ATTEMPT_TIMEOUT);
      if (createTopics) {
        TopicSetup.ensure(bootstrap, config.clientProperties(), config.topics(), 3, (short) 1);
      }
      runUntilStopped(config, registry, started);
    }
    return 0;
  }

  /**
   * Runs the topology until Ctrl-C or SIGTERM. The shutdown hook is registered only now: a stage stopped while it
   * still waits for the broker has nothing to close and must exit at once, not after the hook's minute.
   */
  private static void runUntilStopped(EnrichConfig config, PrometheusMeterRegistry registry,
      AtomicReference<EnrichService> started) throws InterruptedException {
    ShutdownSignal signal = ShutdownSignal.register("enrich");
    try (EnrichService enrich = EnrichService.start(config, Engine.create(), new PipelineMetrics(registry))) {
      started.set(enrich);
      signal.await();
    } finally {
      signal.closed();
    }
  }
}
