package org.inkstream.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.engine.EngineException;
import org.inkstream.ingest.BadPageException;
import org.inkstream.ingest.PageReader;
import org.inkstream.ingest.PageText;
import org.inkstream.launcher.Engine;
import org.inkstream.launcher.TestTopics;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.EnrichService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input campaign: on the real broker and Elasticsearch, with the topology and the sink running, every kind of
 * bad record on every topic they read (pages, alert-rules, articles), and bad page files through the ingest reader.
 * Each must end in a clear error (the reader's or the producer's exception, with a message) or a dead letter carrying
 * its reason; and a good page sent after all of them must still come out, so nothing stopped the pipeline.
 *
 * <p>What is expected of a page that parses is decided offline by the engine: its articles, or (when the engine throws)
 * a dead letter. The campaign prints how many inputs it tried and where each kind ended.
 */
class BadInputTest {

  private static final Path SEEDS = Path.of(System.getProperty("inkstream.seeds", "../seeds"));
  /** Pages longer than this are refused by the topology (the production limit is 1M characters). */
  private static final int MAX_PAGE_CHARS = 200_000;

  @TempDir Path stateDir;

  private final Random random = new Random(8);
  private final Map<String, Integer> tried = new TreeMap<>();
  private final Engine engine = Engine.create();
  private final List<String> expectedArticleIds = new ArrayList<>();
  private final List<String> expectedPageDeadLetters = new ArrayList<>();
  private final List<String> expectedArticleDeadLetters = new ArrayList<>();

  @Test
  void shouldDeadLetterOrRefuseEveryBadInputAndKeepRunning() throws Exception {
    LocalStack stack = LocalStack.global();
    String run = "bad-" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = Topics.defaults().withPrefix(run + "-");
    TestTopics.create(stack.bootstrapServers(), topics);
    EnrichConfig enrichConfig = new EnrichConfig(run, stack.bootstrapServers(), stateDir, topics, MAX_PAGE_CHARS, 100);
    SinkConfig sinkConfig = SinkConfig.builder().bootstrapServers(stack.bootstrapServers()).groupId(run + "-sink")
        .topics(topics).elasticsearchUrl(java.net.URI.create(stack.elasticsearchUrl())).indexPrefix(run).build();

    try (EnrichService enrich = EnrichService.start(enrichConfig, engine);
        ElasticsearchClient client = ElasticsearchClients.create(sinkConfig);
        ArticleSink sink = new ArticleSink(sinkConfig, client);
        KafkaProducer<String, byte[]> producer = rawProducer(stack.bootstrapServers())) {
      Thread sinkThread = new Thread(sink::run, run + "-sink");
      sinkThread.start();

      // When every bad input is sent, then a good page
      sendBadPages(producer, topics.pages());
      sendPagesThroughTheReader(producer, topics.pages());
      refuseTenMegabytePage(producer, topics.pages());
      sendBadRules(producer, topics.rules());
      sendBadArticles(producer, topics.articles());
      Page good = seed(0, run + "-good");
      sendPage(producer, topics.pages(), "good page after the bad ones", good);

      // Then the good page's articles (and those of every bad input that was a page after all) come out
      Awaitility.await("the " + expectedArticleIds.size() + " expected articles searchable")
          .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
          .until(() -> client.count(c -> c.index(run).query(q -> q.ids(i -> i.values(expectedArticleIds))))
              .count() == expectedArticleIds.size());
      // ...and every bad record is a dead letter with its reason, no more, no fewer
      List<ConsumerRecord<String, byte[]>> pageLetters =
          awaitDeadLetters(stack.bootstrapServers(), topics.pagesDeadLetter(), expectedPageDeadLetters.size());
      List<ConsumerRecord<String, byte[]>> articleLetters =
          awaitDeadLetters(stack.bootstrapServers(), topics.sinkDeadLetter(), expectedArticleDeadLetters.size());
      printSummary(pageLetters, articleLetters);
      assertThat(pageLetters).extracting(ConsumerRecord::key)
          .containsExactlyInAnyOrderElementsOf(expectedPageDeadLetters);
      assertThat(pageLetters).allSatisfy(r -> assertThat(header(r, "inkstream.error.message")).isNotBlank());
      assertThat(articleLetters).extracting(ConsumerRecord::key)
          .containsExactlyInAnyOrderElementsOf(expectedArticleDeadLetters);
      assertThat(articleLetters).allSatisfy(r -> assertThat(header(r, "inkstream.error.reason")).isNotBlank());
      assertThat(enrich.running()).as("the topology still runs").isTrue();
      assertThat(sinkThread.isAlive()).as("the sink still runs").isTrue();
    }
  }

  // ---- pages topic: records that are no page, or pages the topology must refuse

  private void sendBadPages(KafkaProducer<String, byte[]> producer, String topic) throws Exception {
    for (int i = 0; i < 10; i++) {
      sendRaw(producer, topic, "pages: random bytes", "random-" + i, randomBytes(1 + random.nextInt(4096)), true);
    }
    byte[] json = Json.writeBytes(seed(1, "truncated"));
    sendRaw(producer, topic, "pages: truncated UTF-8 JSON", "truncated", Arrays.copyOf(json, json.length / 2 + 1),
        true);
    String pageJson = Json.write(seed(2, "gb18030-record"));
    sendRaw(producer, topic, "pages: JSON record encoded in GB18030", "gb18030-record",
        pageJson.getBytes(Charset.forName("GB18030")), true);
    sendRaw(producer, topic, "pages: JSON record encoded in Big5", "big5-record",
        Json.write(Page.of("big5-record", "big5.txt", TRADITIONAL)).getBytes(Charset.forName("Big5")), true);
    for (String value : List.of("{}", "null", "[]", "\"a page\"", "{\"id\":\"no-text\",\"file\":\"f.txt\"}",
        "{\"id\":7,\"file\":\"f.txt\",\"text\":[\"not\",\"a\",\"string\"]}",
        "{\"id\":\"bad-date\",\"file\":\"f.txt\",\"text\":\"本报讯\",\"edition_date\":\"2024-13-45\"}",
        "{\"id\":\"bad-script\",\"file\":\"f.txt\",\"text\":\"本报讯\",\"script\":\"klingon\"}",
        "{\"id\":\"\",\"file\":\"f.txt\",\"text\":\"本报讯\"}")) {
      sendRaw(producer, topic, "pages: JSON with missing or wrong fields", "fields-" + value.hashCode(),
          value.getBytes(StandardCharsets.UTF_8), true);
    }
    refuseKeyless(producer, topic, "pages", Json.writeBytes(seed(3, "keyless")));
    sendRaw(producer, topic, "pages: key is not the page id", "another-id",
        Json.writeBytes(seed(3, "the-page-id")), true);
    sendRaw(producer, topic, "pages: over the topology's size limit", "too-long",
        Json.writeBytes(Page.of("too-long", "long.txt", "本报讯。".repeat(MAX_PAGE_CHARS / 4 + 1))), true);
    sendPage(producer, topic, "pages: punctuation only", Page.of("punctuation", "p.txt",
        "。，、；：？！……——（）《》“”\n".repeat(200)));
    sendPage(producer, topic, "pages: one line of 100k characters", Page.of("one-line", "l.txt", "字".repeat(100_000)));
  }

  /** Page files as the ingest reader gets them: refused with a reason, or decoded and sent as pages. */
  private void sendPagesThroughTheReader(KafkaProducer<String, byte[]> producer, String topic) throws Exception {
    String simplified = seed(4, "x").text();
    PageReader reader = new PageReader();
    readAndSend(producer, topic, reader, "reader: random bytes", randomBytes(8192));
    byte[] utf8 = simplified.getBytes(StandardCharsets.UTF_8);
    readAndSend(producer, topic, reader, "reader: truncated UTF-8", Arrays.copyOf(utf8, utf8.length - 1));
    readAndSend(producer, topic, reader, "reader: GB18030", simplified.getBytes(Charset.forName("GB18030")));
    readAndSend(producer, topic, reader, "reader: Big5", TRADITIONAL.getBytes(Charset.forName("Big5")));
    readAndSend(producer, topic, reader, "reader: punctuation only",
        "。，、；：？！\n".repeat(100).getBytes(StandardCharsets.UTF_8));
    byte[] tenMegabytes = "本报讯记者报道。\n".repeat(10 * 1024 * 1024 / 25).getBytes(StandardCharsets.UTF_8);
    readAndSend(producer, topic, reader, "reader: 10 MB page", tenMegabytes);
  }

  private void readAndSend(KafkaProducer<String, byte[]> producer, String topic, PageReader reader, String kind,
      byte[] bytes) throws Exception {
    PageText text;
    try {
      text = reader.decode(bytes, kind);
    } catch (BadPageException e) {
      assertThat(e.getMessage()).as(kind + ": the reason").isNotBlank();
      count(kind + " -> refused by the reader");
      return;
    }
    if (kind.endsWith("GB18030")) {
      assertThat(text.text()).as("a GB18030 page decodes to its text").isEqualTo(seed(4, "x").text());
    }
    if (kind.endsWith("Big5")) {
      assertThat(text.text()).as("a Big5 page decodes to its text").isEqualTo(TRADITIONAL);
    }
    sendPage(producer, topic, kind, Page.of("reader-" + tried.getOrDefault(kind, 0) + "-" + kind.hashCode(),
        "reader.txt", text.text()));
  }

  /** 10 MB in one record: above the broker's limit, so the producer gets a clear error and the page never enters. */
  private void refuseTenMegabytePage(KafkaProducer<String, byte[]> producer, String topic) {
    Page huge = Page.of("ten-mb", "huge.txt", "字".repeat(10 * 1024 * 1024 / 3));
    assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, huge.id(), Json.writeBytes(huge))).get())
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RecordTooLargeException.class);
    count("pages: 10 MB record -> refused by Kafka");
  }

  /** The pages and articles topics are compacted: the broker itself refuses a record without key, with a reason. */
  private void refuseKeyless(KafkaProducer<String, byte[]> producer, String topic, String kind, byte[] value) {
    assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, null, value)).get())
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("without key");
    count(kind + ": record without key -> refused by Kafka");
  }

  // ---- alert-rules topic: the topology logs and skips what is no rule; the good page afterwards shows it went on

  private void sendBadRules(KafkaProducer<String, byte[]> producer, String topic) throws Exception {
    List<byte[]> rules = List.of(randomBytes(300), "{}".getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"bad id!\",\"name\":\"x\",\"query\":\"咸宁\",\"fields\":[\"text\"],\"enabled\":true}".getBytes(
            StandardCharsets.UTF_8),
        "{\"id\":\"unbalanced\",\"name\":\"x\",\"query\":\"((咸宁\",\"fields\":[\"text\"],\"enabled\":true}".getBytes(
            StandardCharsets.UTF_8),
        "{\"id\":\"no-fields\",\"name\":\"x\",\"query\":\"咸宁\",\"fields\":[],\"enabled\":true}".getBytes(
            StandardCharsets.UTF_8));
    for (int i = 0; i < rules.size(); i++) {
      producer.send(new ProducerRecord<>(topic, "bad-rule-" + i, rules.get(i))).get();
      count("alert-rules: not a valid rule -> skipped (logged)");
    }
  }

  // ---- articles topic: the sink dead-letters what is no article or what Elasticsearch refuses

  private void sendBadArticles(KafkaProducer<String, byte[]> producer, String topic) throws Exception {
    Article article = engine.apply(seed(0, "article-source")).articles().get(0);
    String json = Json.write(article);
    sendRaw(producer, topic, "articles: random bytes", "a-random", randomBytes(2048), false);
    sendRaw(producer, topic, "articles: not a JSON object", "a-array", "[1,2]".getBytes(StandardCharsets.UTF_8), false);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    sendRaw(producer, topic, "articles: truncated UTF-8 JSON", "a-truncated", Arrays.copyOf(bytes, bytes.length / 2),
        false);
    refuseKeyless(producer, topic, "articles", bytes);
    sendRaw(producer, topic, "articles: wrong field type", "a-ordinal",
        Json.writeBytes(((ObjectNode) Json.mapper().readTree(json)).put("ordinal", "first")), false);
    sendRaw(producer, topic, "articles: edition date that is no date", "a-date",
        Json.writeBytes(((ObjectNode) Json.mapper().readTree(json)).put("edition_date", "yesterday")), false);
    // Elasticsearch 8.19 would take this one under strict_date and roll it over to 2024-03-01: the sink refuses it.
    sendRaw(producer, topic, "articles: edition date that is no calendar date", "a-feb30",
        Json.writeBytes(((ObjectNode) Json.mapper().readTree(json)).put("edition_date", "2024-02-30")), false);
  }

  // ---- fixtures

  /** Sends a record that must become a dead letter: on the pages topic (topology) or the articles topic (sink). */
  private void sendRaw(KafkaProducer<String, byte[]> producer, String topic, String kind, String key, byte[] value,
      boolean page) throws Exception {
    producer.send(new ProducerRecord<>(topic, key, value)).get();
    (page ? expectedPageDeadLetters : expectedArticleDeadLetters).add(key);
    count(kind + " -> dead letter");
  }

  /** Sends a valid page; the engine, offline, says whether it makes articles or fails (a dead letter). */
  private void sendPage(KafkaProducer<String, byte[]> producer, String topic, String kind, Page page)
      throws Exception {
    try {
      engine.apply(page).articles().forEach(a -> expectedArticleIds.add(a.id()));
      count(kind + " -> articles (or none)");
    } catch (EngineException e) {
      expectedPageDeadLetters.add(page.id());
      count(kind + " -> dead letter (engine)");
    }
    producer.send(new ProducerRecord<>(topic, page.id(), Json.writeBytes(page))).get();
  }

  private void count(String kind) {
    tried.merge(kind, 1, Integer::sum);
  }

  private static Page seed(int index, String id) throws Exception {
    List<Path> files;
    try (var stream = Files.list(SEEDS)) {
      files = stream.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Path file = files.get(index % files.size());
    return Page.of(id, file.getFileName().toString(), Files.readString(file));
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String bootstrap, String topic, int expected) {
    List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      try {
        Awaitility.await(expected + " dead letters on " + topic).atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> {
              consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
              return letters.size() >= expected;
            });
      } catch (ConditionTimeoutException expectedWhenOneIsMissing) {
        // the caller compares the keys, which names the missing letter
      }
      // A few more polls: a letter beyond the expected count would arrive now.
      for (int i = 0; i < 5; i++) {
        consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
      }
    }
    return letters;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static KafkaProducer<String, byte[]> rawProducer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 * 1024 * 1024);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  private void printSummary(List<ConsumerRecord<String, byte[]>> pageLetters,
      List<ConsumerRecord<String, byte[]>> articleLetters) {
    System.out.printf("bad-input campaign: %d inputs tried%n", tried.values().stream().mapToInt(i -> i).sum());
    tried.forEach((kind, n) -> System.out.printf("  %3d  %s%n", n, kind));
    pageLetters.forEach(r -> System.out.printf("  pages dead letter %s: %s%n", r.key(),
        abbreviate(header(r, "inkstream.error.message"))));
    articleLetters.forEach(r -> System.out.printf("  articles dead letter %s: %s%n", r.key(),
        abbreviate(header(r, "inkstream.error.reason"))));
  }

  private static String abbreviate(String text) {
    return text.length() <= 140 ? text : text.substring(0, 140) + "...";
  }

  /** A traditional-character page (Big5 cannot encode simplified characters). */
  private static final String TRADITIONAL = String.join("\n",
      "本報訊(記者陳建華)臺灣高雄市政府昨日舉行記者會，",
      "宣佈將於明年擴建港區物流園區，預計投資新臺幣三十億元。",
      "市長表示，這項計畫將帶動當地就業，並促進產業轉型。",
      "");
}
