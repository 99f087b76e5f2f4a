package org.inkstream.launcher.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka broker and one Elasticsearch node (security off) together.
 *
 * <p>Tests call {@link #global()}: one stack shared by everything in the JVM, started on first use and stopped by a
 * shutdown hook. A broker and a node cost 10 s (a minute on a loaded machine) and 1 GB, so one per test class would make
 * the suite slow and the machine swap. Tests keep apart by unique topic and index names. It lives under {@code
 * target/local-stack/}: the unpacked distribution ({@code dist/}, kept between runs) and the node and broker data
 * (wiped at each start, so a run never sees the leftovers of another).
 *
 * <p>A demo calls {@link #start(Path)}, which keeps the data of earlier runs, and closes the stack when done.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
  private static final Path ROOT = Path.of("target", "local-stack");

  private static LocalStack global;

  private final EmbeddedKafka kafka;
  private final EmbeddedElasticsearch elasticsearch;
  private volatile boolean shared;

  private LocalStack(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) {
    this.kafka = kafka;
    this.elasticsearch = elasticsearch;
  }

  /** The JVM's stack, started by the first call (about 10 s); later calls return it at once. */
  public static synchronized LocalStack global() {
    if (global == null) {
      global = startFresh(ROOT.toAbsolutePath());
      global.shared = true;
      Runtime.getRuntime().addShutdownHook(new Thread(global::stop, "local-stack-shutdown"));
    }
    return global;
  }

  private static LocalStack startFresh(Path root) {
    try {
      ElasticsearchDistribution.deleteTree(root.resolve("kafka"));
      ElasticsearchDistribution.deleteTree(root.resolve("elasticsearch"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the previous local stack in " + root, e);
    }
    return start(root);
  }

  /**
   * Starts a broker and a node keeping their data under {@code root} ({@code kafka/}, {@code elasticsearch/}, and the
   * unpacked distribution in {@code dist/}), so that topics and indices survive from one run to the next.
   */
  public static LocalStack start(Path root) {
    // Elasticsearch boots in a child process for 6-9 s: start the broker meanwhile.
    CompletableFuture<EmbeddedElasticsearch> elasticsearch = CompletableFuture.supplyAsync(
        () -> EmbeddedElasticsearch.start(root.resolve("dist"), root.resolve("elasticsearch")));
    EmbeddedKafka kafka;
    try {
      kafka = EmbeddedKafka.start(root.resolve("kafka"));
    } catch (RuntimeException e) {
      elasticsearch.thenAccept(EmbeddedElasticsearch::close);
      throw e;
    }
    try {
      return new LocalStack(kafka, elasticsearch.join());
    } catch (CompletionException e) {
      kafka.close();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** Elasticsearch's HTTP endpoint, security off. */
  public String elasticsearchUrl() {
    return elasticsearch.url().toString();
  }

  public EmbeddedKafka kafka() {
    return kafka;
  }

  public EmbeddedElasticsearch elasticsearch() {
    return elasticsearch;
  }

  /** Stops the broker and the node; the shared {@link #global()} stack ignores this and stops with the JVM. */
  @Override
  public void close() {
    if (!shared) {
      stop();
    }
  }

  private void stop() {
    log.info("Stopping the local stack");
    try {
      kafka.close();
    } finally {
      elasticsearch.close();
    }
  }
}
