package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.inkstream.launcher.TestTopics;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.EnrichService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 3: deletes go to the one monthly index that holds the article, and an article whose edition date
 * changes month is moved, not copied. The real topology stamps the index month on its records, the real sink routes
 * by it, and {@code _count} of each monthly index on the real Elasticsearch shows where every article is.
 */
class IndexMonthRoutingTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TempDir Path stateDir;
  private final LocalStack stack = LocalStack.global();
  private final String prefix = "m" + UUID.randomUUID().toString().substring(0, 8);
  private final Topics topics = Topics.defaults().withPrefix(prefix + "-");
  private final ExecutorService sinkThread = Executors.newSingleThreadExecutor();
  private ElasticsearchClient client;

  @AfterEach
  void deleteIndices() throws IOException {
    sinkThread.shutdownNow();
    if (client != null) {
      client.indices().delete(d -> d.index(prefix + "-articles-*"));
      client.indices().deleteIndexTemplate(d -> d.name(prefix + "-articles"));
      client.close();
    }
  }

  @Test
  void shouldDeleteFromTheOneIndexAndMoveAnArticleThatChangedMonth() throws Exception {
    TestTopics.create(stack.bootstrapServers(), topics);
    SinkConfig sinkConfig = SinkConfig.builder().bootstrapServers(stack.bootstrapServers()).groupId(prefix + "-sink")
        .topics(topics).elasticsearchUrl(URI.create(stack.elasticsearchUrl())).indexPrefix(prefix + "-articles")
        .batchSize(50).maxInFlight(200).flushInterval(Duration.ofMillis(100)).build();
    client = ElasticsearchClients.create(sinkConfig);
    EnrichConfig enrichConfig = new EnrichConfig(prefix + "-enrich", stack.bootstrapServers(), stateDir, topics,
        EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100);

    // A decoy in April's index, there before the sink starts (so the sink knows the index): a document under the id of
    // an article that will be retracted in May, which no delete of that article may touch
    Article decoy = DatedLines.article("moves", 3, "2024-04-30 四月的同名文档");
    client.index(i -> i.index(prefix + "-articles-2024.04").id(decoy.id())
        .withJson(new ByteArrayInputStream(Json.writeBytes(decoy))));

    try (EnrichService enrich = EnrichService.start(enrichConfig, DatedLines.ENGINE);
        ElasticsearchClient sinkClient = ElasticsearchClients.create(sinkConfig);
        ArticleSink sink = new ArticleSink(sinkConfig, sinkClient)) {
      Future<?> indexing = sinkThread.submit(sink::run);

      // Given a page of three articles printed on May 31st and another page of May 10th
      send(page("moves", "2024-05-31 月底的消息", "2024-05-31 留在五月", "2024-05-31 将被撤回"));
      send(page("stays", "2024-05-10 五月中的消息"));
      awaitCounts(Map.of("2024.04", 1L, "2024.05", 4L));

      // When the page is corrected: its first article is redated June 1st, the third is gone
      send(page("moves", "2024-06-01 改到六月", "2024-05-31 留在五月"));

      // Then May holds the unchanged article and the other page's, June the moved one, April only the decoy
      awaitCounts(Map.of("2024.04", 1L, "2024.05", 2L, "2024.06", 1L));
      assertThat(client.get(g -> g.index(prefix + "-articles-2024.06").id("moves-01"), Map.class).found()).isTrue();
      assertThat(client.get(g -> g.index(prefix + "-articles-2024.05").id("moves-02"), Map.class).found()).isTrue();
      assertThat(client.get(g -> g.index(prefix + "-articles-2024.04").id("moves-03"), Map.class).found())
          .as("the decoy in another month").isTrue();

      sink.close();
      indexing.get(1, TimeUnit.MINUTES);
    }
  }

  private void awaitCounts(Map<String, Long> expected) {
    Awaitility.await("document counts per month " + expected).atMost(TIMEOUT).pollInterval(Duration.ofMillis(200))
        .until(() -> counts(expected.keySet()), expected::equals);
  }

  /** {@code _count} of each monthly index named, 0 for one that does not exist. */
  private Map<String, Long> counts(Iterable<String> months) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String month : months) {
      String index = prefix + "-articles-" + month;
      if (!client.indices().exists(e -> e.index(index)).value()) {
        counts.put(month, 0L);
        continue;
      }
      client.indices().refresh(r -> r.index(index));
      counts.put(month, client.count(c -> c.index(index)).count());
    }
    return counts;
  }

  private static Page page(String id, String... lines) {
    return Page.of(id, id + ".txt", String.join("\n", lines));
  }

  private void send(Page page) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.pages(), page.id(), Json.writeBytes(page))).get();
    }
  }

  /** An engine that makes one article of each line "date headline" of a page, printed on that date. */
  private static final class DatedLines {
    static final Function<Page, PageSplit> ENGINE = page -> {
      List<Article> articles = new ArrayList<>();
      String[] lines = page.text().split("\n");
      for (int i = 1; i <= lines.length; i++) {
        articles.add(article(page.id(), i, lines[i - 1]));
      }
      return new PageSplit(articles, List.of());
    };

    static Article article(String pageId, int ordinal, String line) {
      String[] parts = line.split(" ", 2);
      return Article.builder().id(Article.idOf(pageId, ordinal)).pageId(pageId).ordinal(ordinal)
          .type(ArticleType.NEWS).headline(parts[1]).text(parts[1])
          .provenance(new Provenance(pageId + ".txt", List.of(LineRange.of(ordinal))))
          .editionDate(LocalDate.parse(parts[0])).build();
    }
  }
}
