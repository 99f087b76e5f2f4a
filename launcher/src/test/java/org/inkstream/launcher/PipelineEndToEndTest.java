package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.ingest.IngestSummary;
import org.inkstream.ingest.Ingester;
import org.inkstream.ingest.Ledger;
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
 * The whole path on the real broker and the real Elasticsearch: the seed pages go in through the producer, the
 * topology and the sink; a keyword query comes out with the article that holds the keyword.
 */
class PipelineEndToEndTest {

  private static final Path SEEDS = Path.of(System.getProperty("inkstream.seeds", "../seeds"));

  @TempDir Path stateDir;

  @Test
  void shouldMakeEverySeedArticleSearchable() throws Exception {
    PipelineRun pipelineRun = PipelineRun.create("e2e");
    LocalStack stack = pipelineRun.stack();
    String run = pipelineRun.name();
    Topics topics = pipelineRun.topics();
    EnrichConfig enrich = pipelineRun.enrich(stateDir);
    SinkConfig sink = pipelineRun.sink();
    Engine engine = Engine.create();
    List<Path> files = PageFiles.expand(List.of(SEEDS));
    List<String> expected = new ArrayList<>();
    for (Path file : files) {
      Page page = new PageFiles(new PageReader()).read(file);
      engine.apply(page).articles().forEach(a -> expected.add(a.id()));
    }

    try (Pipeline pipeline = Pipeline.start(enrich, sink, engine, PipelineMetrics.discarding())) {
      // When the seed pages are sent
      IngestSummary summary;
      try (PageProducer producer = PageProducer.create(stack.bootstrapServers(), topics.pages(), 512 * 1024)) {
        summary = new Ingester(new PageFiles(new PageReader()), producer, Ledger.inMemory())
            .ingest(files, Ingester.Progress.NONE);
      }
      assertThat(summary.failed()).isEmpty();
      assertThat(summary.sent()).hasSize(5);

      // Then every article the engine makes of them becomes searchable, and nothing else
      ElasticsearchClient client = pipeline.client();
      Awaitility.await("all " + expected.size() + " articles searchable").atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
          .until(() -> SearchQueries.countIds(client, run, expected) == expected.size());
      assertThat(client.count(c -> c.index(run)).count()).isEqualTo(expected.size());

      // ...every one of them in a time-filtered query for today, as the dashboards filter (published_at), and no
      // article of page 002 is dated 2020 by the water-quality notice printed on it
      assertThat(client.count(c -> c.index(run).query(q -> q.range(r -> r.untyped(u -> u.field("published_at")
          .gte(co.elastic.clients.json.JsonData.of("now/d")).lte(co.elastic.clients.json.JsonData.of("now"))))))
          .count()).isEqualTo(expected.size());
      assertThat(client.count(c -> c.index(run).query(q -> q.bool(b -> b
          .filter(f -> f.prefix(p -> p.field("page_id").value("002")))
          .filter(f -> f.range(r -> r.untyped(u -> u.field("published_at")
              .lt(co.elastic.clients.json.JsonData.of("2021-01-01")))))))).count()).isZero();
      assertThat(client.count(c -> c.index(run).query(q -> q.exists(e -> e.field("published_at")))).count())
          .isEqualTo(expected.size());

      // ...and a keyword query finds the article that tells of it, with its provenance.
      SearchResponse<JsonNode> hits = client.search(s -> s.index(run)
          .query(q -> q.matchPhrase(m -> m.field("text").query("推行服务外包模式"))), JsonNode.class);
      assertThat(hits.hits().hits()).isNotEmpty();
      JsonNode first = hits.hits().hits().get(0).source();
      assertThat(first.path("provenance").path("file").asText()).isEqualTo("003_3fcea7782f4eb9a4.txt");
      assertThat(first.path("text").asText()).contains("推行服务外包模式");
    }
  }
}
