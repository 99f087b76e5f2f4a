package org.inkstream.launcher.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.inkstream.ingest.PageProducer;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;

/**
 * One bench run, phase by phase, on one Kafka and one Elasticsearch:
 *
 * <ol>
 *   <li>each stage alone on the run's pages: the engine (which also gives the expected articles), Kafka produce and
 *       consume of the pages' and articles' bytes, a plain {@code BulkIngester} into indices of their own, Inkstream's
 *       sink; the engine, the bulk loop and the sink first run over the warm-up pages (or their articles);
 *   <li>end to end: the pipeline warmed up on the same warm-up pages, then the run's pages sent as fast as the
 *       producer goes, timed until the last article is searchable;
 *   <li>latency: new pages at half the end-to-end rate, each timed until its last article is searchable;
 *   <li>soak (optional): the same load for a while, recording heap after every GC.
 * </ol>
 *
 * Every timed pass also records what it cost in CPU ({@link CpuMeter}): on a machine whose cores all stages share,
 * that is what says whether the pipeline waits or works. Every name (topics, indices, groups, application id) carries
 * a run id, so runs on a shared cluster never meet.
 */
public final class BenchRun {

  private static final Duration SEARCHABLE_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration POLL = Duration.ofMillis(100);

  /**
   * Articles of at most this many warm-up pages warm the bulk loop and the sink up: enough for their JIT, and the list
   * stays small, as it sits on the heap the run measures.
   */
  private static final int MAX_WARM_UP_PAGES_KEPT = 300;
  /** How many of the classes that grew most over a soak the report names. */
  private static final int TOP_GROWERS = 12;

  private final String bootstrap;
  private final Supplier<SinkConfig.Builder> sinkBase;
  private final Function<Page, PageSplit> engine;
  private final PipelineLauncher launcher;
  private final Path stateDir;
  private final BenchSettings settings;
  private final CpuMeter meter;
  private final String run;
  private final PrintWriter out;

  /**
   * @param sinkBase a builder with the Elasticsearch connection (URL, credentials, trust) already set
   * @param stateDir where the Streams state of the run goes
   * @param meter reads the CPU time each timed pass costs
   */
  public BenchRun(String bootstrap, Supplier<SinkConfig.Builder> sinkBase, Function<Page, PageSplit> engine,
      PipelineLauncher launcher, Path stateDir, BenchSettings settings, CpuMeter meter, PrintWriter out) {
    this.bootstrap = bootstrap;
    this.sinkBase = sinkBase;
    this.engine = engine;
    this.launcher = launcher;
    this.stateDir = stateDir;
    this.settings = settings;
    this.meter = meter;
    this.run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    this.out = out;
  }

  public BenchReport execute(Workload sources) throws Exception {
    Workload workload = new Workload(sources.sources(), run + "-p");
    List<Page> pages = workload.pages(0, settings.pages());
    List<Page> warmUpPages = new Workload(sources.sources(), run + "-warm-").pages(0, settings.warmUpPages());
    ExpectedArticles expected = new ExpectedArticles();
    List<StageFigures> stages = new ArrayList<>();
    List<Article> warmUp = phase("engine warm-up", () -> warmUpEngine(warmUpPages));
    stages.add(phase("engine alone", () -> StageBenchmarks.engine(pages, engine, expected, meter)));
    String raw = run + "-raw";
    createTopic(raw);
    stages.add(phase("Kafka produce alone",
        () -> StageBenchmarks.kafkaProduce(bootstrap, raw, pages, expected, meter)));
    stages.add(phase("Kafka consume alone",
        () -> StageBenchmarks.kafkaConsume(bootstrap, raw, pages.size(), expected.totalArticles(), meter)));
    SinkConfig bulkConfig = sinkConfig(run + "-bulk");
    try (ElasticsearchClient client = ElasticsearchClients.create(bulkConfig)) {
      stages.add(phase("BulkIngester alone",
          () -> StageBenchmarks.bulk(client, bulkConfig, pages.size(), expected, warmUp,
              warmUpRounds(warmUpPages.size()), meter)));
    }
    Topics sinkTopics = Topics.defaults().withPrefix(run + "-sink-");
    createTopic(sinkTopics.articles());
    createTopic(sinkTopics.sinkDeadLetter());
    SinkConfig sinkAlone = sinkBase.get().bootstrapServers(bootstrap).groupId(run + "-sink-alone")
        .topics(sinkTopics).indexPrefix(run + "-sink").batchSize(settings.batchSize())
        .maxInFlight(Math.max(5_000, settings.batchSize())).flushInterval(settings.flushInterval())
        .refreshInterval(settings.refreshInterval()).build();
    stages.add(phase("sink alone",
        () -> StageBenchmarks.sink(bootstrap, sinkAlone, pages.size(), expected, warmUp, meter)));
    return endToEnd(workload, pages, expected, stages, warmUpPages);
  }

  private BenchReport endToEnd(Workload workload, List<Page> pages, ExpectedArticles expected,
      List<StageFigures> stages, List<Page> warmUpPages) throws Exception {
    Topics topics = Topics.defaults().withPrefix(run + "-");
    EnrichConfig enrichConfig = new EnrichConfig(run, bootstrap, stateDir.resolve(run), topics,
        EnrichConfig.DEFAULT_MAX_PAGE_CHARS, settings.commitIntervalMs());
    SinkConfig sinkConfig = sinkConfig(run + "-e2e");
    String alias = sinkConfig.indices().alias();
    int[] articlesPerSource = workload.sources().stream().mapToInt(p -> engine.apply(p).articles().size()).toArray();
    try (HeapWatch heap = HeapWatch.start();
        AutoCloseable pipeline = launcher.start(enrichConfig, sinkConfig);
        ElasticsearchClient client = ElasticsearchClients.create(sinkConfig);
        PageProducer producer = PageProducer.create(bootstrap, topics.pages(), 8 * 1024 * 1024)) {
      long warmUpArticles = articles(warmUpPages.size(), articlesPerSource);
      phase("pipeline warm-up", () -> {
        warmUpPages.forEach(producer::send);
        producer.flush();
        awaitCount(client, alias, warmUpArticles);
        return warmUpArticles;
      });
      StageFigures endToEnd = phase("end to end", () -> {
        CpuMeter.Reading started = meter.read();
        pages.forEach(producer::send);
        producer.flush();
        awaitCount(client, alias, warmUpArticles + expected.totalArticles());
        return StageFigures.of("end-to-end", pages.size(), expected.totalArticles(), 0, meter.since(started));
      });
      double offered = endToEnd.pagesPerSecond() / 2;
      LatencyFigures latency = latency(producer, client, alias, workload, articlesPerSource, offered);
      BenchReport.Soak soak = soak(producer, workload, offered, heap);
      // A short run on a large heap may see no collection at all: then the live set after one full GC stands in.
      double maxAfterGc = heap.samples().isEmpty() ? HeapWatch.liveAfterFullGcMb() : heap.maxAfterGcMb();
      return new BenchReport(settings.asMap(), stages, endToEnd, offered, latency,
          new BenchReport.HeapFigures(maxAfterGc, heap.peakUsedMb(), HeapWatch.limitMb()), soak);
    }
  }

  /**
   * Runs the engine over the warm-up pages, so that the engine figure is not the JIT's; returns the articles of the
   * first of them, which warm the other stages up the same way.
   */
  private List<Article> warmUpEngine(List<Page> warmUpPages) {
    List<Article> kept = new ArrayList<>();
    for (int i = 0; i < warmUpPages.size(); i++) {
      List<Article> articles = engine.apply(warmUpPages.get(i)).articles();
      if (i < MAX_WARM_UP_PAGES_KEPT) {
        kept.addAll(articles);
      }
    }
    return kept;
  }

  private LatencyFigures latency(PageProducer producer, ElasticsearchClient client, String alias, Workload workload,
      int[] articlesPerSource, double pagesPerSecond) throws Exception {
    return phase(String.format("latency at %.1f pages/s", pagesPerSecond), () -> {
      try (LatencyProbe probe = new LatencyProbe(client, alias, settings.probeInterval())) {
        long first = settings.pages();
        offer(first, settings.latencyPages(), pagesPerSecond, index -> {
          Page page = workload.page(index);
          probe.sent(page.id(), articlesPerSource[(int) (index % articlesPerSource.length)], System.nanoTime());
          producer.send(page);
        });
        producer.flush();
        return probe.finish(Duration.ofMinutes(2));
      }
    });
  }

  private BenchReport.Soak soak(PageProducer producer, Workload workload, double pagesPerSecond, HeapWatch heap)
      throws Exception {
    if (settings.soak().isZero()) {
      return BenchReport.Soak.NONE;
    }
    double liveBefore = HeapWatch.liveAfterFullGcMb();
    ClassHistogram classesBefore = ClassHistogram.ofThisJvm();
    double from = heap.secondsSinceStart();
    long count = (long) Math.max(1, pagesPerSecond * settings.soak().toMillis() / 1000);
    phase(String.format("soak for %s at %.1f pages/s", settings.soak(), pagesPerSecond), () -> {
      offer(settings.pages() + settings.latencyPages(), count, pagesPerSecond,
          index -> producer.send(workload.page(index)));
      producer.flush();
      return count;
    });
    List<HeapWatch.Sample> samples = heap.samples().stream().filter(s -> s.secondsSinceStart() >= from).toList();
    double liveAfter = HeapWatch.liveAfterFullGcMb();
    List<ClassHistogram.Growth> growers = ClassHistogram.ofThisJvm().topGrowersSince(classesBefore, TOP_GROWERS);
    return new BenchReport.Soak(samples, liveBefore, liveAfter, growers);
  }


  /** Rounds of the kept warm-up articles that add up to about as many as all the warm-up pages make. */
  private static int warmUpRounds(int warmUpPages) {
    return Math.max(1, (warmUpPages + MAX_WARM_UP_PAGES_KEPT - 1) / MAX_WARM_UP_PAGES_KEPT);
  }

  /** How many articles the first {@code pages} pages of a workload make, the sources taken round-robin. */
  private static long articles(long pages, int[] articlesPerSource) {
    long total = 0;
    for (long i = 0; i < pages; i++) {
      total += articlesPerSource[(int) (i % articlesPerSource.length)];
    }
    return total;
  }

  /** Sends pages {@code first..first+count} at a steady {@code pagesPerSecond}, not in bursts. */
  private static void offer(long first, long count, double pagesPerSecond, PageSender sender) {
    long started = System.nanoTime();
    for (long i = 0; i < count; i++) {
      long due = started + (long) (i * 1e9 / pagesPerSecond);
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      sender.send(first + i);
    }
  }

  @FunctionalInterface
  private interface PageSender {
    void send(long index);
  }

  /** Polls the alias's document count until it reaches {@code wanted}: cheap for Elasticsearch, unlike an ids query. */
  private static void awaitCount(ElasticsearchClient client, String alias, long wanted) throws InterruptedException {
    long deadline = System.nanoTime() + SEARCHABLE_TIMEOUT.toNanos();
    long count = 0;
    String lastError = "none";
    while (count < wanted) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + count + " of " + wanted + " articles searchable in " + alias
            + " after " + SEARCHABLE_TIMEOUT + "; last error: " + lastError);
      }
      Thread.sleep(POLL.toMillis()); // polling a remote index: its answer is the only signal
      try {
        count = client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count();
      } catch (IOException | ElasticsearchException e) {
        lastError = e.toString(); // the index is created by the first write: ask again
      }
    }
  }

  private SinkConfig sinkConfig(String indexPrefix) {
    return sinkBase.get().bootstrapServers(bootstrap).groupId(indexPrefix + "-sink")
        .topics(Topics.defaults().withPrefix(run + "-")).indexPrefix(indexPrefix)
        .batchSize(settings.batchSize()).maxInFlight(Math.max(5_000, settings.batchSize()))
        .flushInterval(settings.flushInterval()).refreshInterval(settings.refreshInterval()).build();
  }

  private void createTopic(String topic) throws InterruptedException {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  @FunctionalInterface
  private interface Phase<T> {
    T run() throws Exception;
  }

  /** Runs one phase and says how long it took, so that a slow or stuck run shows where it is. */
  private <T> T phase(String name, Phase<T> phase) throws Exception {
    out.printf("bench: %s...%n", name);
    out.flush();
    long started = System.nanoTime();
    T result = phase.run();
    out.printf("bench: %s done in %.1f s%n", name, (System.nanoTime() - started) / 1e9);
    out.flush();
    return result;
  }
}
