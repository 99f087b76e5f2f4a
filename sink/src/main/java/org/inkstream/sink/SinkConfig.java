package org.inkstream.sink;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.inkstream.core.Topics;

/**
 * Everything the sink needs, in one typed place: where Kafka and Elasticsearch are, how to authenticate and trust the
 * cluster, how the indices look, and how much the sink buffers. Build one with {@link #builder()}; each setter checks
 * its value and documents its default, {@link Builder#build()} checks the combinations.
 *
 * <p>{@code toString()} never shows secrets: {@link Credentials} hide them.
 *
 * @param bootstrapServers Kafka's {@code bootstrap.servers}
 * @param groupId the consumer group; its committed offsets are the sink's progress. Also the consumer's {@code
 *     client.id}, hence the {@code client_id} label of its metrics: by default {@code inkstream-sink}, and {@code
 *     inkstream-sink-alerts} for the alerts sink ({@link #forAlerts()})
 * @param topics where articles come from and where rejected ones go
 * @param elasticsearchUrl one node's HTTP(S) endpoint
 * @param credentials how to authenticate
 * @param caCertificate a PEM file of the CA that signed the cluster's HTTP certificate, or null
 * @param caFingerprint the SHA-256 fingerprint of that CA (hex, colons allowed), or null
 * @param indexPrefix the read alias and the prefix of the monthly indices ({@code articles} → {@code articles-2024.05})
 * @param analyzer the analyzer of the text fields: {@code standard} (every Elasticsearch), {@code smartcn} or {@code
 *     icu_analyzer} (with their plugins) for word segmentation in production
 * @param replicas replicas per index; 0 for one node, where 1 would leave every index yellow
 * @param refreshInterval how soon a write becomes searchable, in Elasticsearch units ({@code 1s}, {@code 30s}, {@code
 *     -1})
 * @param batchSize operations per bulk request
 * @param flushInterval the longest an operation waits for its batch to fill
 * @param maxConcurrentRequests bulk requests in flight at once
 * @param maxInFlight records read from Kafka but not yet acknowledged by Elasticsearch; at this bound the sink pauses
 *     consumption
 * @param initialBackoff the first wait before an operation is retried; it doubles with each attempt
 * @param maxBackoff the longest wait between two attempts
 * @param kind what the sink indexes: articles (from the articles topic) or alerts (from the alerts topic)
 * @param kafkaClientProperties Kafka client settings for a secured cluster (TLS, SASL), added to the sink's consumer
 *     and dead-letter producer; empty for a plain-text cluster
 * @param startupTimeout how long the sink waits at start-up for an unreachable Elasticsearch before it gives up, or
 *     null to wait as long as it takes: a stage restarted while Elasticsearch restarts must not die of it
 *     ({@link StartupWait})
 * @param connectTimeout the longest the client waits for a TCP connection to Elasticsearch
 * @param requestTimeout the longest a request may wait for Elasticsearch without receiving a byte (the HTTP socket
 *     timeout), and for a free pooled connection: a request to a node that accepts and never answers, or answers half
 *     and stalls, fails after it and is retried with backoff. It bounds every wait on Elasticsearch, and with it how
 *     long {@link ArticleSink#close()} can take. Keep it above the slowest bulk request a healthy cluster answers
 *     (seconds, under load): a timed-out request is sent again
 */
public record SinkConfig(
    String bootstrapServers,
    String groupId,
    Topics topics,
    URI elasticsearchUrl,
    Credentials credentials,
    Path caCertificate,
    String caFingerprint,
    String indexPrefix,
    String analyzer,
    int replicas,
    String refreshInterval,
    int batchSize,
    Duration flushInterval,
    int maxConcurrentRequests,
    int maxInFlight,
    Duration initialBackoff,
    Duration maxBackoff,
    DocumentKind kind,
    Map<String, String> kafkaClientProperties,
    Duration startupTimeout,
    Duration connectTimeout,
    Duration requestTimeout) {

  private static final Pattern INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
  private static final Pattern TIME_VALUE = Pattern.compile("-1|0|[0-9]+(nanos|micros|ms|s|m|h|d)");

  public SinkConfig {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(elasticsearchUrl, "elasticsearchUrl");
    Objects.requireNonNull(credentials, "credentials");
    if (caCertificate != null && caFingerprint != null) {
      throw new IllegalArgumentException("trust the cluster by CA certificate or by CA fingerprint, not both");
    }
    if ((caCertificate != null || caFingerprint != null) && !"https".equals(elasticsearchUrl.getScheme())) {
      throw new IllegalArgumentException("a CA certificate or fingerprint needs an https URL, was " + elasticsearchUrl);
    }
    require(INDEX_PREFIX.matcher(indexPrefix).matches(),
        "the index prefix must be lower-case letters, digits, '_', '.', '-', was '%s'", indexPrefix);
    require(analyzer != null && !analyzer.isBlank(), "the analyzer name cannot be blank");
    require(replicas >= 0, "replicas cannot be negative, was %s", replicas);
    require(TIME_VALUE.matcher(refreshInterval).matches(),
        "the refresh interval is an Elasticsearch time such as 1s or -1, was '%s'", refreshInterval);
    require(batchSize > 0, "the batch size must be positive, was %s", batchSize);
    require(isPositive(flushInterval), "the flush interval must be positive, was %s", flushInterval);
    require(maxConcurrentRequests > 0, "max concurrent requests must be positive, was %s", maxConcurrentRequests);
    require(maxInFlight >= batchSize, "max in-flight (%s) must hold at least one batch (%s)", maxInFlight, batchSize);
    require(isPositive(initialBackoff), "the initial backoff must be positive, was %s", initialBackoff);
    require(isPositive(maxBackoff) && maxBackoff.compareTo(initialBackoff) >= 0,
        "the max backoff must be at least the initial backoff (%s), was %s", initialBackoff, maxBackoff);
    Objects.requireNonNull(kind, "kind");
    kafkaClientProperties = Map.copyOf(kafkaClientProperties);
    require(startupTimeout == null || isPositive(startupTimeout),
        "the start-up timeout must be positive (or none), was %s", startupTimeout);
    require(isPositive(connectTimeout), "the connect timeout must be positive, was %s", connectTimeout);
    require(isPositive(requestTimeout), "the request timeout must be positive, was %s", requestTimeout);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration of the sink that indexes the alerts next to this one's articles: same clusters and settings,
   * its own topic, consumer group and indices ({@code alerts}, or {@code PREFIX_alerts} beside a prefix of one's own,
   * so that no two templates claim one index).
   */
  public SinkConfig forAlerts() {
    return sibling(DocumentKind.ALERTS, "_alerts", "-alerts");
  }

  /**
   * The configuration of the sink that indexes the editions next to this one's articles: its own topic ({@code
   * editions}), consumer group and indices ({@code editions}, or {@code PREFIX_editions}).
   */
  public SinkConfig forEditions() {
    return sibling(DocumentKind.EDITIONS, "_editions", "-editions");
  }

  /** This configuration for another kind: the kind's default prefix beside the default one, else a suffixed one. */
  private SinkConfig sibling(DocumentKind other, String prefixSuffix, String groupSuffix) {
    String prefix = indexPrefix.equals(DocumentKind.ARTICLES.defaultIndexPrefix())
        ? other.defaultIndexPrefix() : indexPrefix + prefixSuffix;
    return new SinkConfig(bootstrapServers, groupId + groupSuffix, topics, elasticsearchUrl, credentials,
        caCertificate, caFingerprint, prefix, analyzer, replicas, refreshInterval, batchSize, flushInterval,
        maxConcurrentRequests, maxInFlight, initialBackoff, maxBackoff, other, kafkaClientProperties,
        startupTimeout, connectTimeout, requestTimeout);
  }

  /** The alias, template and index names that {@link #indexPrefix()} implies. */
  public ArticleIndices indices() {
    return new ArticleIndices(indexPrefix);
  }

  private static boolean isPositive(Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }

  private static void require(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, message, args));
    }
  }

  /** Collects a {@link SinkConfig}; every value has a default except the Kafka bootstrap servers. */
  public static final class Builder {
    private String bootstrapServers;
    private String groupId = "inkstream-sink";
    private Topics topics = Topics.defaults();
    private URI elasticsearchUrl = URI.create("http://localhost:9200");
    private Credentials credentials = Credentials.none();
    private Path caCertificate;
    private String caFingerprint;
    private String indexPrefix = "articles";
    private String analyzer = "standard";
    private int replicas = 0;
    private String refreshInterval = "500ms";
    private int batchSize = 500;
    private Duration flushInterval = Duration.ofMillis(200);
    private int maxConcurrentRequests = 2;
    private int maxInFlight = 5_000;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Map<String, String> kafkaClientProperties = Map.of();
    private DocumentKind kind = DocumentKind.ARTICLES;
    private Duration startupTimeout;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /** Required. */
    public Builder bootstrapServers(String servers) {
      this.bootstrapServers = servers;
      return this;
    }

    /** Default {@code inkstream-sink}. */
    public Builder groupId(String groupId) {
      this.groupId = groupId;
      return this;
    }

    /** Default {@link Topics#defaults()}. */
    public Builder topics(Topics topics) {
      this.topics = topics;
      return this;
    }

    /** Default {@code http://localhost:9200}. */
    public Builder elasticsearchUrl(URI url) {
      this.elasticsearchUrl = url;
      return this;
    }

    /** Default none. */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Default none: the JVM's trust store decides. */
    public Builder caCertificate(Path pem) {
      this.caCertificate = pem;
      return this;
    }

    /** Default none. */
    public Builder caFingerprint(String sha256) {
      this.caFingerprint = sha256;
      return this;
    }

    /** Default {@code articles}. */
    public Builder indexPrefix(String prefix) {
      this.indexPrefix = prefix;
      return this;
    }

    /** Default {@code standard}. */
    public Builder analyzer(String analyzer) {
      this.analyzer = analyzer;
      return this;
    }

    /** Default 0. */
    public Builder replicas(int replicas) {
      this.replicas = replicas;
      return this;
    }

    /** Default {@code 1s}. */
    public Builder refreshInterval(String interval) {
      this.refreshInterval = interval;
      return this;
    }

    /** Default 500. */
    public Builder batchSize(int operations) {
      this.batchSize = operations;
      return this;
    }

    /** Default 1 s. */
    public Builder flushInterval(Duration interval) {
      this.flushInterval = interval;
      return this;
    }

    /** Default 2. */
    public Builder maxConcurrentRequests(int requests) {
      this.maxConcurrentRequests = requests;
      return this;
    }

    /** Default 5000. */
    public Builder maxInFlight(int records) {
      this.maxInFlight = records;
      return this;
    }

    /** Default 200 ms. */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = backoff;
      return this;
    }

    /** What to index; default articles. */
    public Builder kind(DocumentKind kind) {
      this.kind = kind;
      return this;
    }

    /** Kafka client security settings (TLS, SASL); default none. */
    public Builder kafkaClientProperties(Map<String, String> properties) {
      this.kafkaClientProperties = properties;
      return this;
    }

    /** Default 30 s. */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = backoff;
      return this;
    }

    /** How long to wait for Elasticsearch at start-up; default null: no deadline, wait until it answers. */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = timeout;
      return this;
    }

    /** The longest wait for a TCP connection to Elasticsearch; default 5 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * The longest a request may wait for Elasticsearch without a byte of answer, or for a pooled connection; default
     * 30 s. See {@link SinkConfig#requestTimeout()}.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** @throws IllegalArgumentException naming the first bad value */
    public SinkConfig build() {
      return new SinkConfig(bootstrapServers, groupId, topics, elasticsearchUrl, credentials, caCertificate,
          caFingerprint, indexPrefix, analyzer, replicas, refreshInterval, batchSize, flushInterval,
          maxConcurrentRequests, maxInFlight, initialBackoff, maxBackoff, kind, kafkaClientProperties, startupTimeout,
          connectTimeout, requestTimeout);
    }
  }
}
