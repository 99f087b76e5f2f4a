package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import java.util.Map;
import org.inkstream.alerts.AlertRule;
import org.inkstream.alerts.RuleFile;
import org.inkstream.alerts.RuleMatcher;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.editions.EditionTracker;
import org.inkstream.editions.Papers;
import org.inkstream.ingest.BadPageException;
import org.inkstream.ingest.IngestSummary;
import org.inkstream.ingest.Ingester;
import org.inkstream.ingest.Ledger;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageProducer;
import org.inkstream.ingest.PageReader;
import org.inkstream.launcher.stack.EmbeddedElasticsearch;
import org.inkstream.launcher.stack.EmbeddedKafka;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.PipelineMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream demo}: the whole pipeline on one machine. Starts what the user did not give (a Kafka broker, an
 * Elasticsearch node), sends the seed pages, waits until every article is searchable, prints a summary and keeps
 * running until Ctrl-C, which closes the pipeline, the broker and the node in that order.
 *
 * <p>The broker's log, the node's indices and the Streams state stay in the data folder: the next demo starts on them
 * (the pages sent again change nothing) and is ready sooner; {@code --fresh} starts empty. The console shows progress
 * and the summary; the libraries' logs go to {@code <data>/logs/} ({@link ConsoleLog}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the seed pages: embedded Kafka and Elasticsearch unless given.")
final class DemoCommand implements Callable<Integer> {

  /** How long the demo waits for the last article to become searchable before it calls the run failed. */
  private static final Duration SEARCHABLE_TIMEOUT = Duration.ofMinutes(5);

  @Mixin KafkaOptions kafka;
  @Mixin ElasticsearchOptions elasticsearch;

  @Option(names = "--once", description = "Exit after the first pass instead of running until Ctrl-C.")
  boolean once;

  @Option(names = "--pages", paramLabel = "DIR", description = "Page files to send (default: the seeds).")
  Path pages;

  @Option(names = "--rules", paramLabel = "RULES.yaml",
      description = "Alert rules to put on the rules topic first (default: deploy/rules.example.yaml).")
  Path rulesFile;

  @Option(names = "--papers", defaultValue = "${env:INKSTREAM_PAPERS}", paramLabel = "PAPERS.yaml",
      description = "The papers followed, for edition tracking (env INKSTREAM_PAPERS; docs/editions.md; default: "
          + "none, so the seed pages, which name no paper, make one unexpected edition).")
  Path papersFile;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where the embedded broker, node and Streams state live (default: .inkstream).")
  Path dataDir;

  @Option(names = "--fresh", description = "Delete the broker's, the node's and the Streams data of earlier runs first.")
  boolean fresh;

  @Option(names = {"-v", "--verbose"},
      description = "Also print the logs of Kafka, Streams and Elasticsearch on the console (always in <data>/logs/).")
  boolean verbose;

  @Option(names = "--http-port", defaultValue = "${env:INKSTREAM_HTTP_PORT:-0}",
      description = "Port of /health/live, /health/ready and /metrics (env INKSTREAM_HTTP_PORT; 0: a free port).")
  int httpPort;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    Path home = Path.of(System.getProperty("inkstream.home", "."));
    Path data = (dataDir != null ? dataDir : home.resolve(".inkstream")).toAbsolutePath();
    ConsoleLog.divert(data.resolve("logs"), verbose);
    Path pageDir = pages != null ? pages : home.resolve("seeds");
    List<Path> files = PageFiles.expand(List.of(pageDir));
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no page files (*.txt) under " + pageDir);
    }

    Papers papers = papersFile == null ? Papers.none() : Papers.read(papersFile);
    ShutdownSignal shutdown = null;
    long stopping = 0;
    try (Stack stack = Stack.start(kafka, elasticsearch, data, fresh, out)) {
      Topics topics = Topics.defaults();
      TopicSetup.ensure(stack.bootstrapServers(), topics, 3, (short) 1);
      // Rules go first, so that the pipeline's rule table holds them before the first page.
      List<AlertRule> rules = RuleFile.read(rulesFile != null ? rulesFile
          : home.resolve("deploy").resolve("rules.example.yaml"));
      RuleMatcher matcher = RuleMatcher.compile(rules);
      new RuleStore(stack.bootstrapServers(), Map.of(), topics.rules()).put(rules);
      PrometheusMeterRegistry registry = OpsServer.newRegistry();
      EnrichConfig enrichConfig = new EnrichConfig("inkstream-enrich", stack.bootstrapServers(),
          data.resolve("streams"), topics, EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100).withPapers(papers);
      SinkConfig sinkConfig = elasticsearch.applyTo(
          SinkConfig.builder().bootstrapServers(stack.bootstrapServers()).topics(topics), stack.elasticsearchUrl())
          .build();
      Engine engine = Engine.create();
      try (Pipeline pipeline = Pipeline.start(enrichConfig, sinkConfig, engine, new PipelineMetrics(registry));
          OpsServer ops = OpsServer.start(httpPort, registry, pipeline::ready)) {
        IngestSummary sent = send(stack.bootstrapServers(), topics, files);
        List<Article> expectedArticles = expectedArticles(files, engine);
        List<String> expected = expectedArticles.stream().map(Article::id).toList();
        awaitSearchable(pipeline.client(), sinkConfig.indices().alias(), expected, "Articles searchable");
        List<String> expectedAlerts = expectedArticles.stream()
            .flatMap(article -> matcher.match(article).stream()).map(Alert::id).toList();
        awaitSearchable(pipeline.client(), sinkConfig.forAlerts().indices().alias(), expectedAlerts,
            "Alerts searchable");
        List<String> expectedEditions = expectedEditions(files, engine, new EditionTracker(papers));
        awaitSearchable(pipeline.client(), sinkConfig.forEditions().indices().alias(), expectedEditions,
            "Editions searchable");
        printSummary(out, pipeline.client(), sinkConfig, sent, expected, stack, ops, started);
        if (!sent.ok()) {
          sent.failed().forEach((file, reason) -> out.printf("  page failed: %s: %s%n", file, reason));
        }
        if (!once) {
          out.println("Running; new pages sent to the pages topic are indexed as they come. Ctrl-C to stop.");
          out.flush();
          shutdown = ShutdownSignal.register("demo");
          shutdown.await();
          stopping = System.nanoTime();
          out.println();
          out.println("Stopping...");
          out.flush();
        }
        return sent.ok() ? 0 : 1;
      }
    } finally {
      if (shutdown != null) {
        out.printf("Stopped the pipeline, Kafka and Elasticsearch in %.1f s; their data stays in %s for the next demo.%n",
            (System.nanoTime() - stopping) / 1e9, data);
        out.flush();
        shutdown.closed();
      }
    }
  }

  private static IngestSummary send(String bootstrap, Topics topics, List<Path> files)
      throws InterruptedException, IOException {
    try (PageProducer producer = PageProducer.create(bootstrap, topics.pages(), PageReader.DEFAULT_MAX_BYTES);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Pages sent").setInitialMax(files.size())
            .continuousUpdate().build()) {
      return new Ingester(new PageFiles(new PageReader()), producer, Ledger.inMemory())
          .ingest(files, outcome -> bar.step());
    }
  }

  /** The articles the engine makes of the pages: run offline, it makes exactly what the topology makes. */
  private static List<Article> expectedArticles(List<Path> files, Engine engine) {
    PageFiles pageFiles = new PageFiles(new PageReader());
    List<Article> ids = new ArrayList<>();
    for (Path file : files) {
      try {
        Page page = pageFiles.read(file);
        ids.addAll(engine.apply(page).articles());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (BadPageException e) {
        // a page that failed to send has no articles to wait for; the summary lists it
      }
    }
    return ids;
  }

  /** The keys of the editions the pages make, as the topology's tracker makes them (received now). */
  private static List<String> expectedEditions(List<Path> files, Engine engine, EditionTracker tracker) {
    PageFiles pageFiles = new PageFiles(new PageReader());
    java.util.Set<String> keys = new java.util.TreeSet<>();
    for (Path file : files) {
      try {
        Page page = pageFiles.read(file).withReceivedAt(java.time.Instant.now());
        keys.add(tracker.arrival(page, engine.apply(page).articles()).editionKey());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (BadPageException e) {
        // a page that failed to send is in no edition; the summary lists it
      }
    }
    return List.copyOf(keys);
  }

  private static void awaitSearchable(ElasticsearchClient client, String alias, List<String> ids, String task)
      throws InterruptedException {
    long deadline = System.nanoTime() + SEARCHABLE_TIMEOUT.toNanos();
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(ids.size())
        .continuousUpdate().build()) {
      long found = 0;
      String lastError = "";
      while (found < ids.size()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("only " + found + " of " + ids.size() + " documents of " + alias
              + " became searchable in "
              + SEARCHABLE_TIMEOUT.toMinutes() + " minutes; last Elasticsearch error: " + lastError);
        }
        Thread.sleep(250); // polling a remote index: nothing to await but its answer
        try {
          found = SearchQueries.countIds(client, alias, ids);
          bar.stepTo(found);
        } catch (IOException | ElasticsearchException e) {
          lastError = e.getMessage(); // a new index has no shard for a moment: ask again
        }
      }
    }
  }

  private static void printSummary(PrintWriter out, ElasticsearchClient client, SinkConfig config,
      IngestSummary sent, List<String> expected, Stack stack, OpsServer ops, long startedNanos) throws IOException {
    String alias = config.indices().alias();
    out.println();
    out.printf("Inkstream demo: %d pages, %d articles searchable in %.1f s%n", sent.sent().size(), expected.size(),
        (System.nanoTime() - startedNanos) / 1e9);
    for (StringTermsBucket bucket : SearchQueries.countByType(client, alias)) {
      out.printf("  %-11s %d%n", bucket.key().stringValue(), bucket.docCount());
    }
    String alerts = config.forAlerts().indices().alias();
    out.printf("Alerts: %d (index alias '%s')%n", SearchQueries.count(client, alerts), alerts);
    for (StringTermsBucket bucket : SearchQueries.countByRule(client, alerts)) {
      out.printf("  %-20s %d%n", bucket.key().stringValue(), bucket.docCount());
    }
    String editions = config.forEditions().indices().alias();
    out.printf("Editions (index alias '%s'):%n", editions);
    EditionTable.print(out, EditionTable.search(client, editions, null, null));
    out.printf("Kafka:         %s%n", stack.bootstrapServers());
    out.printf("Elasticsearch: %s  (index alias '%s')%n", stack.elasticsearchUrl(), alias);
    out.printf("Metrics:       http://127.0.0.1:%d/metrics%n", ops.port());
    String phrase = "平安稳定";
    SearchResponse<JsonNode> hits = SearchQueries.phrase(client, alias, phrase);
    out.printf("Example query (%d hits):%n", hits.hits().total() == null ? 0 : hits.hits().total().value());
    out.printf("  curl -s '%s/%s/_search?pretty' -H 'Content-Type: application/json' \\%n"
        + "    -d '{\"query\":{\"match_phrase\":{\"text\":\"%s\"}},\"_source\":[\"headline\",\"page_id\"]}'%n",
        stack.elasticsearchUrl(), alias, phrase);
    hits.hits().hits().forEach(hit -> out.printf("  -> %s  %s%n", hit.id(),
        hit.source() == null ? "" : hit.source().path("headline").asText("")));
    out.flush();
  }

  /** The Kafka and Elasticsearch the demo runs on: given ones, or embedded ones it starts and stops. */
  private record Stack(String bootstrapServers, URI elasticsearchUrl, EmbeddedKafka kafka,
      EmbeddedElasticsearch node) implements AutoCloseable {

    static Stack start(KafkaOptions kafka, ElasticsearchOptions elasticsearch, Path data, boolean fresh,
        PrintWriter out) throws IOException {
      Files.createDirectories(data);
      if (fresh) {
        for (String dir : List.of("elasticsearch", "kafka", "streams")) {
          Stack.wipe(data.resolve(dir));
        }
      }
      CompletableFuture<EmbeddedElasticsearch> node = CompletableFuture.completedFuture(null);
      if (!elasticsearch.given()) {
        out.println(startLine("Elasticsearch", data.resolve("elasticsearch")));
        out.flush();
        node = CompletableFuture.supplyAsync(
            () -> EmbeddedElasticsearch.start(data.resolve("dist"), data.resolve("elasticsearch")));
      }
      EmbeddedKafka broker = null;
      if (!kafka.given()) {
        out.println(startLine("Kafka", data.resolve("kafka")));
        out.flush();
        try {
          broker = EmbeddedKafka.start(data.resolve("kafka"));
        } catch (RuntimeException e) {
          node.thenAccept(n -> {
            if (n != null) {
              n.close();
            }
          });
          throw e;
        }
      }
      EmbeddedElasticsearch started;
      try {
        started = node.join();
      } catch (CompletionException e) {
        if (broker != null) {
          broker.close();
        }
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
      return new Stack(broker != null ? broker.bootstrapServers() : kafka.bootstrapServers,
          started != null ? started.url() : URI.create(elasticsearch.url), broker, started);
    }

    private static String startLine(String what, Path dir) {
      return "Starting " + what + " (embedded, " + (Files.isDirectory(dir) ? "reusing the data in " : "data in ")
          + dir + ")...";
    }

    /** {@code --fresh}: the broker, the node and the Streams state start empty. */
    private static void wipe(Path dir) throws IOException {
      if (Files.exists(dir)) {
        try (var paths = Files.walk(dir)) {
          for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }

    @Override
    public void close() {
      try {
        if (kafka != null) {
          kafka.close();
        }
      } finally {
        if (node != null) {
          node.close();
        }
      }
    }
  }
}
