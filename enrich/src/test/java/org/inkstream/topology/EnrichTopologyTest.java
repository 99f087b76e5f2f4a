package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.PageReport;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.inkstream.engine.Splitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the production topology ({@link EnrichTopology#build}) with {@link TopologyTestDriver}. */
class EnrichTopologyTest {

  private static final Topics TOPICS = Topics.defaults();

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> pages;
  private TestOutputTopic<String, String> articles;
  private TestOutputTopic<String, byte[]> deadLetters;
  private TestOutputTopic<String, String> reports;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private void start(Function<Page, PageSplit> engine, int maxPageChars) {
    EnrichConfig config = new EnrichConfig("test", "unused:9092", stateDir, TOPICS, maxPageChars, 100);
    driver = new TopologyTestDriver(EnrichTopology.build(config, engine, new PipelineMetrics(registry)), config.streamsProperties());
    pages = driver.createInputTopic(TOPICS.pages(), new StringSerializer(), new ByteArraySerializer());
    articles = driver.createOutputTopic(TOPICS.articles(), new StringDeserializer(), new StringDeserializer());
    deadLetters = driver.createOutputTopic(TOPICS.pagesDeadLetter(), new StringDeserializer(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    reports = driver.createOutputTopic(TOPICS.pageReports(), new StringDeserializer(), new StringDeserializer());
  }

  @Test
  void shouldTurnASeedPageIntoArticlesKeyedByArticleId() throws Exception {
    start(new Splitter()::split, EnrichConfig.DEFAULT_MAX_PAGE_CHARS);
    String text = Files.readString(Path.of("..", "seeds", "003_3fcea7782f4eb9a4.txt"));
    Page page = Page.of("003", "003_3fcea7782f4eb9a4.txt", text);

    pages.pipeInput(page.id(), Json.writeBytes(page));

    List<TestRecord<String, String>> out = articles.readRecordsToList();
    assertThat(out).isNotEmpty();
    for (TestRecord<String, String> record : out) {
      Article article = Json.read(record.value(), Article.class);
      assertThat(record.key()).isEqualTo(article.id()).startsWith("003-");
      assertThat(article.provenance().file()).isEqualTo("003_3fcea7782f4eb9a4.txt");
    }
    PageReport report = Json.read(reports.readValue(), PageReport.class);
    assertThat(report.articleIds()).hasSize(out.size());
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldSendPoisonPillsToTheDeadLetterTopicAndGoOn() {
    start(fixedEngine(2), EnrichConfig.DEFAULT_MAX_PAGE_CHARS);

    pages.pipeInput("p1", Json.writeBytes(Page.of("p1", "p1.txt", "第一版")));
    pages.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8)); // poison pill
    pages.pipeInput("p2", Json.writeBytes(Page.of("p2", "p2.txt", "第二版")));

    // Then both good pages come out, two articles each...
    assertThat(articles.readKeyValuesToMap()).containsOnlyKeys("p1-01", "p1-02", "p2-01", "p2-02");
    // ...and the pill is kept whole, with the reason and its origin in headers.
    TestRecord<String, byte[]> letter = deadLetters.readRecord();
    assertThat(letter.key()).isEqualTo("bad");
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(header(letter.headers(), DeadLetter.STAGE)).isEqualTo("parse-page");
    assertThat(header(letter.headers(), DeadLetter.ERROR_CLASS)).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(header(letter.headers(), DeadLetter.ERROR_MESSAGE)).contains("not a valid Page record");
    assertThat(header(letter.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo(TOPICS.pages());
    assertThat(header(letter.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo("1");
    // ...and counted.
    assertThat(registry.counter("inkstream.pages.in").count()).isEqualTo(3);
    assertThat(registry.counter("inkstream.dead.letters", "stage", "parse-page").count()).isEqualTo(1);
    assertThat(registry.counter("inkstream.articles.out", "type", "news").count()).isEqualTo(4);
    assertThat(registry.timer("inkstream.engine.latency").count()).isEqualTo(2);
  }

  @Test
  void shouldDeadLetterPagesTheEngineFailsOn() {
    start(page -> {
      if (page.text().contains("炸")) {
        throw new IllegalStateException("engine bug on " + page.id());
      }
      return fixedEngine(1).apply(page);
    }, EnrichConfig.DEFAULT_MAX_PAGE_CHARS);

    pages.pipeInput("boom", Json.writeBytes(Page.of("boom", "boom.txt", "炸")));
    pages.pipeInput("ok", Json.writeBytes(Page.of("ok", "ok.txt", "好")));

    assertThat(articles.readKeyValuesToMap()).containsOnlyKeys("ok-01");
    TestRecord<String, byte[]> letter = deadLetters.readRecord();
    assertThat(header(letter.headers(), DeadLetter.STAGE)).isEqualTo("split-page");
    assertThat(header(letter.headers(), DeadLetter.ERROR_MESSAGE)).isEqualTo("engine bug on boom");
    assertThat(Json.read(letter.value(), Page.class).text()).isEqualTo("炸");
  }

  @Test
  void shouldDeadLetterPagesOverTheSizeLimitAndKeysThatAreNotThePageId() {
    start(fixedEngine(1), 10);

    pages.pipeInput("big", Json.writeBytes(Page.of("big", "big.txt", "字".repeat(11))));
    pages.pipeInput("other", Json.writeBytes(Page.of("p", "p.txt", "字")));

    assertThat(articles.isEmpty()).isTrue();
    assertThat(deadLetters.readRecordsToList())
        .extracting(r -> header(r.headers(), DeadLetter.ERROR_MESSAGE))
        .containsExactly("page big has 11 characters, more than the limit of 10",
            "record key 'other' is not the page id 'p'");
  }

  @Test
  void shouldChangeNothingWhenAnIdenticalPageIsSentAgain() {
    start(fixedEngine(2), EnrichConfig.DEFAULT_MAX_PAGE_CHARS);
    byte[] page = Json.writeBytes(Page.of("p", "p.txt", "同一页"));

    pages.pipeInput("p", page);
    assertThat(articles.readRecordsToList()).hasSize(2);
    pages.pipeInput("p", page);

    assertThat(articles.isEmpty()).isTrue();
  }

  @Test
  void shouldRetractArticlesACorrectedPageNoLongerHas() {
    // Given an engine that makes one article per line of text
    start(page -> fixedEngine(page.text().split("\n").length).apply(page), EnrichConfig.DEFAULT_MAX_PAGE_CHARS);
    pages.pipeInput("p", Json.writeBytes(Page.of("p", "p.txt", "一\n二\n三")));
    assertThat(articles.readRecordsToList()).hasSize(3);

    // When the page comes again, corrected, with one article less
    pages.pipeInput("p", Json.writeBytes(Page.of("p", "p.txt", "一\n二")));

    // Then its two articles are published again and the third is retracted with a tombstone
    List<TestRecord<String, String>> out = articles.readRecordsToList();
    assertThat(out).extracting(TestRecord::key).containsExactly("p-01", "p-02", "p-03");
    assertThat(out.get(2).value()).isNull();
  }

  /** An engine that makes {@code count} articles of any page, whatever its text. */
  private static Function<Page, PageSplit> fixedEngine(int count) {
    return page -> {
      List<Article> list = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        list.add(Article.builder().id(Article.idOf(page.id(), i)).pageId(page.id()).ordinal(i)
            .type(ArticleType.NEWS).headline("标题" + i).text(page.text())
            .provenance(new Provenance(page.file(), List.of(LineRange.of(i)))).build());
      }
      return new PageSplit(list, List.of());
    };
  }

  private static String header(Headers headers, String key) {
    return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
