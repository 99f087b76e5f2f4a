package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.inkstream.core.Edition;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.editions.Papers;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageProducer;
import org.inkstream.ingest.PageReader;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.PipelineMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edition tracking on the real broker and Elasticsearch: the five seed pages sent as pages 1 to 5 of today's 咸宁日报,
 * with a papers file that expects six pages, due at midnight with no grace. The editions index shows the edition
 * incomplete, page 6 missing, and its alert is in the alerts index.
 */
class EditionsEndToEndTest {

  private static final Path SEEDS = Path.of(System.getProperty("inkstream.seeds", "../seeds"));
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @TempDir Path stateDir;

  @Test
  void anEditionMissingAPageIsIncompleteInTheEditionsIndexAndAnAlert() throws Exception {
    LocalStack stack = LocalStack.global();
    String run = "ed-" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = Topics.defaults().withPrefix(run + "-");
    TestTopics.create(stack.bootstrapServers(), topics);
    Papers papers = Papers.parse("""
        papers:
          - name: 咸宁日报
            appears: daily
            pages: 6
            due: "00:00"
            grace: 0m
            time_zone: Asia/Shanghai
        """, "papers.yaml");
    EnrichConfig enrich = new EnrichConfig(run, stack.bootstrapServers(), stateDir, topics,
        EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100).withPapers(papers);
    SinkConfig sink = SinkConfig.builder().bootstrapServers(stack.bootstrapServers()).groupId(run + "-sink")
        .topics(topics).elasticsearchUrl(URI.create(stack.elasticsearchUrl())).indexPrefix(run).build();
    LocalDate today = LocalDate.now(BEIJING);
    List<Page> pages = new ArrayList<>();
    int number = 1;
    for (Path file : PageFiles.expand(List.of(SEEDS))) {
      Page read = new PageFiles(new PageReader()).read(file);
      String id = "咸宁日报-" + today + "-0" + number;
      pages.add(new Page(id, "咸宁日报", today, String.valueOf(number), null, read.file(), read.text(), null,
          read.charset(), read.script(), java.time.Instant.now()));
      number++;
    }
    assertThat(pages).hasSize(5);

    try (Pipeline pipeline = Pipeline.start(enrich, sink, Engine.create(), PipelineMetrics.discarding())) {
      // When the five pages are sent
      try (PageProducer producer = PageProducer.create(stack.bootstrapServers(), topics.pages(), 512 * 1024)) {
        for (Page page : pages) {
          producer.send(page).get();
        }
      }

      // Then the edition is in the editions index: incomplete, five pages received, page 6 missing
      ElasticsearchClient client = pipeline.client();
      String editions = sink.forEditions().indices().alias();
      String key = Edition.keyOf("咸宁日报", today);
      Awaitility.await("edition " + key + " searchable with 5 pages").atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
          .until(() -> client.search(s -> s.index(editions).query(q -> q.ids(i -> i.values(key))), JsonNode.class)
              .hits().hits().get(0).source().path("pages_received").asInt() == 5);
      SearchResponse<JsonNode> found = client.search(s -> s.index(editions)
          .query(q -> q.ids(i -> i.values(key))), JsonNode.class);
      JsonNode edition = found.hits().hits().get(0).source();
      assertThat(edition.path("status").asText()).isEqualTo("incomplete");
      assertThat(edition.path("missing_pages").toString()).isEqualTo("[6]");
      assertThat(edition.path("expected_pages").asInt()).isEqualTo(6);
      assertThat(edition.path("published_at").asText()).isEqualTo(today + "T00:00:00Z");

      // ...and its alert is in the alerts index, saying page 6 is missing
      String alerts = sink.forAlerts().indices().alias();
      String alertId = "edition:咸宁日报:" + today;
      Awaitility.await("edition alert with page 6 missing").atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
          .until(() -> {
            JsonNode alert = client.search(s -> s.index(alerts).query(q -> q.ids(i -> i.values(alertId))),
                JsonNode.class).hits().hits().get(0).source();
            return alert.path("missing_pages").toString().equals("[6]");
          });
      JsonNode alert = client.search(s -> s.index(alerts).query(q -> q.ids(i -> i.values(alertId))),
          JsonNode.class).hits().hits().get(0).source();
      assertThat(alert.path("kind").asText()).isEqualTo("edition");
      assertThat(alert.path("status").asText()).isEqualTo("incomplete");
      assertThat(alert.path("rule_id").asText()).isEqualTo("edition-incomplete");

      // ...and `inkstream editions` prints it
      java.io.StringWriter printed = new java.io.StringWriter();
      EditionTable.print(new java.io.PrintWriter(printed, true),
          EditionTable.search(client, editions, today, "咸宁日报"));
      assertThat(printed.toString()).contains("咸宁日报").contains("incomplete").contains("5/6");
    }
  }
}
