package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.EnrichService;
import org.inkstream.topology.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich topology and the Elasticsearch sinks (articles, alerts, editions) running side by side in one process, as {@code
 * demo}, the end-to-end tests and the benchmark run them. In production each runs as its own command ({@code enrich},
 * {@code sink}) and scales on its own.
 */
final class Pipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final EnrichService enrich;
  private final ElasticsearchClient client;
  private final List<ArticleSink> sinks;
  private final List<Thread> sinkThreads;

  private Pipeline(EnrichService enrich, ElasticsearchClient client, List<ArticleSink> sinks,
      List<Thread> sinkThreads) {
    this.enrich = enrich;
    this.client = client;
    this.sinks = sinks;
    this.sinkThreads = sinkThreads;
  }

  static Pipeline start(EnrichConfig enrichConfig, SinkConfig sinkConfig, Function<Page, PageSplit> engine,
      PipelineMetrics metrics) {
    ElasticsearchClient client = ElasticsearchClients.create(sinkConfig);
    try {
      ElasticsearchClients.checkConnection(client, sinkConfig);
    } catch (IllegalStateException e) {
      closeQuietly(client);
      throw e;
    }
    EnrichService enrich = EnrichService.start(enrichConfig, engine, metrics);
    Sinks sinks = Sinks.create(sinkConfig, client, metrics.registry());
    return new Pipeline(enrich, client, sinks.all(), List.of(run(sinks.articles(), "inkstream-sink"),
        run(sinks.alerts(), "inkstream-alerts-sink"), run(sinks.editions(), "inkstream-editions-sink")));
  }

  /** Runs {@code sink} on a thread of its own: it consumes until closed. */
  static Thread run(ArticleSink sink, String name) {
    Thread thread = new Thread(() -> {
      try {
        sink.run();
      } catch (RuntimeException e) {
        LOG.error("{} stopped", name, e);
      }
    }, name);
    thread.start();
    return thread;
  }

  /** The client the sinks write with, for queries against the same cluster. */
  ElasticsearchClient client() {
    return client;
  }

  boolean ready() {
    return enrich.running() && sinkThreads.stream().allMatch(Thread::isAlive);
  }

  @Override
  public void close() {
    ArticleSink.closeAll(sinks);
    for (Thread thread : sinkThreads) {
      try {
        thread.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // In-process runs (demo, bench, tests) stop for good or start again at once: leave the group rather than make the
    // next run wait out the session timeout.
    enrich.leaveGroupAndClose();
    closeQuietly(client);
  }

  private static void closeQuietly(ElasticsearchClient client) {
    try {
      client._transport().close();
    } catch (IOException e) {
      LOG.warn("closing the Elasticsearch client failed", e);
    }
  }
}
