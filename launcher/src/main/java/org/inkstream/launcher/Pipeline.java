package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
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
 * The enrich topology and the Elasticsearch sink running side by side in one process, as {@code demo}, the end-to-end
 * tests and the benchmark run them. In production each runs as its own command ({@code enrich}, {@code sink}) and
 * scales on its own.
 */
final class Pipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final EnrichService enrich;
  private final ElasticsearchClient client;
  private final ArticleSink sink;
  private final Thread sinkThread;

  private Pipeline(EnrichService enrich, ElasticsearchClient client, ArticleSink sink, Thread sinkThread) {
    this.enrich = enrich;
    this.client = client;
    this.sink = sink;
    this.sinkThread = sinkThread;
  }

  static Pipeline start(EnrichConfig enrichConfig, SinkConfig sinkConfig, Function<Page, PageSplit> engine,
      PipelineMetrics metrics) {
    EnrichService enrich = EnrichService.start(enrichConfig, engine, metrics);
    ElasticsearchClient client = ElasticsearchClients.create(sinkConfig);
    ArticleSink sink = new ArticleSink(sinkConfig, client);
    SinkMetrics.bind(metrics.registry(), sink);
    Thread thread = new Thread(() -> {
      try {
        sink.run();
      } catch (RuntimeException e) {
        LOG.error("the article sink stopped", e);
      }
    }, "inkstream-sink");
    thread.start();
    return new Pipeline(enrich, client, sink, thread);
  }

  /** The client the sink writes with, for queries against the same cluster. */
  ElasticsearchClient client() {
    return client;
  }

  boolean ready() {
    return enrich.running() && sinkThread.isAlive();
  }

  @Override
  public void close() {
    sink.close();
    try {
      sinkThread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    enrich.close();
    try {
      client._transport().close();
    } catch (IOException e) {
      LOG.warn("closing the Elasticsearch client failed", e);
    }
  }
}
