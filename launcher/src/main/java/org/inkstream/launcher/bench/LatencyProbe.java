package org.inkstream.launcher.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures, per page, the time from the moment it was handed to the producer to the moment its <em>last</em> article
 * is searchable. It polls Elasticsearch every {@code pollInterval} with one search: the pending page ids as a terms
 * filter, and a terms aggregation counting each page's documents; a page is done when its count reaches what the engine
 * made of it offline.
 *
 * <p>Why poll rather than read {@code indexed_at}: that field is stamped by the sink before the bulk request and the
 * refresh, so it would leave out exactly the part of the latency a reader waits for. Resolution: a figure is late by at
 * most one poll interval plus one query; pages without articles are not probed.
 */
final class LatencyProbe implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LatencyProbe.class);
  private static final int MAX_PAGES_PER_QUERY = 1000;

  private final ElasticsearchClient client;
  private final String alias;
  private final Duration pollInterval;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final List<Long> latenciesMs = new ArrayList<>();
  private final List<Long> toSinkMs = new ArrayList<>();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "latency-probe");
    thread.setDaemon(true);
    return thread;
  });

  /** A page in flight: how many articles to wait for, and when it was sent (monotonic and wall clock). */
  private record Pending(int articles, long sentNanos, long sentEpochMillis) {}

  LatencyProbe(ElasticsearchClient client, String alias, Duration pollInterval) {
    this.client = client;
    this.alias = alias;
    this.pollInterval = pollInterval;
    poller.scheduleWithFixedDelay(this::pollSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Call just before the page is sent. */
  void sent(String pageId, int articles, long sentNanos) {
    if (articles > 0) {
      pending.put(pageId, new Pending(articles, sentNanos,
          System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentNanos)));
    }
  }

  int pendingCount() {
    return pending.size();
  }

  /** Waits until every probed page is searchable or {@code timeout} passed; the rest count as missed. */
  LatencyFigures finish(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(pollInterval.toMillis()); // the poller thread does the work; this only waits for it
    }
    synchronized (latenciesMs) {
      return new LatencyFigures(latenciesMs.stream().mapToLong(Long::longValue).toArray(),
          toSinkMs.stream().mapToLong(Long::longValue).toArray(), pending.size(), pollInterval.toMillis());
    }
  }

  private void pollSafely() {
    try {
      poll();
    } catch (IOException | ElasticsearchException e) {
      // The index may not exist for a moment at the start; a failed poll only delays the figures by one interval.
      log.debug("latency poll failed: {}", e.toString());
    }
  }

  private void poll() throws IOException {
    List<String> ids = new ArrayList<>(pending.keySet());
    for (int from = 0; from < ids.size(); from += MAX_PAGES_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_PAGES_PER_QUERY));
      List<FieldValue> values = chunk.stream().map(FieldValue::of).toList();
      SearchResponse<Void> response = client.search(s -> s.index(alias).size(0).ignoreUnavailable(true)
          .allowNoIndices(true)
          .query(q -> q.terms(t -> t.field("page_id").terms(v -> v.value(values))))
          .aggregations("pages", a -> a.terms(t -> t.field("page_id").size(chunk.size()))
              .aggregations("last_indexed", last -> last.max(m -> m.field("indexed_at")))), Void.class);
      long now = System.nanoTime();
      if (response.aggregations().isEmpty()) {
        continue;
      }
      for (StringTermsBucket bucket : response.aggregations().get("pages").sterms().buckets().array()) {
        double lastIndexed = bucket.aggregations().get("last_indexed").max().value();
        record(bucket.key().stringValue(), bucket.docCount(), (long) lastIndexed, now);
      }
    }
  }

  /**
   * Records a page whose articles are all searchable: its latency, and the part of it until the sink stamped the last
   * article ({@code indexed_at}, wall clock of this machine): what Kafka and the topology took, the rest being the bulk
   * request and the refresh.
   */
  private void record(String pageId, long searchable, long lastIndexedEpochMillis, long nowNanos) {
    Pending page = pending.get(pageId);
    if (page != null && searchable >= page.articles()) {
      pending.remove(pageId);
      synchronized (latenciesMs) {
        latenciesMs.add(TimeUnit.NANOSECONDS.toMillis(nowNanos - page.sentNanos()));
        toSinkMs.add(Math.max(0, lastIndexedEpochMillis - page.sentEpochMillis()));
      }
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
