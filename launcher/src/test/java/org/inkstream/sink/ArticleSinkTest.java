package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.ResolveIndexResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import java.time.Instant;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sink against the real broker and the real Elasticsearch of {@link LocalStack}: articles become searchable, a
 * replay changes nothing, tombstones delete, bad documents go to the dead-letter topic, an outage loses nothing.
 * Every test has its own topics, indices and template (a random prefix).
 */
class ArticleSinkTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  /** The sink's request timeout in the hang tests: short, so that they take seconds. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  /** Time allowed beyond a bound on this shared, loaded machine. */
  private static final Duration SLACK = Duration.ofSeconds(5);

  private final LocalStack stack = LocalStack.global();
  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
  private final Topics topics = Topics.defaults().withPrefix(prefix + "-");
  private final ExecutorService sinkThreads = Executors.newCachedThreadPool();
  private ElasticsearchClient client;
  private KafkaProducer<String, byte[]> producer;

  @BeforeEach
  void createTopicsAndClients() throws Exception {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topics.articles(), 3, (short) 1),
          new NewTopic(topics.alerts(), 2, (short) 1),
          new NewTopic(topics.sinkDeadLetter(), 1, (short) 1))).all().get();
    }
    client = ElasticsearchClients.create(config(URI.create(stack.elasticsearchUrl()), "g1").build());
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void deleteIndicesAndCloseClients() throws IOException {
    sinkThreads.shutdownNow();
    producer.close();
    for (String alias : List.of(prefix + "-articles", prefix + "-articles_alerts")) {
      client.indices().delete(d -> d.index(alias + "-*"));
      if (client.indices().existsIndexTemplate(d -> d.name(alias)).value()) {
        client.indices().deleteIndexTemplate(d -> d.name(alias));
      }
    }
    client.close();
  }

  @Test
  void shouldMakeSeedArticlesSearchableByWordAndByBigram() throws Exception {
    // Given the five seed pages, each as one article, printed in May and June 2024
    List<Article> articles = seedArticles();
    articles.forEach(this::send);

    // When the sink runs
    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "g1"))) {
      awaitCount(articles.size());
    }

    // Then 咸宁 finds exactly the three pages of 咸宁日报, on the standard field and on the bigram field
    assertThat(idsMatching("text", "咸宁")).containsExactlyInAnyOrder(
        articles.get(0).id(), articles.get(1).id(), articles.get(2).id());
    assertThat(idsMatching("text.bigram", "咸宁")).containsExactlyInAnyOrder(
        articles.get(0).id(), articles.get(1).id(), articles.get(2).id());
    // and the documents landed in the month of their edition, behind the alias
    assertThat(indices()).containsExactlyInAnyOrder(prefix + "-articles-2024.05", prefix + "-articles-2024.06");
  }

  @Test
  void shouldMatchATwoCharacterWordOnlyWhereItsCharactersAreAdjacent() throws Exception {
    Article adjacent = article("p-adjacent", 1, "咸宁签署合作协议", LocalDate.of(2024, 5, 1));
    Article apart = article("p-apart", 1, "宁静的咸水湖", LocalDate.of(2024, 5, 1)); // 咸 and 宁, not 咸宁
    send(adjacent);
    send(apart);

    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "g1"))) {
      awaitCount(2);
    }

    // The bigram field indexes 咸宁 as one term; the standard field only knows 咸 and 宁.
    assertThat(idsMatching("text.bigram", "咸宁")).containsExactly(adjacent.id());
    assertThat(idsMatching("text", "咸宁")).containsExactlyInAnyOrder(adjacent.id(), apart.id());
  }

  @Test
  void shouldNotDuplicateOnReplay() throws Exception {
    List<Article> articles = seedArticles();
    articles.forEach(this::send);
    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "first"))) {
      awaitCount(articles.size());
    }

    // When a new consumer group reads the whole topic again
    try (RunningSink replay = start(config(URI.create(stack.elasticsearchUrl()), "replay"))) {
      Awaitility.await("the replay to be acknowledged").atMost(TIMEOUT)
          .until(() -> replay.sink.stats().written() == articles.size());

      // Then Elasticsearch answered 409 to every write: it already had these versions
      assertThat(replay.sink.stats().conflicts()).isEqualTo(articles.size());
    }
    assertThat(count()).isEqualTo(articles.size());
  }

  @Test
  void shouldDeleteAnArticleOnATombstone() throws Exception {
    Article kept = article("p-kept", 1, "保留的文章", LocalDate.of(2024, 5, 2));
    Article deleted = article("p-deleted", 1, "被删除的文章", LocalDate.of(2024, 6, 2));
    send(kept);
    send(deleted);

    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "g1"))) {
      awaitCount(2);
      producer.send(new ProducerRecord<>(topics.articles(), deleted.id(), null)).get();
      awaitCount(1);
    }

    assertThat(idsMatching("text", "文章")).containsExactly(kept.id());
  }

  @Test
  void shouldDeadLetterRejectedDocumentsAndIndexTheirNeighbours() throws Exception {
    Article before = article("p-before", 1, "第一篇文章", LocalDate.of(2024, 5, 3));
    Article after = article("p-after", 1, "第三篇文章", LocalDate.of(2024, 5, 3));
    // An article whose ordinal is not a number: the integer mapping refuses it.
    String wrongType = Json.write(article("p-wrong", 1, "第二篇文章", LocalDate.of(2024, 5, 3)))
        .replace("\"ordinal\":1", "\"ordinal\":\"first\"");
    send(before);
    sendRaw("p-wrong-01", wrongType.getBytes(StandardCharsets.UTF_8));
    sendRaw("p-garbage-01", "{not json".getBytes(StandardCharsets.UTF_8));
    send(after);

    List<ConsumerRecord<String, byte[]>> deadLetters;
    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "g1"))) {
      awaitCount(2);
      deadLetters = readDeadLetters(2);
    }

    assertThat(idsMatching("text", "文章")).containsExactlyInAnyOrder(before.id(), after.id());
    Map<String, ConsumerRecord<String, byte[]>> byKey = deadLetters.stream()
        .collect(Collectors.toMap(ConsumerRecord::key, r -> r));
    ConsumerRecord<String, byte[]> rejected = byKey.get("p-wrong-01");
    assertThat(new String(rejected.value(), StandardCharsets.UTF_8)).isEqualTo(wrongType); // as it was read
    assertThat(header(rejected, DeadLetters.ERROR_TYPE)).isEqualTo("document_parsing_exception");
    assertThat(header(rejected, DeadLetters.ERROR_REASON)).contains("[ordinal]");
    assertThat(header(rejected, DeadLetters.ERROR_STATUS)).isEqualTo("400");
    assertThat(header(rejected, DeadLetters.SOURCE_TOPIC)).isEqualTo(topics.articles());
    ConsumerRecord<String, byte[]> garbage = byKey.get("p-garbage-01");
    assertThat(header(garbage, DeadLetters.ERROR_TYPE)).isEqualTo(DeadLetters.INVALID_RECORD);
    assertThat(header(garbage, DeadLetters.ERROR_REASON)).startsWith("not JSON");
  }

  @Test
  void shouldIndexEveryArticleExactlyOnceAcrossAnOutage() throws Exception {
    int total = 600;
    try (CuttableProxy proxy = new CuttableProxy(URI.create(stack.elasticsearchUrl()));
        RunningSink sink = start(config(proxy.url(), "g1"))) {
      // Given a sink that has indexed a first half
      sendNumbered(0, total / 2);
      awaitCount(total / 2);

      // When Elasticsearch becomes unreachable while the second half arrives
      proxy.cut();
      sendNumbered(total / 2, total);
      Awaitility.await("the sink to retry").atMost(TIMEOUT).until(() -> sink.sink.stats().retries() > 0);
      assertThat(count()).isEqualTo(total / 2); // nothing got through meanwhile

      // Then, once it is back, every article is there exactly once
      proxy.restore();
      awaitCount(total);
      Awaitility.await("every record to be acknowledged").atMost(TIMEOUT)
          .until(() -> sink.sink.stats().written() == total);
    }
    assertThat(count()).isEqualTo(total);
  }

  /**
   * Issue 17, item 1: a node that accepts and never answers, or answers half and stalls. The hung request fails within
   * the request timeout, the sink pauses and retries, and when Elasticsearch answers again every article is there once.
   */
  @ParameterizedTest
  @EnumSource(CuttableProxy.Stall.class)
  void shouldTimeOutPauseAndResumeWhenElasticsearchHangs(CuttableProxy.Stall stall) throws Exception {
    int total = 400;
    try (CuttableProxy proxy = new CuttableProxy(URI.create(stack.elasticsearchUrl()));
        RunningSink sink = start(config(proxy.url(), "g1").requestTimeout(REQUEST_TIMEOUT))) {
      // Given a sink that has indexed a first half, every answer received
      sendNumbered(0, total / 2);
      awaitCount(total / 2);
      Awaitility.await("the first half to be acknowledged").atMost(TIMEOUT)
          .until(() -> sink.sink.stats().written() == total / 2);
      long retriesBefore = sink.sink.stats().retries();

      // When Elasticsearch hangs while the second half arrives
      proxy.hang(stall);
      sendNumbered(total / 2, total);
      Awaitility.await("a request to hang").atMost(TIMEOUT).until(() -> proxy.stalledReads() > 0);

      // Then the hung request fails within the request timeout, and the sink holds consumption while it retries
      Awaitility.await("the hung request to time out").atMost(REQUEST_TIMEOUT.plus(SLACK))
          .pollInterval(Duration.ofMillis(20)).until(() -> sink.sink.stats().retries() > retriesBefore);
      Duration timedOutAfter = Duration.ofNanos(System.nanoTime() - proxy.firstStallNanos());
      System.out.printf("%s: the hung bulk request failed %d ms after it stalled (request timeout %d ms)%n", stall,
          timedOutAfter.toMillis(), REQUEST_TIMEOUT.toMillis());
      assertThat(timedOutAfter).isGreaterThanOrEqualTo(REQUEST_TIMEOUT.dividedBy(2));
      Awaitility.await("consumption to pause").atMost(TIMEOUT).until(sink.sink::paused);
      if (stall == CuttableProxy.Stall.SILENT) {
        assertThat(count()).isEqualTo(total / 2); // nothing reached Elasticsearch meanwhile
      }

      // And once Elasticsearch answers again, it resumes and every article is there exactly once
      proxy.restore();
      awaitCount(total);
      Awaitility.await("every record to be acknowledged").atMost(TIMEOUT)
          .until(() -> sink.sink.stats().written() == total);
      Awaitility.await("consumption to resume").atMost(TIMEOUT).until(() -> !sink.sink.paused());
    }
    assertThat(count()).isEqualTo(total);
  }

  /** The known bug of issue 17: closing a sink, then its client, while a bulk request hung never returned. */
  @ParameterizedTest
  @EnumSource(CuttableProxy.Stall.class)
  void shouldCloseWithinItsBoundWhileABulkRequestHangs(CuttableProxy.Stall stall) throws Exception {
    int total = 100;
    try (CuttableProxy proxy = new CuttableProxy(URI.create(stack.elasticsearchUrl()))) {
      RunningSink sink = start(config(proxy.url(), "g1").requestTimeout(REQUEST_TIMEOUT));
      sendNumbered(0, 1);
      Awaitility.await("a first article to be acknowledged").atMost(TIMEOUT)
          .until(() -> sink.sink.stats().written() == 1);

      // Given a bulk request that hangs
      proxy.hang(stall);
      sendNumbered(1, total);
      Awaitility.await("a request to hang").atMost(TIMEOUT).until(() -> proxy.stalledReads() > 0);

      // When the sink and its client are closed, they return within the sink's bound
      Duration closed = timeToClose(sink);
      System.out.printf("%s: close() of sink and client took %d ms while a bulk request hung (bound %d ms)%n", stall,
          closed.toMillis(), sink.sink.closeBound().toMillis());
      assertThat(closed).isLessThan(REQUEST_TIMEOUT.multipliedBy(2).plus(SLACK));

      // Then a sink started once Elasticsearch answers again indexes what the closed one had not, once
      proxy.restore();
      try (RunningSink next = start(config(proxy.url(), "g1").requestTimeout(REQUEST_TIMEOUT))) {
        awaitCount(total);
      }
    }
    assertThat(count()).isEqualTo(total);
  }

  @Test
  void shouldCloseWithinItsBoundWhileStartingAgainstAHungElasticsearch() throws Exception {
    try (CuttableProxy proxy = new CuttableProxy(URI.create(stack.elasticsearchUrl()))) {
      // Given a node that never answers: the sink's first request, the index template, hangs
      proxy.hang(CuttableProxy.Stall.SILENT);
      RunningSink sink = start(config(proxy.url(), "g1").requestTimeout(REQUEST_TIMEOUT));
      Awaitility.await("a request to hang").atMost(TIMEOUT).until(() -> proxy.stalledReads() > 0);

      Duration closed = timeToClose(sink);

      System.out.printf("starting: close() of sink and client took %d ms (bound %d ms)%n", closed.toMillis(),
          sink.sink.closeBound().toMillis());
      assertThat(closed).isLessThan(REQUEST_TIMEOUT.plus(SLACK));
    }
  }

  /** Issue 17, items 1 and 2, for the alerts sink: a hang costs nothing, and a retracted alert leaves the index. */
  @Test
  void shouldIndexAlertsOnceAcrossAHangAndDeleteRetractedOnes() throws Exception {
    try (CuttableProxy proxy = new CuttableProxy(URI.create(stack.elasticsearchUrl()));
        RunningSink sink = start(config(proxy.url(), "g1").requestTimeout(REQUEST_TIMEOUT).build().forAlerts())) {
      String alias = prefix + "-articles_alerts";
      IntStream.range(0, 10).forEach(this::sendAlert);
      awaitCount(alias, 10);
      Awaitility.await("the first alerts to be acknowledged").atMost(TIMEOUT)
          .until(() -> sink.sink.stats().written() == 10);

      // When Elasticsearch hangs while more alerts arrive, and three of the first are retracted
      proxy.hang(CuttableProxy.Stall.SILENT);
      IntStream.range(10, 20).forEach(this::sendAlert);
      List<String> retracted = List.of(alertId(0), alertId(4), alertId(9));
      retracted.forEach(id -> sendRaw(topics.alerts(), id, null));
      Awaitility.await("the sink to retry").atMost(REQUEST_TIMEOUT.plus(SLACK))
          .until(() -> proxy.stalledReads() > 0 && sink.sink.stats().retries() > 0);
      Awaitility.await("consumption to pause").atMost(TIMEOUT).until(sink.sink::paused);

      // Then, once it answers again, the alerts index holds the alerts that stand, each once
      proxy.restore();
      awaitCount(alias, 17);
      Awaitility.await("every record to be acknowledged").atMost(TIMEOUT)
          .until(() -> sink.sink.stats().written() == 23);
      SearchResponse<Void> all = client.search(s -> s.index(alias).size(100), Void.class);
      assertThat(all.hits().hits()).extracting(Hit::id).hasSize(17).doesNotContainAnyElementsOf(retracted);
    }
  }

  @Test
  void shouldHandItsConsumerToTheBinderUntilItClosesIt() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    ConsumerBinder binder = consumer -> {
      String clientId = consumer.metrics().keySet().stream().map(name -> name.tags().get("client-id"))
          .filter(Objects::nonNull).findFirst().orElse("none");
      events.add("bound " + clientId);
      return () -> events.add("unbound " + clientId);
    };
    send(article("p-bound", 1, "一篇文章", LocalDate.of(2024, 5, 4)));

    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "g1"), binder)) {
      awaitCount(1);
      // One consumer, bound while it runs; its client id is the group, so that two sinks' metrics keep apart
      assertThat(events).containsExactly("bound " + prefix + "-g1");
    }

    assertThat(events).containsExactly("bound " + prefix + "-g1", "unbound " + prefix + "-g1");
  }

  @Test
  void shouldIndexWhenItsConsumerCannotBeBound() throws Exception {
    ConsumerBinder failing = consumer -> {
      throw new IllegalStateException("no metrics today");
    };
    send(article("p-unbound", 1, "一篇文章", LocalDate.of(2024, 5, 5)));

    try (RunningSink sink = start(config(URI.create(stack.elasticsearchUrl()), "g1"), failing)) {
      awaitCount(1);
    }
  }

  // ----- fixtures

  private SinkConfig.Builder config(URI elasticsearch, String group) {
    return SinkConfig.builder()
        .bootstrapServers(stack.bootstrapServers())
        .groupId(prefix + "-" + group)
        .topics(topics)
        .elasticsearchUrl(elasticsearch)
        .indexPrefix(prefix + "-articles")
        .batchSize(50)
        .maxInFlight(200)
        .flushInterval(Duration.ofMillis(100))
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(1));
  }

  /** Starts a sink on its own thread with its own client, as the CLI does. */
  private RunningSink start(SinkConfig.Builder builder) {
    return start(builder, ConsumerBinder.NONE);
  }

  private RunningSink start(SinkConfig.Builder builder, ConsumerBinder binder) {
    return start(builder.build(), binder);
  }

  private RunningSink start(SinkConfig config) {
    return start(config, ConsumerBinder.NONE);
  }

  private RunningSink start(SinkConfig config, ConsumerBinder binder) {
    ElasticsearchClient sinkClient = ElasticsearchClients.create(config);
    ArticleSink sink = new ArticleSink(config, sinkClient, binder);
    return new RunningSink(sink, sinkClient, sinkThreads.submit(sink::run));
  }

  /** A running sink; closing it stops it, closes its client and rethrows what {@code run()} threw. */
  private record RunningSink(ArticleSink sink, ElasticsearchClient client, Future<?> run) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      try (client) {
        sink.close();
        run.get(1, TimeUnit.MINUTES);
      }
    }
  }

  /** How long closing {@code sink} (the sink, then its client) takes. */
  private static Duration timeToClose(RunningSink sink) throws Exception {
    long start = System.nanoTime();
    sink.close();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static String alertId(int article) {
    return "flood:" + Article.idOf("p-" + article, 1);
  }

  /** The alert of rule {@code flood} on the first article of page {@code p-N}, keyed as the topology keys it. */
  private void sendAlert(int article) {
    Alert alert = new Alert("flood", "防汛", Article.idOf("p-" + article, 1), "p-" + article, "咸宁日报", "1",
        LocalDate.of(2024, 5, 1 + article % 28), "防汛工作会议", List.of("防汛"), "<em>防汛</em>工作",
        Instant.parse("2024-05-01T08:00:00Z"), new Provenance("p.txt", List.of(new LineRange(1, 1))));
    assertThat(alert.id()).isEqualTo(alertId(article));
    sendRaw(topics.alerts(), alert.id(), Json.writeBytes(alert));
  }

  /** One article per seed page: its first line as headline, the page as text; pages 0-2 in May, 3-4 in June. */
  private static List<Article> seedArticles() throws IOException {
    Path seeds = Path.of(System.getProperty("inkstream.seeds", "../seeds"));
    List<Path> pages;
    try (Stream<Path> files = Files.list(seeds)) {
      pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String text = Files.readString(pages.get(i));
      String pageId = pages.get(i).getFileName().toString().replace(".txt", "");
      articles.add(article(pageId, 1, text, LocalDate.of(2024, i < 3 ? 5 : 6, 10 + i)));
    }
    return articles;
  }

  private static Article article(String pageId, int ordinal, String text, LocalDate editionDate) {
    String headline = text.strip().lines().findFirst().orElse("").replace("#", "").strip();
    return Article.builder()
        .id(Article.idOf(pageId, ordinal))
        .pageId(pageId)
        .ordinal(ordinal)
        .type(ArticleType.NEWS)
        .headline(headline)
        .text(text)
        .provenance(new Provenance(pageId + ".txt", List.of(new LineRange(1, Math.max(1, (int) text.lines().count())))))
        .editionDate(editionDate)
        .build();
  }

  private void sendNumbered(int from, int to) {
    IntStream.range(from, to).forEach(i ->
        send(article("p-" + i, 1, "第" + i + "篇报道：咸宁市召开会议", LocalDate.of(2024, 5, 1 + i % 28))));
  }

  private void send(Article article) {
    sendRaw(article.id(), Json.writeBytes(article));
  }

  private void sendRaw(String key, byte[] value) {
    sendRaw(topics.articles(), key, value);
  }

  private void sendRaw(String topic, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send " + key, e);
    }
  }

  private void awaitCount(long expected) {
    awaitCount(prefix + "-articles", expected);
  }

  private void awaitCount(String alias, long expected) {
    Awaitility.await(expected + " documents behind " + alias).atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> count(alias), n -> n == expected);
  }

  private long count() throws IOException {
    return count(prefix + "-articles");
  }

  private long count(String alias) throws IOException {
    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
      return 0;
    }
    client.indices().refresh(r -> r.index(alias));
    return client.count(c -> c.index(alias)).count();
  }

  private List<String> idsMatching(String field, String query) throws IOException {
    SearchResponse<Article> found = client.search(s -> s.index(prefix + "-articles").size(100)
        .query(q -> q.match(m -> m.field(field).query(query))), Article.class);
    return found.hits().hits().stream().map(Hit::id).toList();
  }

  private List<String> indices() throws IOException {
    ResolveIndexResponse resolved = client.indices().resolveIndex(r -> r.name(prefix + "-articles-*"));
    return resolved.indices().stream().map(i -> i.name()).toList();
  }

  private List<ConsumerRecord<String, byte[]>> readDeadLetters(int expected) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + "-dead-letter-reader");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topics.sinkDeadLetter()));
      Awaitility.await(expected + " dead letters").atMost(TIMEOUT).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= expected;
      });
    }
    return records;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
  }
}
