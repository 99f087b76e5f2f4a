package org.inkstream.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageProducer;
import org.inkstream.ingest.PageReader;
import org.inkstream.launcher.Engine;
import org.inkstream.launcher.TestTopics;

/**
 * One chaos case from start to verdict: a {@link ChaosStack}, the {@code enrich} and {@code sink} commands as child
 * processes, seed pages streamed at a steady pace under distinct ids while the {@link ChaosMonkey} strikes, then the
 * figures the test asserts on: what Elasticsearch holds (article id to content hash), what the engine makes of the same
 * pages offline, and what the dead-letter topics hold.
 */
final class ChaosRun implements AutoCloseable {

  private static final Path SEEDS = Path.of(System.getProperty("inkstream.seeds", "../seeds"));
  private static final Topics TOPICS = Topics.defaults();
  private static final Duration CONVERGE_TIMEOUT = Duration.ofMinutes(10);

  private final String name;
  private final long seed;
  private final Path dir;
  private final ChaosStack stack;
  private final ChildProcess enrich;
  private final ChildProcess sink;

  private ChaosRun(String name, long seed, Path dir, ChaosStack stack, ChildProcess enrich, ChildProcess sink) {
    this.name = name;
    this.seed = seed;
    this.dir = dir;
    this.stack = stack;
    this.enrich = enrich;
    this.sink = sink;
  }

  /** Starts a run on a fresh seed, or on {@code -Dinkstream.chaos.seed} when given, to replay a failure. */
  static ChaosRun start(String name) throws Exception {
    return start(name, Long.getLong("inkstream.chaos.seed", System.nanoTime()));
  }

  /**
   * Starts the stack and both stage processes for the fault plan of {@code seed} (a pinned regression case); prints
   * the seed first, so that a failed start can be replayed too.
   */
  static ChaosRun start(String name, long seed) throws Exception {
    System.out.printf("chaos case %s: seed %d (replay: -Dinkstream.chaos.seed=%d)%n", name, seed, seed);
    Path dir = Path.of("target", "chaos", name + "-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    Files.createDirectories(dir);
    ChaosStack stack = ChaosStack.start(dir);
    TestTopics.create(stack.bootstrapServers(), TOPICS);
    String launcher = "org.inkstream.launcher.Inkstream";
    ChildProcess enrich = ChildProcess.java("enrich", "256m", dir.resolve("logs"), launcher, List.of("enrich",
        "--bootstrap-servers", stack.bootstrapServers(), "--http-port", "0", "--data-dir",
        dir.resolve("enrich").toString(), "--application-id", "chaos-enrich")).start();
    ChildProcess sink = ChildProcess.java("sink", "256m", dir.resolve("logs"), launcher, List.of("sink",
        "--bootstrap-servers", stack.bootstrapServers(), "--es-url", stack.elasticsearchUrl(), "--http-port", "0",
        "--group-id", "chaos-sink")).start();
    return new ChaosRun(name, seed, dir, stack, enrich, sink);
  }

  long seed() {
    return seed;
  }

  ChaosMonkey monkey() {
    return new ChaosMonkey(stack, enrich, sink);
  }

  /** The seed pages replayed under the ids {@code chaos-0..count-1}. */
  static List<Page> pages(int count) throws Exception {
    PageFiles files = new PageFiles(new PageReader());
    List<Page> sources = new ArrayList<>();
    for (Path file : PageFiles.expand(List.of(SEEDS))) {
      sources.add(files.read(file));
    }
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Page s = sources.get(i % sources.size());
      pages.add(new Page("chaos-" + i, s.paper(), s.editionDate(), s.pageNumber(), s.pageName(), s.file(), s.text(),
          s.contentHash(), s.charset(), s.script()));
    }
    return pages;
  }

  /** Article id to content hash, as the engine makes them offline: what Elasticsearch must end up holding. */
  static Map<String, String> expected(List<Page> pages) {
    Engine engine = Engine.create();
    Map<String, String> expected = new HashMap<>();
    for (Page page : pages) {
      for (Article article : engine.apply(page).articles()) {
        expected.put(article.id(), article.contentHash());
      }
    }
    return expected;
  }

  /**
   * Sends the pages evenly over {@code window} and waits until the broker acknowledged each one: the producer retries
   * through a broker restart, and a page it gave up on would make the verdict meaningless.
   *
   * <p>The first page goes alone and is awaited. Once, on a broker started and given its topics seconds before, the
   * idempotent producer's first batch to a partition was appended but its answer lost; its retry then fell out of the
   * broker's five-batch dedup window (OutOfOrderSequenceException on every retry) until the delivery timeout. A
   * first acknowledged send settles the producer's id and metadata before the stream starts.
   */
  void stream(List<Page> pages, Duration window) throws Exception {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (PageProducer producer = PageProducer.create(stack.bootstrapServers(), TOPICS.pages(),
        PageReader.DEFAULT_MAX_BYTES)) {
      producer.send(pages.get(0)).get(3, TimeUnit.MINUTES);
      long started = System.nanoTime();
      for (int i = 1; i < pages.size(); i++) {
        long due = started + window.toNanos() * i / pages.size();
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000); // pacing the stream, not awaiting a condition
        }
        sent.add(producer.send(pages.get(i)));
      }
      producer.flush();
      for (Future<RecordMetadata> future : sent) {
        future.get(3, TimeUnit.MINUTES);
      }
    }
  }

  /**
   * Waits until Elasticsearch holds exactly {@code expected}, or the timeout; returns what it holds then, so that the
   * test's assertion says what differs rather than only that time ran out.
   */
  Map<String, String> awaitConverged(Map<String, String> expected) throws IOException, InterruptedException {
    try {
      Awaitility.await(name + ": Elasticsearch holds the " + expected.size() + " expected articles")
          .atMost(CONVERGE_TIMEOUT).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
          .until(() -> indexed().equals(expected));
    } catch (ConditionTimeoutException expectedWhenBroken) {
      // the caller's assertion on what is indexed reports the difference
    }
    return indexed();
  }

  /** Missing, extra and changed article ids: a readable summary where a full map comparison would be a wall of ids. */
  static String difference(Map<String, String> expected, Map<String, String> indexed) {
    long missing = expected.keySet().stream().filter(id -> !indexed.containsKey(id)).count();
    long extra = indexed.keySet().stream().filter(id -> !expected.containsKey(id)).count();
    long changed = expected.entrySet().stream()
        .filter(e -> indexed.containsKey(e.getKey()) && !indexed.get(e.getKey()).equals(e.getValue())).count();
    return String.format("%d missing, %d extra, %d with another content hash (of %d expected)", missing, extra,
        changed, expected.size());
  }

  /** Article id to content hash of every document under the {@code articles} alias. */
  Map<String, String> indexed() throws IOException, InterruptedException {
    HttpRequest search = HttpRequest.newBuilder(URI.create(stack.directElasticsearchUrl()
            + "/articles/_search?size=10000&_source=content_hash&ignore_unavailable=true&allow_no_indices=true"))
        .timeout(Duration.ofSeconds(30)).build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(search, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("search answered " + response.statusCode() + ": " + new String(response.body()));
    }
    Map<String, String> indexed = new HashMap<>();
    for (JsonNode hit : Json.mapper().readTree(response.body()).path("hits").path("hits")) {
      indexed.put(hit.path("_id").asText(), hit.path("_source").path("content_hash").asText());
    }
    return indexed;
  }

  /** Committed records in both dead-letter topics (read-committed: an aborted transaction's write is no record). */
  long deadLetters() {
    return committedRecords(TOPICS.pagesDeadLetter()) + committedRecords(TOPICS.sinkDeadLetter());
  }

  private long committedRecords(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long records = 0;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          records++;
          System.out.printf("chaos: dead letter on %s: %s %s%n", topic, record.key(), record.headers());
        }
      }
      return records;
    }
  }

  /** Both stage processes are running at the end: a fault must not leave the pipeline down. */
  boolean stagesAlive() {
    return enrich.alive() && sink.alive();
  }

  Path dir() {
    return dir;
  }

  @Override
  public void close() throws Exception {
    try (ChaosStack s = stack; ChildProcess e = enrich; ChildProcess k = sink) {
      // closed in reverse order: sink, enrich, then the stack
    }
  }
}
