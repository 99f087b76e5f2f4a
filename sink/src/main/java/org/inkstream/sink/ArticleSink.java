package org.inkstream.sink;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.ResolveIndexResponse;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.header.Header;
import org.inkstream.core.IndexMonth;
import org.inkstream.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the articles topic into Elasticsearch: each record (key: article id, value: {@code Article} JSON, or null
 * for a deleted article) becomes an index or delete operation, sent in bulk by a {@link BulkIngester}. Call {@link
 * #run()} on a thread of its own and {@link #close()} from another.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>At least once, idempotent.</b> Offsets are committed only up to the lowest record that Elasticsearch has not
 *       acknowledged ({@link OffsetTracker}), so a crash or a rebalance replays, never skips.
 *   <li><b>Last write wins, per article, whatever the order of arrival.</b> Every write uses {@code version_type:
 *       external} with the record's offset as the version. Offsets are comparable because an article id is the record
 *       key, so all versions of an article sit in one partition, in order. A replay or a retry overtaken by a newer
 *       record gets 409, counted as done. Caveat: recreating the topic restarts offsets at 0, so delete the indices
 *       too; changing its partition count moves keys, so do not.
 *   <li><b>Deletes and moves.</b> A tombstone has no document; the topology names the month of the index that holds
 *       the article in its {@link IndexMonth#HEADER} header, and the sink deletes from that one index. An article whose
 *       previous version lay in another month carries {@link IndexMonth#BEFORE_HEADER}: the sink writes the new month
 *       and deletes from the old one, with the same version, so the article is moved, never copied. A tombstone
 *       without the header (written before the topology stamped one) is deleted from every monthly index the sink
 *       knows (those that existed at start and those it has written to since). An external-version delete leaves a
 *       versioned tombstone, so a late older write does not resurrect the article (within {@code index.gc_deletes},
 *       60 s by default).
 *   <li><b>Failures.</b> 429, 5xx and failed requests (Elasticsearch down, or hung: a request that gets no byte for
 *       {@link SinkConfig#requestTimeout()} fails) are retried with exponential backoff and jitter, without limit;
 *       while any retry waits, consumption is paused, so the sink waits for Elasticsearch rather than buffer. A
 *       document Elasticsearch refuses (400: mapping or parse error) and a record that is no JSON object go to
 *       {@code Topics.sinkDeadLetter()} with the error in headers ({@link DeadLetters}); the rest of the batch goes on.
 *   <li><b>Bounded memory.</b> At {@link SinkConfig#maxInFlight()} unacknowledged records the sink pauses consumption.
 *   <li><b>Bounded stop.</b> {@link #close()} returns within {@link #closeBound()} whatever Elasticsearch does: every
 *       request ends within the request timeout, and a sink stopping while Elasticsearch fails does not wait for
 *       retries (what it has not acknowledged is read again at the next start).
 * </ul>
 *
 * <p>Documents are sent as read (plus {@code indexed_at}), not re-mapped through {@code Article}: a field the sink does
 * not know survives, and a value Elasticsearch refuses reaches the dead-letter topic with Elasticsearch's own error.
 *
 * <p>Monitoring: {@link #stats()} counts the bulk results. The Kafka consumer's own metrics (its lag above all) are
 * for the {@link ConsumerBinder} given to the constructor, which sees every consumer the sink creates. The consumer's
 * {@code client.id} is the consumer group, so that the articles and the alerts sink of one process keep apart.
 */
public final class ArticleSink implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ArticleSink.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

  private final SinkConfig config;
  private final ElasticsearchClient client;
  private final ConsumerBinder consumerBinder;
  private final Clock clock;
  private final OffsetTracker tracker = new OffsetTracker();
  private final PriorityBlockingQueue<Retry> retries = new PriorityBlockingQueue<>();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  /** Counted down by {@link #close()}: wakes a start-up waiting between two attempts. */
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong conflicts = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  /** Operations between their first failure and their final outcome: while any, consumption stays paused. */
  private final AtomicInteger retrying = new AtomicInteger();
  /** Monthly indices that may hold articles; read and written by the consumer thread only. */
  private final Set<String> knownIndices = new TreeSet<>();

  private volatile boolean stopping;
  private volatile boolean running;
  private volatile boolean paused;
  private KafkaConsumer<String, byte[]> consumer;
  private BulkIngester<Pending> ingester;
  private DeadLetters deadLetters;

  /** A sink writing with {@code client}, which the caller owns and closes after the sink; its consumer is unwatched. */
  public ArticleSink(SinkConfig config, ElasticsearchClient client) {
    this(config, client, ConsumerBinder.NONE);
  }

  /**
   * A sink writing with {@code client}, which the caller owns and closes after the sink, and handing each Kafka
   * consumer it creates to {@code consumerBinder} (to bind its metrics) for as long as that consumer lives.
   */
  public ArticleSink(SinkConfig config, ElasticsearchClient client, ConsumerBinder consumerBinder) {
    this(config, client, consumerBinder, Clock.systemUTC());
  }

  ArticleSink(SinkConfig config, ElasticsearchClient client, ConsumerBinder consumerBinder, Clock clock) {
    this.config = config;
    this.client = client;
    this.consumerBinder = Objects.requireNonNull(consumerBinder, "consumerBinder");
    this.clock = clock;
  }

  /**
   * Installs the index template, then consumes and indexes until {@link #close()}; on the way out it waits up to 30 s
   * for outstanding writes and commits what Elasticsearch acknowledged.
   *
   * @throws IllegalStateException when the sink cannot go on (a dead-letter record Kafka would not take)
   */
  public void run() {
    running = true;
    try {
      prepareIndices();
      if (stopping) {
        return;
      }
      try (DeadLetters letters = new DeadLetters(config.bootstrapServers(), config.kafkaClientProperties(),
          config.topics().sinkDeadLetter());
          KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerProperties(),
              new StringDeserializer(), new ByteArrayDeserializer());
          // Closed first, before the consumer: the metrics last through the final drain and commit.
          ConsumerBinder.Binding watched = bind(kafka)) {
        deadLetters = letters;
        consumer = kafka;
        ingester = newIngester();
        try {
          consumer.subscribe(List.of(config.kind().sourceTopic(config.topics())), new Rebalance());
          consume();
        } finally {
          drain(consumer.assignment());
          ingester.close();
          commitSync(consumer.assignment());
        }
      }
      rethrowFatal();
    } finally {
      stopped.countDown();
    }
  }

  /** Hands the new consumer to the binder; a binder that fails loses the consumer's metrics, never the sink. */
  private ConsumerBinder.Binding bind(KafkaConsumer<String, byte[]> kafka) {
    ConsumerBinder.Binding binding;
    try {
      binding = consumerBinder.bind(kafka);
    } catch (RuntimeException e) {
      log.warn("Cannot bind the metrics of Kafka consumer {}; indexing without them", config.groupId(), e);
      return () -> { };
    }
    if (binding == null) {
      return () -> { };
    }
    return () -> {
      try {
        binding.close();
      } catch (RuntimeException e) {
        log.warn("Cannot unbind the metrics of a closing Kafka consumer", e);
      }
    };
  }

  /**
   * Asks {@link #run()} to finish and waits until it has, at most {@link #closeBound()}. Close the client only after:
   * closing it under a running sink strands the ingester's requests.
   */
  @Override
  public void close() {
    stop();
    if (!running) {
      return;
    }
    try {
      if (!stopped.await(closeBound().toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("The {} sink did not stop within {} s", config.kind().defaultIndexPrefix(), closeBound().toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Closes {@code sinks} together: each stops while the others do, so that closing them takes as long as the slowest,
   * not the sum (three sinks on one hung cluster would otherwise take three request timeouts, or more).
   */
  public static void closeAll(Collection<ArticleSink> sinks) {
    sinks.forEach(ArticleSink::stop);
    sinks.forEach(ArticleSink::close);
  }

  /** Asks {@link #run()} to finish, without waiting. */
  private void stop() {
    stopping = true;
    closing.countDown();
    KafkaConsumer<String, byte[]> kafka = consumer;
    if (kafka != null) {
      kafka.wakeup();
    }
  }

  /**
   * The longest {@link #close()} takes: the drain of a healthy cluster, then the requests still in flight, each ended
   * by Elasticsearch or by the request timeout, with a connect timeout each (a retry started just before the stop).
   */
  public Duration closeBound() {
    return DRAIN_TIMEOUT.plus(config.requestTimeout().plus(config.connectTimeout()).multipliedBy(2))
        .plus(POLL.multipliedBy(5));
  }

  /** Whether the sink holds consumption now (Elasticsearch failing, or too much unacknowledged); for tests. */
  boolean paused() {
    return paused;
  }

  /** Counts so far; safe to call from any thread. */
  public SinkStats stats() {
    return new SinkStats(written.get(), conflicts.get(), deadLettered.get(), retried.get());
  }

  private void consume() {
    Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    while (!stopping && fatal.get() == null) {
      resendDueRetries();
      applyBackPressure();
      try {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          submit(record);
        }
      } catch (WakeupException expected) {
        // close() wakes a blocked poll; the loop condition ends it.
        continue;
      }
      commitAsync(committed);
    }
  }

  /** Turns one record into operations, or sends it to the dead-letter topic when it is no article. */
  private void submit(ConsumerRecord<String, byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    List<BulkOperation> operations;
    try {
      operations = operationsFor(record);
    } catch (InvalidRecordException e) {
      tracker.begin(partition, record.offset(), 1);
      Pending pending = new Pending(partition, record.offset(), record.key(), record.value(), null, 0);
      deadLetter(pending, Map.of(DeadLetters.ERROR_TYPE, DeadLetters.INVALID_RECORD,
          DeadLetters.ERROR_REASON, e.getMessage()));
      return;
    }
    tracker.begin(partition, record.offset(), operations.size());
    if (operations.isEmpty()) {
      written.incrementAndGet();
    }
    for (BulkOperation operation : operations) {
      ingester.add(operation, new Pending(partition, record.offset(), record.key(), record.value(), operation, 0));
    }
  }

  private List<BulkOperation> operationsFor(ConsumerRecord<String, byte[]> record) throws InvalidRecordException {
    String id = record.key();
    if (id == null || id.isBlank()) {
      throw new InvalidRecordException("a record on " + record.topic() + " without key: the key is the article id");
    }
    long version = record.offset();
    if (record.value() == null) {
      IndexMonth month = indexMonth(record, IndexMonth.HEADER);
      Collection<String> indices = month != null ? List.of(config.indices().monthly(month.month())) : knownIndices;
      return indices.stream().map(index -> delete(index, id, version)).toList();
    }
    ObjectNode document = parse(record.value());
    LocalDate editionDate = editionDate(document);
    Instant publishedAt = publishedAt(document);
    String index = config.indices().forEdition(
        publishedAt != null ? LocalDate.ofInstant(publishedAt, ZoneOffset.UTC) : editionDate, LocalDate.now(clock));
    knownIndices.add(index);
    document.put("indexed_at", clock.instant().toString());
    BinaryData source = BinaryData.of(Json.writeBytes(document), ContentType.APPLICATION_JSON);
    BulkOperation write = BulkOperation.of(b -> b.index(i -> i.index(index).id(id).version(version)
        .versionType(VersionType.External).document(source)));
    IndexMonth before = indexMonth(record, IndexMonth.BEFORE_HEADER);
    String left = before == null ? null : config.indices().monthly(before.month());
    return left == null || left.equals(index) ? List.of(write) : List.of(write, delete(left, id, version));
  }

  /**
   * The month an article record's header names ({@link IndexMonth}), or null: on other kinds of document, and on
   * records written before the topology stamped them, which fall back to deleting from every known index.
   */
  private IndexMonth indexMonth(ConsumerRecord<String, byte[]> record, String header) {
    if (config.kind() != DocumentKind.ARTICLES) {
      return null;
    }
    Header last = record.headers().lastHeader(header);
    return last == null ? null : IndexMonth.parse(last.value());
  }

  /** A delete that wins over every older write of the article in {@code index}, and loses to every newer one. */
  private static BulkOperation delete(String index, String id, long version) {
    return BulkOperation.of(b -> b.delete(d -> d.index(index).id(id).version(version)
        .versionType(VersionType.External)));
  }

  private static ObjectNode parse(byte[] value) throws InvalidRecordException {
    JsonNode node;
    try {
      node = Json.mapper().readTree(value);
    } catch (IOException e) {
      throw new InvalidRecordException("not JSON: " + e.getMessage(), e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidRecordException("not a JSON object but " + (node == null ? "nothing" : node.getNodeType()));
    }
    return object;
  }

  /**
   * The time the document is filed under ({@code published_at}: the edition date, else when its page arrived), or
   * null when a record from an older topology has none (its edition date, else today, decides the month). One that is
   * no instant goes to the dead-letter topic.
   */
  private static Instant publishedAt(ObjectNode document) throws InvalidRecordException {
    JsonNode time = document.get("published_at");
    if (time == null || time.isNull()) {
      return null;
    }
    try {
      return Instant.parse(time.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException("published_at '" + time.asText() + "' is not an ISO-8601 instant", e);
    }
  }

  /**
   * The document's edition date, or null when it has none. A date that is no calendar date goes to the dead-letter
   * topic: Elasticsearch would quietly roll {@code 2024-02-30} over to March 1st and file the article in a wrong month.
   */
  private static LocalDate editionDate(ObjectNode document) throws InvalidRecordException {
    JsonNode date = document.get("edition_date");
    if (date == null || date.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(date.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException("edition_date '" + date.asText() + "' is not a calendar date (yyyy-mm-dd)", e);
    }
  }

  private BulkIngester<Pending> newIngester() {
    return BulkIngester.of(b -> b.client(client)
        .maxOperations(config.batchSize())
        .maxSize(5L * 1024 * 1024)
        .maxConcurrentRequests(config.maxConcurrentRequests())
        .flushInterval(config.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
        .listener(new Listener()));
  }

  /** Runs on the ingester's threads: acknowledges, schedules retries, dead-letters. Never calls the ingester. */
  private final class Listener implements BulkListener<Pending> {
    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
      // Nothing to prepare: every operation carries its record in its context.
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
      try {
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
          BulkResponseItem item = items.get(i);
          Pending pending = contexts.get(i);
          switch (ItemOutcome.of(item)) {
            case DONE -> done(pending, item.status() == 409);
            case RETRY -> retry(pending, item.status() + " " + describe(item.error()));
            case REJECT -> deadLetter(pending, errorHeaders(item));
          }
        }
      } catch (RuntimeException e) {
        // The ingester would only log it, and the records would stay unacknowledged forever: stop the sink.
        fatal.compareAndSet(null, new IllegalStateException("cannot handle bulk response " + executionId, e));
      }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
      if (retrying.get() == 0) {
        log.warn("Bulk request of {} operations failed ({}): pausing consumption and retrying until Elasticsearch "
            + "answers", contexts.size(), failure.toString());
      } else {
        log.debug("Bulk request {} of {} operations failed again: {}", executionId, contexts.size(), failure.toString());
      }
      contexts.forEach(pending -> retry(pending, failure.toString()));
    }
  }

  private void done(Pending pending, boolean conflict) {
    settled(pending);
    if (conflict) {
      conflicts.incrementAndGet();
    }
    if (tracker.complete(pending.partition(), pending.offset())) {
      written.incrementAndGet();
    }
  }

  /** Ends the retry cycle of an operation that had failed before. */
  private void settled(Pending pending) {
    if (pending.attempt() > 0 && retrying.decrementAndGet() == 0) {
      log.info("Elasticsearch acknowledges writes again");
    }
  }

  private void retry(Pending pending, String reason) {
    if (pending.attempt() == 0) {
      retrying.incrementAndGet();
    }
    Pending next = pending.retried();
    Duration wait = backoff(next.attempt());
    if (next.attempt() % 10 == 0) {
      log.warn("{} of article {} still failing after {} attempts ({}); next try in {} ms", pending.source(),
          pending.key(), next.attempt(), reason, wait.toMillis());
    }
    retried.incrementAndGet();
    retries.add(new Retry(next, System.nanoTime() + wait.toNanos()));
  }

  /** Exponential, capped, with "equal jitter": between half and all of the step, so retries of a batch spread out. */
  Duration backoff(int attempt) {
    long initial = config.initialBackoff().toMillis();
    long step = Math.min(config.maxBackoff().toMillis(), initial << Math.min(attempt - 1, 20));
    return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1));
  }

  private void deadLetter(Pending pending, Map<String, String> error) {
    settled(pending);
    deadLetters.send(pending, error, (metadata, exception) -> {
      if (exception != null) {
        fatal.compareAndSet(null, new IllegalStateException("cannot write " + pending.source()
            + " to the dead-letter topic " + config.topics().sinkDeadLetter(), exception));
        return;
      }
      log.warn("{} (article {}) sent to {}: {}", pending.source(), pending.key(), config.topics().sinkDeadLetter(),
          error.get(DeadLetters.ERROR_REASON));
      deadLettered.incrementAndGet();
      tracker.complete(pending.partition(), pending.offset());
    });
  }

  private static Map<String, String> errorHeaders(BulkResponseItem item) {
    Map<String, String> headers = new HashMap<>();
    headers.put(DeadLetters.ERROR_TYPE, item.error().type());
    headers.put(DeadLetters.ERROR_REASON, describe(item.error()));
    headers.put(DeadLetters.ERROR_STATUS, String.valueOf(item.status()));
    headers.put(DeadLetters.INDEX, item.index());
    return headers;
  }

  /** The reason with its causes, which name the field ("failed to parse field [edition_date]... caused by..."). */
  private static String describe(ErrorCause error) {
    StringBuilder text = new StringBuilder(error.type()).append(": ").append(error.reason());
    for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
      text.append("; caused by ").append(cause.type()).append(": ").append(cause.reason());
    }
    return text.toString();
  }

  /** Hands retries whose time has come back to the ingester; on the consumer thread, the only one that adds. */
  private void resendDueRetries() {
    long now = System.nanoTime();
    for (Retry head = retries.peek(); head != null && head.dueNanos() <= now; head = retries.peek()) {
      Retry due = retries.poll();
      if (due == null) {
        return;
      }
      Pending pending = due.pending();
      if (consumer.assignment().contains(pending.partition())) {
        ingester.add(pending.operation(), pending);
      } else {
        // Revoked meanwhile: its new owner reads the record again from the last commit.
        settled(pending);
      }
    }
  }

  /** Pauses every partition while retries wait (Elasticsearch in trouble) or too many records are unacknowledged. */
  private void applyBackPressure() {
    boolean hold = retrying.get() > 0 || tracker.inFlight() >= config.maxInFlight();
    paused = hold;
    if (hold) {
      if (consumer.paused().size() < consumer.assignment().size()) {
        log.debug("Pausing consumption: {} records unacknowledged, {} operations being retried",
            tracker.inFlight(), retrying.get());
        consumer.pause(consumer.assignment());
      }
    } else if (!consumer.paused().isEmpty()) {
      log.debug("Resuming consumption");
      consumer.resume(consumer.paused());
    }
  }

  private void commitAsync(Map<TopicPartition, OffsetAndMetadata> committed) {
    Map<TopicPartition, OffsetAndMetadata> advanced = new HashMap<>();
    tracker.positions().forEach((partition, position) -> {
      OffsetAndMetadata last = committed.get(partition);
      if (consumer.assignment().contains(partition) && (last == null || last.offset() < position.offset())) {
        advanced.put(partition, position);
      }
    });
    if (advanced.isEmpty()) {
      return;
    }
    committed.putAll(advanced);
    consumer.commitAsync(advanced, (offsets, exception) -> {
      if (exception != null) {
        // The next advance commits again; a replay of these offsets would be harmless anyway.
        log.warn("Committing {} failed: {}", offsets, exception.toString());
      }
    });
  }

  private void commitSync(Collection<TopicPartition> partitions) {
    Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>(tracker.positions());
    positions.keySet().retainAll(partitions);
    if (positions.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(positions);
    } catch (WakeupException expected) {
      // close() woke the consumer outside poll(); the wake-up is spent now, so the second attempt goes through.
      consumer.commitSync(positions);
    }
  }

  /** Waits until Elasticsearch has acknowledged everything read from {@code partitions}, retrying as needed. */
  private void drain(Collection<TopicPartition> partitions) {
    if (tracker.idle(partitions)) {
      return;
    }
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    ingester.flush();
    while (!tracker.idle(partitions) && fatal.get() == null && System.nanoTime() < deadline) {
      if (stopping && retrying.get() > 0) {
        // Elasticsearch fails or hangs: retrying would hold the stop for as long as it does. The records are not
        // committed, so the next start reads them again.
        log.warn("Stopping while Elasticsearch fails: {} records unacknowledged, read again at the next start",
            tracker.inFlight());
        return;
      }
      resendDueRetries();
      ingester.flush();
      try {
        tracker.awaitProgress(Duration.ofMillis(50));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (!tracker.idle(partitions)) {
      log.warn("Stopping with writes of {} unacknowledged: they will be read again", partitions);
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      drain(partitions);
      commitSync(partitions);
      tracker.forget(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      log.info("Indexing {}", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      tracker.forget(partitions);
    }
  }

  /**
   * Installs the index template and lists the monthly indices, trying again with backoff while Elasticsearch fails
   * or does not answer (each attempt ends within the request timeout), until it works or {@link #close()}.
   */
  private void prepareIndices() {
    for (int attempt = 1; !stopping; attempt++) {
      try {
        IndexTemplates.install(client, config);
        loadKnownIndices();
        return;
      } catch (IOException | RuntimeException e) {
        Duration wait = backoff(attempt);
        log.warn("Cannot install the index template at {} ({}); trying again in {} ms", config.elasticsearchUrl(),
            e.toString(), wait.toMillis());
        awaitClosing(wait);
      }
    }
  }

  private void loadKnownIndices() throws IOException {
    ResolveIndexResponse resolved = client.indices().resolveIndex(r -> r.name(config.indices().pattern()));
    resolved.indices().forEach(index -> knownIndices.add(index.name()));
  }

  /** Waits {@code duration}, or less when {@link #close()} is called meanwhile. */
  private void awaitClosing(Duration duration) {
    try {
      closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    }
  }

  private void rethrowFatal() {
    Throwable failure = fatal.get();
    if (failure != null) {
      throw failure instanceof IllegalStateException state ? state : new IllegalStateException(failure);
    }
  }

  private Properties consumerProperties() {
    Properties props = new Properties();
    props.putAll(config.kafkaClientProperties());
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // Only what the topology committed: aborted transactions would index articles that never were.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(500, config.maxInFlight()));
    // The group, not a constant: the articles and the alerts sink of one process need client ids of their own, for their
    // JMX beans and for the client_id label of their metrics (consumer lag per sink).
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId());
    return props;
  }

  /** An operation to send again once {@code dueNanos} ({@link System#nanoTime()}) has passed. */
  private record Retry(Pending pending, long dueNanos) implements Comparable<Retry> {
    @Override
    public int compareTo(Retry other) {
      return Long.compare(dueNanos, other.dueNanos);
    }
  }
}
