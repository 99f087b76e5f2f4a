package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.inkstream.core.Json;
import org.inkstream.ingest.PageFiles;
import org.inkstream.launcher.bench.BenchReport;
import org.inkstream.launcher.bench.BenchRun;
import org.inkstream.launcher.bench.BenchSettings;
import org.inkstream.launcher.bench.CpuMeter;
import org.inkstream.launcher.bench.PipelineLauncher;
import org.inkstream.launcher.bench.Workload;
import org.inkstream.launcher.stack.EmbeddedElasticsearch;
import org.inkstream.launcher.stack.EmbeddedKafka;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.PipelineMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream bench}: end-to-end throughput, page-to-searchable latency and heap of the pipeline, against each
 * stage alone on the same pages, in one run (see {@link BenchRun}). On the embedded stack unless Kafka and
 * Elasticsearch are given; docs/benchmarks.md has the figures measured so far and how to read them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure the pipeline (throughput, latency, heap) against each stage alone, on the same pages.")
final class BenchCommand implements Callable<Integer> {

  @Mixin KafkaOptions kafka;
  @Mixin ElasticsearchOptions elasticsearch;

  @Option(names = "--pages", defaultValue = "500", description = "Pages per stage and end to end (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--warm-up-pages", defaultValue = "1000",
      description = "Pages that warm each stage and the pipeline up before they are timed (default: ${DEFAULT-VALUE}).")
  int warmUpPages;

  @Option(names = "--latency-pages", description = "Pages fed at half load for latency (default: half of --pages, at least 50).")
  Integer latencyPages;

  @Option(names = "--from", paramLabel = "DIR", description = "Page files to replay (default: the seeds).")
  Path from;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
  Path json;

  @Option(names = "--duration", defaultValue = "0s", paramLabel = "DURATION",
      description = "Soak: after the latency phase, keep half load for this long (10m, 90s) and report heap after GC.")
  String duration;

  @Option(names = "--commit-interval-ms", defaultValue = "100",
      description = "Streams commit interval (default: ${DEFAULT-VALUE}).")
  long commitIntervalMs;

  @Option(names = "--sink-batch-size", defaultValue = "500", description = "Sink bulk batch size (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--sink-flush-interval-ms", defaultValue = "200",
      description = "Sink bulk flush interval (default: ${DEFAULT-VALUE}).")
  long flushIntervalMs;

  @Option(names = "--refresh-interval", defaultValue = "500ms",
      description = "Index refresh interval (default: ${DEFAULT-VALUE}).")
  String refreshInterval;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where the embedded broker, node and Streams state live (default: .inkstream/bench).")
  Path dataDir;

  @Option(names = {"-v", "--verbose"},
      description = "Also print the logs of Kafka, Streams and Elasticsearch on the console (always in .inkstream/logs/).")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path home = Path.of(System.getProperty("inkstream.home", "."));
    Path data = (dataDir != null ? dataDir : home.resolve(".inkstream").resolve("bench")).toAbsolutePath();
    ConsoleLog.divert(home.resolve(".inkstream").resolve("logs"), verbose);
    List<Path> files = PageFiles.expand(List.of(from != null ? from : home.resolve("seeds")));
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no page files (*.txt) under " + (from != null ? from : "seeds"));
    }
    Workload sources = Workload.read(files, "source-");
    BenchSettings settings = new BenchSettings(pages, warmUpPages, latencyPages != null ? latencyPages : Math.max(50, pages / 2),
        parseDuration(duration), commitIntervalMs, batchSize, Duration.ofMillis(flushIntervalMs), refreshInterval,
        Duration.ofMillis(50));
    Engine engine = Engine.create();
    try (BenchStack stack = BenchStack.start(kafka, elasticsearch, data, home.resolve(".inkstream").resolve("dist"));
        ElasticsearchClient statsClient = ElasticsearchClients.create(elasticsearch.applyTo(SinkConfig.builder(),
            stack.elasticsearchUrl()).bootstrapServers(stack.bootstrapServers()).build())) {
      // The embedded node's CPU comes exactly from its process; a given cluster's from its nodes stats.
      CpuMeter meter = stack.node() != null
          ? CpuMeter.withProcess(stack.node()::serverProcess)
          : CpuMeter.withNodesStats(statsClient);
      PipelineLauncher launcher = (enrich, sink) -> {
        TopicSetup.ensure(enrich.bootstrapServers(), enrich.topics(), 3, (short) 1);
        return Pipeline.start(enrich, sink, engine, PipelineMetrics.discarding());
      };
      BenchRun run = new BenchRun(stack.bootstrapServers(),
          () -> elasticsearch.applyTo(SinkConfig.builder(), stack.elasticsearchUrl()), engine, launcher,
          data.resolve("streams"), settings, meter, out);
      BenchReport report = run.execute(sources);
      report.print(out);
      if (json != null) {
        Files.createDirectories(json.toAbsolutePath().getParent());
        Files.write(json, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report.toJson()));
        out.println("Figures written to " + json);
      }
    }
    return 0;
  }

  /** {@code 10m}, {@code 90s}, {@code 1h}, or an ISO-8601 duration ({@code PT10M}). */
  static Duration parseDuration(String text) {
    String value = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (value.startsWith("pt")) {
      return Duration.parse(value);
    }
    if (!value.matches("[0-9]+(ms|s|m|h)")) {
      throw new IllegalArgumentException("a duration is a number with ms, s, m or h (10m, 90s), was '" + text + "'");
    }
    long amount = Long.parseLong(value.replaceAll("[a-z]", ""));
    return switch (value.replaceAll("[0-9]", "")) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  /** The Kafka and Elasticsearch the bench runs on: given ones, or embedded ones it starts, wipes and stops. */
  private record BenchStack(String bootstrapServers, URI elasticsearchUrl, EmbeddedKafka broker,
      EmbeddedElasticsearch node) implements AutoCloseable {

    static BenchStack start(KafkaOptions kafka, ElasticsearchOptions elasticsearch, Path data, Path dist)
        throws IOException {
      Files.createDirectories(data);
      CompletableFuture<EmbeddedElasticsearch> node = CompletableFuture.completedFuture(null);
      if (!elasticsearch.given()) {
        wipe(data.resolve("elasticsearch"));
        node = CompletableFuture.supplyAsync(() -> EmbeddedElasticsearch.start(dist, data.resolve("elasticsearch")));
      }
      EmbeddedKafka broker = null;
      if (!kafka.given()) {
        wipe(data.resolve("kafka"));
        broker = EmbeddedKafka.start(data.resolve("kafka"));
      }
      wipe(data.resolve("streams"));
      EmbeddedElasticsearch started = node.join();
      return new BenchStack(broker != null ? broker.bootstrapServers() : kafka.bootstrapServers,
          started != null ? started.url() : URI.create(elasticsearch.url), broker, started);
    }

    /** A bench starts from empty stores: leftovers of an earlier run would be counted as this run's articles. */
    private static void wipe(Path dir) throws IOException {
      if (Files.exists(dir)) {
        try (Stream<Path> paths = Files.walk(dir)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }

    @Override
    public void close() {
      try {
        if (broker != null) {
          broker.close();
        }
      } finally {
        if (node != null) {
          node.close();
        }
      }
    }
  }
}
