package org.inkstream.launcher.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.IndexTemplates;
import org.inkstream.sink.SinkConfig;

/**
 * Each stage of the pipeline alone, on the documents the pipeline moves: the engine on the pages; Kafka producing and
 * consuming the pages' and the articles' bytes (the two topics the pipeline writes and reads); a plain {@link
 * BulkIngester} indexing the articles. The slowest of them bounds what the pipeline can do.
 */
final class StageBenchmarks {

  private static final Duration CONSUME_TIMEOUT = Duration.ofMinutes(5);

  private StageBenchmarks() {}

  /** Splits and enriches every page on one thread (the topology runs one stream thread), filling {@code expected}. */
  static StageFigures engine(List<Page> pages, Function<Page, PageSplit> engine, ExpectedArticles expected,
      CpuMeter meter) {
    long articles = 0;
    CpuMeter.Reading started = meter.read();
    for (Page page : pages) {
      List<Article> made = engine.apply(page).articles();
      expected.add(page.id(), made);
      articles += made.size();
    }
    return StageFigures.of("engine", pages.size(), articles, 0, meter.since(started));
  }

  /**
   * Sends the pages, then their articles, as JSON with the ingest producer's settings; done when all are acked. The
   * clock starts after one acknowledged warm-up record: the pipeline's producers are connected before it is timed too.
   */
  static StageFigures kafkaProduce(String bootstrap, String topic, List<Page> pages, ExpectedArticles expected,
      CpuMeter meter) throws InterruptedException, ExecutionException {
    long bytes = 0;
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(bootstrap))) {
      producer.send(new ProducerRecord<>(topic, "warm-up", new byte[0])).get();
      CpuMeter.Reading started = meter.read();
      for (Page page : pages) {
        byte[] value = Json.writeBytes(page);
        bytes += value.length;
        producer.send(new ProducerRecord<>(topic, page.id(), value));
      }
      for (Article article : expected.all()) {
        byte[] value = Json.writeBytes(article);
        bytes += value.length;
        producer.send(new ProducerRecord<>(topic, article.id(), value));
      }
      producer.flush();
      return StageFigures.of("kafka-produce", pages.size(), expected.totalArticles(), bytes, meter.since(started));
    }
  }

  /**
   * Reads back everything {@link #kafkaProduce} wrote (plus its warm-up record), from a new group, until the count is
   * reached. The clock starts at the first record: joining the group is not throughput, and the pipeline's consumers
   * have joined before it is timed.
   */
  static StageFigures kafkaConsume(String bootstrap, String topic, long pages, long articles, CpuMeter meter) {
    long wanted = pages + articles + 1;
    long read = 0;
    long bytes = 0;
    CpuMeter.Reading started = null;
    long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(bootstrap, topic))) {
      consumer.subscribe(List.of(topic));
      while (read < wanted) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("read only " + read + " of " + wanted + " records of " + topic + " in "
              + CONSUME_TIMEOUT);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          started = read == 0 ? meter.read() : started;
          read++;
          bytes += record.value().length;
        }
      }
    }
    return StageFigures.of("kafka-consume", pages, articles, bytes, meter.since(started));
  }

  /**
   * Indexes every article with a {@link BulkIngester} sized like the sink's (batch, concurrency, flush interval) into
   * the indices of {@code config}, then refreshes: done when all are searchable, as end to end is. Before the clock
   * starts, the warm-up articles go the same way {@code warmUpRounds} times under new ids, creating the indices and
   * warming up the JIT of this JVM and of Elasticsearch: this is the first stage that makes Elasticsearch index in
   * earnest, and a cold node costs twice the CPU per document of a warm one.
   */
  static StageFigures bulk(ElasticsearchClient client, SinkConfig config, long pages, ExpectedArticles expected,
      List<Article> warmUp, int warmUpRounds, CpuMeter meter) throws IOException {
    IndexTemplates.install(client, config);
    createIndices(client, config, expected);
    Failures failures = new Failures();
    for (int round = 0; round < warmUpRounds; round++) {
      int r = round;
      index(client, config, warmUp.stream().map(a -> a.toBuilder().id(a.id() + "-w" + r).build()).toList(),
          failures);
    }
    CpuMeter.Reading started = meter.read();
    long bytes = index(client, config, expected.all(), failures);
    client.indices().refresh(r -> r.index(config.indices().alias()));
    StageFigures figures = StageFigures.of("bulk-index", pages, expected.totalArticles(), bytes, meter.since(started));
    failures.check();
    return figures;
  }

  /** Indexes {@code articles} with a plain {@link BulkIngester} and waits for every answer; returns the bytes sent. */
  private static long index(ElasticsearchClient client, SinkConfig config, List<Article> articles,
      Failures failures) {
    long bytes = 0;
    try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client)
        .maxOperations(config.batchSize())
        .maxSize(5L * 1024 * 1024)
        .maxConcurrentRequests(config.maxConcurrentRequests())
        .flushInterval(config.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
        .listener(failures))) {
      for (Article article : articles) {
        byte[] source = document(article);
        bytes += source.length;
        String index = config.indices().forEdition(article.editionDate(), LocalDate.now());
        ingester.add(op -> op.index(i -> i.index(index).id(article.id())
            .document(BinaryData.of(source, ContentType.APPLICATION_JSON))));
      }
    }
    return bytes;
  }

  /**
   * The same articles through Inkstream's own sink, from a topic, for the comparison with the plain {@link
   * BulkIngester} loop of {@link #bulk}. The sink is started and warmed up first (its consumer group joined, the
   * warm-up articles and one article per monthly index written, so the indices exist, as {@link #bulk} creates them
   * beforehand); then the clock runs from the first article sent until the sink acknowledged them all and the index
   * was refreshed. Producing runs beside the sink, as the topology runs beside it in the pipeline.
   */
  static StageFigures sink(String bootstrap, SinkConfig config, long pages, ExpectedArticles expected,
      List<Article> warmUp, CpuMeter meter) throws Exception {
    List<Article> warmUps = new ArrayList<>(warmUp);
    Set<String> months = new TreeSet<>();
    for (Article article : expected.all()) {
      if (months.add(config.indices().forEdition(article.editionDate(), LocalDate.now()))) {
        warmUps.add(article);
      }
    }
    String topic = config.topics().articles();
    try (ElasticsearchClient client = ElasticsearchClients.create(config);
        ArticleSink sink = new ArticleSink(config, client);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(bootstrap))) {
      Thread thread = new Thread(sink::run, "bench-sink");
      thread.start();
      for (int i = 0; i < warmUps.size(); i++) {
        producer.send(new ProducerRecord<>(topic, "warm-up-" + i, Json.writeBytes(warmUps.get(i))));
      }
      producer.flush();
      awaitWritten(sink, warmUps.size());
      long bytes = 0;
      CpuMeter.Reading started = meter.read();
      for (Article article : expected.all()) {
        byte[] value = Json.writeBytes(article);
        bytes += value.length;
        producer.send(new ProducerRecord<>(topic, article.id(), value));
      }
      producer.flush();
      awaitWritten(sink, warmUps.size() + expected.totalArticles());
      client.indices().refresh(r -> r.index(config.indices().alias()));
      StageFigures figures = StageFigures.of("sink", pages, expected.totalArticles(), bytes, meter.since(started));
      if (sink.stats().deadLettered() > 0) {
        throw new IllegalStateException("the sink dead-lettered " + sink.stats().deadLettered() + " articles");
      }
      return figures;
    }
  }

  private static void awaitWritten(ArticleSink sink, long count) throws InterruptedException {
    long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
    while (sink.stats().written() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the sink wrote " + sink.stats().written() + " of " + count + " articles in "
            + CONSUME_TIMEOUT);
      }
      Thread.sleep(20); // polling the sink's counter: it has no completion signal to wait on
    }
  }

  private static void createIndices(ElasticsearchClient client, SinkConfig config, ExpectedArticles expected)
      throws IOException {
    Set<String> indices = new TreeSet<>();
    expected.all().forEach(a -> indices.add(config.indices().forEdition(a.editionDate(), LocalDate.now())));
    for (String index : indices) {
      client.index(i -> i.index(index).id("warm-up").document(Map.of()));
      client.delete(d -> d.index(index).id("warm-up"));
    }
  }

  /** The document as the sink sends it: the article's JSON plus {@code indexed_at}. */
  private static byte[] document(Article article) {
    ObjectNode node = Json.mapper().valueToTree(article);
    node.put("indexed_at", Instant.now().toString());
    return Json.writeBytes(node);
  }

  /** Counts item and request failures: a benchmark of writes that failed would measure nothing. */
  private static final class Failures implements BulkListener<Void> {
    private final AtomicLong failedItems = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
      // Nothing to prepare.
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
      for (BulkResponseItem item : response.items()) {
        if (item.error() != null) {
          failedItems.incrementAndGet();
          firstError.compareAndSet(null, item.error().type() + ": " + item.error().reason());
        }
      }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
      failedItems.addAndGet(contexts.size());
      firstError.compareAndSet(null, failure.toString());
    }

    void check() {
      if (failedItems.get() > 0) {
        throw new IllegalStateException(failedItems.get() + " bulk operations failed; first: " + firstError.get());
      }
    }
  }

  /** The settings of the ingest producer ({@code PageProducer}), so that the raw figure is the pipeline's cost. */
  private static Properties producerProperties(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return props;
  }

  private static Properties consumerProperties(String bootstrap, String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return props;
  }
}
