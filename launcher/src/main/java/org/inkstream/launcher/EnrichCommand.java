package org.inkstream.launcher;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inkstream.core.Topics;
import org.inkstream.editions.Papers;
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
    Topics topics = Topics.defaults();
    if (createTopics) {
      TopicSetup.ensure(bootstrap, kafka.clientProperties(), topics, 3, (short) 1);
    }
    EnrichConfig config = new EnrichConfig(applicationId, bootstrap, service.dataDir.resolve("streams"), topics,
        EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100).withClientProperties(kafka.clientProperties()).withPapers(papers);
    PrometheusMeterRegistry registry = OpsServer.newRegistry();
    ShutdownSignal signal = ShutdownSignal.register("enrich");
    try (EnrichService enrich = EnrichService.start(config, Engine.create(), new PipelineMetrics(registry));
        OpsServer ops = OpsServer.start(http.port, registry, enrich::running)) {
      signal.await();
    } finally {
      signal.closed();
    }
    return 0;
  }
}
