package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.inkstream.alerts.RuleFile;
import org.inkstream.alerts.RuleMatcher;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.Edition;
import org.inkstream.editions.EditionTracker;
import org.inkstream.editions.Papers;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.deploy.KibanaPanels.PanelSearch;
import org.inkstream.engine.Splitter;
import org.inkstream.enrichment.Enricher;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.sink.DocumentKind;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.IndexTemplates;
import org.inkstream.sink.SinkConfig;
import org.junit.jupiter.api.Test;

/**
 * Every panel of the newsroom dashboard, run as the Elasticsearch query Kibana would send, on the embedded Elasticsearch
 * over the seed articles and their alerts (indexed with the sink's own templates): each one shows something.
 */
class KibanaPanelsOnElasticsearchTest {

  private static final Map<String, JsonNode> EXPORT =
      KibanaPanels.readExport(DeployFiles.path("deploy/kibana/inkstream.ndjson"));

  @Test
  void everyPanelHasBucketsOverTheSeedArticles() throws Exception {
    LocalStack stack = LocalStack.global();
    String prefix = "kibana-" + UUID.randomUUID().toString().substring(0, 8);
    SinkConfig articles = SinkConfig.builder().bootstrapServers("unused:9092")
        .elasticsearchUrl(URI.create(stack.elasticsearchUrl())).indexPrefix(prefix).refreshInterval("1s").build();
    SinkConfig alerts = articles.forAlerts();
    SinkConfig editions = articles.forEditions();

    try (ElasticsearchClient client = ElasticsearchClients.create(articles)) {
      // Given the seed pages' articles and alerts, indexed as the sink indexes them
      IndexTemplates.install(client, articles);
      IndexTemplates.install(client, alerts);
      IndexTemplates.install(client, editions);
      List<Article> seedArticles = seedArticles();
      RuleMatcher matcher = RuleMatcher.compile(RuleFile.read(DeployFiles.path("deploy/rules.example.yaml")));
      BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
      for (Article article : seedArticles) {
        bulk.operations(op -> op.index(i -> i.index(articles.indices().forEdition(article.editionDate(),
            LocalDate.now())).id(article.id()).document(withIndexedAt(article))));
        for (Alert alert : matcher.match(article, Instant.now())) {
          bulk.operations(op -> op.index(i -> i.index(alerts.indices().forEdition(alert.editionDate(),
              LocalDate.now())).id(alert.id()).document(withIndexedAt(alert))));
        }
      }
      for (Edition edition : seedEditions()) {
        bulk.operations(op -> op.index(i -> i.index(editions.indices().forEdition(edition.editionDate(),
            LocalDate.now())).id(edition.key()).document(withIndexedAt(edition))));
      }
      assertThat(client.bulk(bulk.build()).errors()).isFalse();

      // When every panel's query runs on them, then every panel has something to show
      List<PanelSearch> searches = KibanaPanels.searches(EXPORT.get("inkstream-newsroom"), EXPORT);
      assertThat(searches).isNotEmpty();
      var rest = ((RestClientTransport) client._transport()).restClient();
      for (PanelSearch search : searches) {
        String index = switch (search.index()) {
          case "alerts*" -> alerts.indices().alias();
          case "editions*" -> editions.indices().alias();
          default -> articles.indices().alias();
        };
        Request request = new Request("POST", "/" + index + "/_search");
        request.setEntity(new NStringEntity(search.body().toString(), ContentType.APPLICATION_JSON));
        Response response = rest.performRequest(request);
        JsonNode answer = Json.mapper().readTree(response.getEntity().getContent());
        assertThat(KibanaPanels.resultSize(search, answer))
            .as("panel %s (%s) on %s", search.panel(), search.title(), index).isPositive();
      }
      client.indices().delete(d -> d.index(prefix + "-*", prefix + "_alerts-*", prefix + "_editions-*"));
    }
  }

  private static ObjectNode withIndexedAt(Object record) {
    ObjectNode document = Json.mapper().valueToTree(record);
    document.put("indexed_at", Instant.now().toString());
    return document;
  }

  /**
   * The seed pages as pages 1 to 5 of two papers' editions today and a week ago, one of them incomplete (six pages
   * expected): editions as the topology's tracker makes them.
   */
  private static List<Edition> seedEditions() throws Exception {
    EditionTracker tracker = new EditionTracker(Papers.parse("""
        papers:
          - {name: 咸宁日报, appears: daily, pages: 6, due: "00:00", grace: 0m}
          - {name: 荆州日报, appears: daily, pages: 5, due: "00:00", grace: 0m}
        """, "papers.yaml"));
    List<Edition> editions = new ArrayList<>();
    Instant now = Instant.now();
    for (String paper : List.of("咸宁日报", "荆州日报")) {
      for (LocalDate date : List.of(LocalDate.now(), LocalDate.now().minusDays(7))) {
        Edition edition = null;
        for (int number = 1; number <= 5; number++) {
          Page page = new Page(paper + "-" + date + "-" + number, paper, date, String.valueOf(number), null,
              number + ".txt", "第" + number + "版", null, null, null, now.minusSeconds(600L * (5 - number)));
          edition = tracker.receive(edition, tracker.arrival(page, List.of()), now);
        }
        editions.add(edition);
      }
    }
    return editions;
  }

  private static List<Article> seedArticles() throws Exception {
    Splitter splitter = new Splitter();
    Enricher enricher = Enricher.withDefaults();
    List<Article> all = new ArrayList<>();
    try (var files = Files.list(DeployFiles.path("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        Page page = Page.of(name.replace(".txt", ""), name, Files.readString(file)).withReceivedAt(Instant.now());
        splitter.split(page).articles().forEach(a -> all.add(enricher.enrich(a, page)));
      }
    }
    return all;
  }
}
