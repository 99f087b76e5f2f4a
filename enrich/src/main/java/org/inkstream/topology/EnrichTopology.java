package org.inkstream.topology;

import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.core.PageReport;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;

/**
 * The enrich topology: pages in, articles out. Read it top to bottom; each step is one processor with one concern.
 *
 * <pre>
 *   pages ─ parse-page ─┬─ split-page ─┬─ replace-articles ─ articles
 *                       │              └─ report-page ───── page-reports
 *                       └──────────────┴─ (failures) ────── pages-dead-letter
 * </pre>
 *
 * <p>Under exactly-once v2 (see {@link EnrichConfig#streamsProperties()}) the articles, tombstones, page report,
 * dead letters and the store update of one page commit in one transaction.
 */
public final class EnrichTopology {

  /** The store of article ids each page published last, for replacing a corrected page's articles. */
  public static final String PAGE_ARTICLES_STORE = "page-articles";

  private EnrichTopology() {}

  /**
   * Builds the topology.
   *
   * @param engine the page-to-article engine (splitting and enrichment), plain Java; it is called from the Streams
   *     threads, so it must be thread-safe
   */
  public static Topology build(EnrichConfig config, Function<Page, PageSplit> engine) {
    return build(config, engine, PipelineMetrics.discarding());
  }

  /** Builds the topology, counting pages, articles, dead letters and engine latency in {@code metrics}. */
  public static Topology build(EnrichConfig config, Function<Page, PageSplit> engine, PipelineMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    Topics topics = config.topics();
    Serde<Article> articleSerde = JsonSerde.of(Article.class);

    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(PAGE_ARTICLES_STORE), Serdes.String(), JsonSerde.of(PageArticles.class)));

    // 1. Raw page records, as bytes: a record that is not valid JSON must reach our dead-letter routing, not crash
    //    the deserializer.
    KStream<String, byte[]> raw = builder.stream(topics.pages(),
        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("pages-in"));

    // 2. Parse the page; a bad record goes to the dead-letter topic with the reason in headers.
    KStream<String, Page> pages = routeFailures(
        raw.processValues(() -> new ParsePage(config.maxPageChars(), metrics), Named.as(ParsePage.STAGE)),
        ParsePage.STAGE, topics, metrics);

    // 3. Split the page into articles (and enrich them): the engine, plain Java.
    KStream<String, PageResult> results = routeFailures(
        pages.processValues(() -> new SplitPage(engine, metrics), Named.as(SplitPage.STAGE)), SplitPage.STAGE,
        topics, metrics);

    // 4. Publish the articles keyed by article id, retracting those a corrected page no longer has.
    results.process(() -> new ReplaceArticles(PAGE_ARTICLES_STORE, metrics), Named.as("replace-articles"), PAGE_ARTICLES_STORE)
        .to(topics.articles(), Produced.with(Serdes.String(), articleSerde).withName("articles-out"));

    // 5. Report every page: which articles it produced and which lines belong to none of them.
    results.mapValues(EnrichTopology::report, Named.as("report-page"))
        .to(topics.pageReports(),
            Produced.with(Serdes.String(), JsonSerde.of(PageReport.class)).withName("page-reports-out"));

    return builder.build();
  }

  /**
   * Sends a step's failures to the dead-letter topic (original value, reason in headers) and passes its successes on.
   */
  private static <T> KStream<String, T> routeFailures(KStream<String, Outcome<T>> outcomes, String stage,
      Topics topics, PipelineMetrics metrics) {
    outcomes.filter((key, outcome) -> outcome.failed(), Named.as(stage + "-failed"))
        .peek((key, outcome) -> metrics.deadLetter(stage), Named.as(stage + "-count"))
        .processValues(ToDeadLetter::new, Named.as(stage + "-dead-letter"))
        .to(topics.pagesDeadLetter(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName(stage + "-dead-letter-out"));
    return outcomes.filterNot((key, outcome) -> outcome.failed(), Named.as(stage + "-ok"))
        .mapValues(Outcome::value, Named.as(stage + "-value"));
  }

  private static PageReport report(PageResult result) {
    PageSplit split = result.split();
    return new PageReport(result.page().id(), result.page().file(), result.page().paper(),
        result.page().contentHash(), split.articles().stream().map(Article::id).toList(), split.leftovers());
  }

  /** Turns a failed outcome into the dead-letter record: the original bytes, the reason in headers. */
  private static final class ToDeadLetter<T> implements FixedKeyProcessor<String, Outcome<T>, byte[]> {
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Outcome<T>> record) {
      DeadLetter letter = record.value().failure();
      context.forward(record.withValue(letter.originalValue()).withHeaders(letter.headers()));
    }
  }
}
