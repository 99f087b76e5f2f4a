package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.inkstream.alerts.AlertRule;
import org.inkstream.alerts.RuleMatcher;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;
import org.inkstream.topology.PipelineMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 2, through the real broker and Elasticsearch: as pages are corrected (articles gone, articles that no
 * longer match a rule), the alerts index stays equal to what the rules fire on the articles the articles index holds.
 */
class AlertsIndexEndToEndTest {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final List<AlertRule> RULES =
      List.of(AlertRule.of("flood", "防汛", "防汛"), AlertRule.of("fire", "火灾", "火灾 OR 消防"));

  @TempDir Path stateDir;

  @Test
  void shouldKeepTheAlertsIndexEqualToWhatTheCurrentArticlesAndRulesProduce() throws Exception {
    PipelineRun run = PipelineRun.create("alerts");
    Topics topics = run.topics();
    SinkConfig sink = run.sink();
    String alertsAlias = sink.forAlerts().indices().alias();
    // Given two rules, and pages corrected several times: articles appear, disappear, gain and lose matches
    String[][] versions = {
        {"a", "防汛\n火灾\n会议"},
        {"b", "消防\n防汛 消防"},
        {"a", "防汛 火灾\n会议"},
        {"b", "会议"},
        {"a", "会议\n消防"},
    };
    Map<String, List<Article>> current = new HashMap<>();

    try (KafkaProducer<String, String> producer = producer(run.stack());
        Pipeline pipeline = startWithRules(producer, topics, run.enrich(stateDir), sink)) {
      ElasticsearchClient client = pipeline.client();
      for (String[] version : versions) {
        Page page = Page.of(version[0], version[0] + ".txt", version[1]);
        current.put(page.id(), lineEngine().apply(page).articles());
        producer.send(new ProducerRecord<>(topics.pages(), page.id(), Json.write(page))).get();

        // Then, once the articles index shows this version, the alerts index holds what the rules fire on it
        Set<String> articleIds = idsOf(current.values().stream().flatMap(List::stream).map(Article::id));
        Set<String> alertIds = expectedAlertIds(current);
        Awaitility.await("the articles and alerts of page " + page.id() + ": " + version[1]).atMost(TIMEOUT)
            .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
            .until(() -> ids(client, run.name()).equals(articleIds) && ids(client, alertsAlias).equals(alertIds));
      }
    }
  }

  private static Pipeline startWithRules(KafkaProducer<String, String> producer, Topics topics, EnrichConfig enrich,
      SinkConfig sink) throws Exception {
    for (AlertRule rule : RULES) {
      producer.send(new ProducerRecord<>(topics.rules(), rule.id(), Json.write(rule))).get();
    }
    return Pipeline.start(enrich, sink, lineEngine(), PipelineMetrics.discarding());
  }

  /** What the rules, run anew on every current article, fire. */
  private static Set<String> expectedAlertIds(Map<String, List<Article>> current) {
    RuleMatcher matcher = RuleMatcher.compile(RULES);
    return idsOf(current.values().stream().flatMap(List::stream)
        .flatMap(article -> matcher.match(article).stream()).map(alert -> alert.id()));
  }

  private static Set<String> ids(ElasticsearchClient client, String alias) throws Exception {
    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
      return Set.of();
    }
    client.indices().refresh(r -> r.index(alias));
    return idsOf(client.search(s -> s.index(alias).size(1000), Void.class).hits().hits().stream().map(Hit::id));
  }

  private static Set<String> idsOf(java.util.stream.Stream<String> ids) {
    return ids.collect(Collectors.toCollection(TreeSet::new));
  }

  private static KafkaProducer<String, String> producer(LocalStack stack) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
        new StringSerializer(), new StringSerializer());
  }

  /** An engine that makes an article of each line of a page, its text the line. */
  private static Function<Page, PageSplit> lineEngine() {
    return page -> {
      List<String> lines = page.text().lines().toList();
      List<Article> articles = IntStream.rangeClosed(1, lines.size())
          .mapToObj(n -> Article.builder().id(Article.idOf(page.id(), n)).pageId(page.id()).ordinal(n)
              .type(ArticleType.NEWS).headline("第" + n + "篇").text(lines.get(n - 1))
              .provenance(new Provenance(page.file(), List.of(LineRange.of(n)))).build())
          .toList();
      return new PageSplit(articles, List.of());
    };
  }
}
