package org.inkstream.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.inkstream.core.Topics;
import org.inkstream.editions.Papers;

/**
 * Every setting of the enrich stage, in one typed place.
 *
 * @param applicationId the Streams application id: instances sharing it share the work (and the consumer group)
 * @param bootstrapServers the Kafka cluster
 * @param stateDir where RocksDB keeps the local copy of the state stores
 * @param topics the topic names
 * @param maxPageChars pages longer than this go to the dead-letter topic instead of the engine
 * @param commitIntervalMs how often a transaction commits: the lower bound of page-to-article latency under
 *     exactly-once
 * @param clientProperties Kafka client settings added to every client of the application: security (TLS, SASL)
 *     for a production cluster; empty for a plain-text one
 * @param papers the papers the team follows (the papers file, docs/editions.md): what edition tracking expects
 * @param editionPartitions partitions of the editions repartition topic: how many tasks share edition tracking. The
 *     tracker's clock decides which task creates an expected edition from the same number, so it is fixed here, not
 *     left to the topic (1 for TopologyTestDriver, which runs one task per sub-topology)
 * @param editionCheckEvery how often (wall clock) edition statuses are re-evaluated: how late after its due time an
 *     edition turns late at the latest
 * @param startupTimeout how long the stage waits at start-up for an unreachable broker before it gives up, or null
 *     (the default) to wait as long as it takes: a stage restarted while the broker restarts must not die of it
 */
public record EnrichConfig(
    String applicationId,
    String bootstrapServers,
    Path stateDir,
    Topics topics,
    int maxPageChars,
    long commitIntervalMs,
    Map<String, String> clientProperties,
    Papers papers,
    int editionPartitions,
    Duration editionCheckEvery,
    Duration startupTimeout) {

  /** Default partitions of the editions repartition topic, as many as the pages topic has by default. */
  public static final int DEFAULT_EDITION_PARTITIONS = 3;
  /** Default interval of the edition clock. */
  public static final Duration DEFAULT_EDITION_CHECK = Duration.ofMinutes(1);

  /** Default page size limit: far above any real page (the seeds are at most 13k characters). */
  public static final int DEFAULT_MAX_PAGE_CHARS = 1_000_000;

  public EnrichConfig {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(topics, "topics");
    if (maxPageChars <= 0) {
      throw new IllegalArgumentException("maxPageChars must be positive, was " + maxPageChars);
    }
    if (commitIntervalMs <= 0) {
      throw new IllegalArgumentException("commitIntervalMs must be positive, was " + commitIntervalMs);
    }
    clientProperties = Map.copyOf(clientProperties);
    Objects.requireNonNull(papers, "papers");
    if (editionPartitions < 1) {
      throw new IllegalArgumentException("editionPartitions must be at least 1, was " + editionPartitions);
    }
    if (editionCheckEvery == null || editionCheckEvery.isNegative() || editionCheckEvery.isZero()) {
      throw new IllegalArgumentException("editionCheckEvery must be positive, was " + editionCheckEvery);
    }
    if (startupTimeout != null && (startupTimeout.isNegative() || startupTimeout.isZero())) {
      throw new IllegalArgumentException("startupTimeout must be positive (or null: none), was " + startupTimeout);
    }
  }

  /** A configuration that follows no papers yet (see {@link #withEditions}). */
  public EnrichConfig(String applicationId, String bootstrapServers, Path stateDir, Topics topics, int maxPageChars,
      long commitIntervalMs, Map<String, String> clientProperties) {
    this(applicationId, bootstrapServers, stateDir, topics, maxPageChars, commitIntervalMs, clientProperties,
        Papers.none(), DEFAULT_EDITION_PARTITIONS, DEFAULT_EDITION_CHECK, null);
  }

  /** A configuration for a plain-text cluster (no client security settings). */
  public EnrichConfig(String applicationId, String bootstrapServers, Path stateDir, Topics topics, int maxPageChars,
      long commitIntervalMs) {
    this(applicationId, bootstrapServers, stateDir, topics, maxPageChars, commitIntervalMs, Map.of());
  }

  /** This configuration with {@code properties} (security settings) added to every Kafka client. */
  public EnrichConfig withClientProperties(Map<String, String> properties) {
    return new EnrichConfig(applicationId, bootstrapServers, stateDir, topics, maxPageChars, commitIntervalMs,
        properties, papers, editionPartitions, editionCheckEvery, startupTimeout);
  }

  /** This configuration following {@code papers}. */
  public EnrichConfig withPapers(Papers papers) {
    return new EnrichConfig(applicationId, bootstrapServers, stateDir, topics, maxPageChars, commitIntervalMs,
        clientProperties, papers, editionPartitions, editionCheckEvery, startupTimeout);
  }

  /** This configuration with edition tracking spread over {@code partitions} and checked every {@code checkEvery}. */
  public EnrichConfig withEditionTracking(int partitions, Duration checkEvery) {
    return new EnrichConfig(applicationId, bootstrapServers, stateDir, topics, maxPageChars, commitIntervalMs,
        clientProperties, papers, partitions, checkEvery, startupTimeout);
  }

  /**
   * This configuration waiting at most {@code timeout} for an unreachable broker at start-up, or as long as it takes
   * when null (the default): the launcher waits before it starts the topology, see {@code StartupWait}.
   */
  public EnrichConfig withStartupTimeout(Duration timeout) {
    return new EnrichConfig(applicationId, bootstrapServers, stateDir, topics, maxPageChars, commitIntervalMs,
        clientProperties, papers, editionPartitions, editionCheckEvery, timeout);
  }

  public static EnrichConfig of(String bootstrapServers, Path stateDir) {
    return new EnrichConfig("inkstream-enrich", bootstrapServers, stateDir, Topics.defaults(), DEFAULT_MAX_PAGE_CHARS,
        100);
  }

  /**
   * The Streams settings: exactly-once v2, so that a page's articles, tombstones, report and the store update commit
   * together or not at all; read-committed downstream consumers then see each article once.
   */
  public Properties streamsProperties() {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // A page of articles is larger than the page itself; give the producer room for the biggest page's output.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    // There are no global stores yet; this only opts in to the behaviour Kafka Streams will make the default.
    props.put("processing.exception.handler.global.enabled", true);
    // Pages are read as bytes and parsed in the topology (dead letters with reasons); the only typed source is the
    // rules topic, where a record that is no rule is logged and skipped rather than stopping every instance.
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class.getName());
    return props;
  }
}
