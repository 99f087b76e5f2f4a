package org.inkstream.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.inkstream.alerts.AlertRule;
import org.inkstream.core.Alert;
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
import org.inkstream.core.Edition;
import org.inkstream.editions.EditionAlerts;
import org.inkstream.editions.EditionTracker;
import org.inkstream.editions.PageArrival;
import org.inkstream.core.Page;
import org.inkstream.core.PageReport;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;

/**
 * The enrich topology: pages in, articles out. Read it top to bottom; each step is one processor with one concern.
 *
 * <pre>
 *   pages ─ parse-page ─┬─ split-page ─┬─ replace-articles ─ match-alerts ─┬─ hold-article ───────────────┬─ assign-story ─ articles
 *                       │              │                    (alert-rules)  ├─ (by band) look-up-band ────┘  (by article)
 *                       │              │                                   └─ alerts
 *                       │              ├─ report-page ───── page-reports
 *                       │              └─ (by paper and date) track-editions ─┬─ editions
 *                       │                                    (wall clock)      └─ alerts (late, incomplete)
 *                       └──────────────┴─ (failures) ────── pages-dead-letter
 * </pre>
 *
 * <p>Under exactly-once v2 (see {@link EnrichConfig#streamsProperties()}) the articles, tombstones, page report,
 * dead letters and the store update of one page commit in one transaction.
 */
public final class EnrichTopology {

  /** The store of article ids each page published last, for replacing a corrected page's articles. */
  public static final String PAGE_ARTICLES_STORE = "page-articles";
  /** The ids of the alerts each article published last, for retracting those that no longer hold. */
  public static final String ARTICLE_ALERTS_STORE = "article-alerts";
  /** The global table of alert rules, read from the rules topic by every instance. */
  public static final String RULES_STORE = "alert-rules";
  /** The story index, in parts: LSH band value to the article versions that share it. */
  public static final String STORY_BANDS_STORE = "story-bands";
  /** The article versions waiting for their bands' answers, by article id. */
  public static final String STORY_QUEUES_STORE = "story-queues";
  /** The editions being tracked, by paper and edition date. */
  public static final String EDITIONS_STORE = "editions";
  /** How long an edition stays in the store after its date: its last record stays on the compacted topic. */
  static final Duration KEEP_EDITIONS = Duration.ofDays(40);

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
    Serde<StoryNote> noteSerde = JsonSerde.of(StoryNote.class);

    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(PAGE_ARTICLES_STORE), Serdes.String(), JsonSerde.of(PageArticles.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(STORY_BANDS_STORE), Serdes.String(), JsonSerde.of(StoryBucket.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(STORY_QUEUES_STORE), Serdes.String(), JsonSerde.of(StoryQueue.class)));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(ARTICLE_ALERTS_STORE), Serdes.String(), JsonSerde.of(ArticleAlerts.class)));
    // Alert rules: a compacted topic read whole by every instance, so a rule change applies without a restart.
    builder.globalTable(topics.rules(), Consumed.with(Serdes.String(), JsonSerde.of(AlertRule.class))
        .withName("alert-rules-in"), Materialized.as(RULES_STORE));

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

    // 4. Key the articles by article id, with a tombstone for each one a corrected page no longer has.
    KStream<String, Article> articles = results.process(() -> new ReplaceArticles(PAGE_ARTICLES_STORE, metrics),
        Named.as("replace-articles"), PAGE_ARTICLES_STORE);

    // 5. Run the alert rules on every article; each hit becomes an alert record and is listed on the article. An
    //    alert that no longer holds (its article retracted, or corrected so that the rule no longer fires) becomes a
    //    tombstone, so that no index keeps alerting on an article that is gone.
    KStream<String, Matched> matched = articles.processValues(
        () -> new MatchAlerts(RULES_STORE, ARTICLE_ALERTS_STORE, metrics), Named.as("match-alerts"),
        ARTICLE_ALERTS_STORE);
    matched.flatMap(EnrichTopology::alertRecords, Named.as("alerts-of-article"))
        .to(topics.alerts(), Produced.with(Serdes.String(), JsonSerde.of(Alert.class)).withName("alerts-out"));

    // 6. Give each article its story id, spread over as many partitions as the pages topic has: each LSH band value
    //    of a fingerprint is one part of the story index, on the partition of that value (look-up-band); the
    //    article waits on the partition of its id until every band answered (assign-story). Retractions take the
    //    article's road, so that they stay in order with it.
    StorySettings stories = StorySettings.defaults();
    KStream<String, Article> toFile = matched.mapValues(Matched::article, Named.as("matched-article"));
    KStream<String, StoryNote> answers = toFile
        .process(() -> new ProbeBands(stories), Named.as("probe-bands"))
        .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(StoryProbe.class)).withName("story-bands"))
        .process(() -> new LookUpBand(STORY_BANDS_STORE, stories), Named.as("look-up-band"), STORY_BANDS_STORE)
        .repartition(Repartitioned.with(Serdes.String(), noteSerde).withName("story-answers"));
    toFile.processValues(() -> new HoldArticle(stories), Named.as("hold-article"))
        .repartition(Repartitioned.with(Serdes.String(), noteSerde).withName("story-articles"))
        .merge(answers, Named.as("story-notes"))
        .processValues(() -> new AssignStory(STORY_QUEUES_STORE), Named.as("assign-story"), STORY_QUEUES_STORE)
        .to(topics.articles(), Produced.with(Serdes.String(), articleSerde).withName("articles-out"));

    // 7. Report every page: which articles it produced and which lines belong to none of them.
    results.mapValues(EnrichTopology::report, Named.as("report-page"))
        .to(topics.pageReports(),
            Produced.with(Serdes.String(), JsonSerde.of(PageReport.class)).withName("page-reports-out"));

    // 8. Track editions: every page is an arrival of its paper's edition. Keyed by paper and date, so that one task
    //    sees all pages of an edition and the editions spread over the tasks; the wall clock turns expected editions
    //    late and arriving ones incomplete without a page arriving. Late and incomplete editions are alerts, retracted
    //    (a tombstone) when the missing pages arrive.
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EDITIONS_STORE), Serdes.String(), JsonSerde.of(Edition.class)));
    EditionTracker tracker = new EditionTracker(config.papers());
    KStream<String, EditionChange> editions = results
        .map((pageId, result) -> {
          PageArrival arrival = tracker.arrival(result.page(), result.split().articles());
          return KeyValue.pair(arrival.editionKey(), arrival);
        }, Named.as("page-arrival"))
        .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(PageArrival.class)).withName("editions")
            .withNumberOfPartitions(config.editionPartitions())
            .withStreamPartitioner(new TrackEditions.EditionPartitioner()))
        .process(() -> new TrackEditions(EDITIONS_STORE, tracker, config.editionPartitions(),
            config.editionCheckEvery(), KEEP_EDITIONS), Named.as("track-editions"), EDITIONS_STORE);
    editions.mapValues(EditionChange::edition, Named.as("edition-record"))
        .to(topics.editions(), Produced.with(Serdes.String(), JsonSerde.of(Edition.class)).withName("editions-out"));
    editions.filter((key, change) -> change.alertChanged(), Named.as("edition-alert-changed"))
        .map((key, change) -> KeyValue.<String, Alert>pair(
            Alert.editionAlertId(change.edition().paper(), change.edition().editionDate()),
            EditionAlerts.alertOf(change.edition())), Named.as("edition-alert"))
        .to(topics.alerts(),
            Produced.with(Serdes.String(), JsonSerde.of(Alert.class)).withName("edition-alerts-out"));

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

  /** The alerts of an article keyed by {@link Alert#id()} ({@code rule:article}), then a tombstone per retraction. */
  private static List<KeyValue<String, Alert>> alertRecords(String articleId, Matched matched) {
    List<KeyValue<String, Alert>> records = new ArrayList<>();
    matched.alerts().forEach(alert -> records.add(KeyValue.pair(alert.id(), alert)));
    matched.retracted().forEach(id -> records.add(KeyValue.pair(id, null)));
    return records;
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
