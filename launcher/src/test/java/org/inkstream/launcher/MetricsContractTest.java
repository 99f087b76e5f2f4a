package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.PipelineMetrics;
import org.inkstream.topology.PipelineMetricsAccess;
import org.junit.jupiter.api.Test;

/**
 * Every metric the dashboards and alerts use ({@code deploy/metrics-contract.txt}) is served on {@code /metrics} by
 * the commands' own meters: the inkstream_* ones by the stages' counters, the kafka_consumer_* ones (consumer lag: the
 * alert for articles not reaching Elasticsearch) by the consumers of running sinks, one series set per sink. And the
 * health endpoints answer as probes expect.
 */
class MetricsContractTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeEveryInkstreamContractMetricAndTheHealthEndpoints() throws Exception {
    PrometheusMeterRegistry registry = OpsServer.newRegistry();
    PipelineMetrics metrics = new PipelineMetrics(registry);
    SinkConfig config = SinkConfig.builder().bootstrapServers("unused:9092").build();
    boolean[] ready = {false};
    try (ElasticsearchClient client = ElasticsearchClients.create(config);
        Sinks sinks = Sinks.create(config, client, registry);
        OpsServer ops = OpsServer.start(0, registry, () -> ready[0])) {
      PipelineMetricsAccess.touch(metrics); // counters with tags appear once counted

      String base = "http://127.0.0.1:" + ops.port();
      String scrape = get(base + "/metrics").body();
      // The Kafka clients' metrics need running clients: the sink's below, enrich's in StageProcessTest.
      List<String> served = contract().stream().filter(name -> !name.startsWith("kafka_")).toList();
      for (String name : served) {
        String series = name.endsWith("_seconds") ? name + "_bucket" : name;
        assertThat(scrape).as("/metrics serves %s", name).contains(series);
      }

      assertThat(get(base + "/health/live").statusCode()).isEqualTo(200);
      assertThat(get(base + "/health/ready").statusCode()).isEqualTo(503);
      ready[0] = true;
      assertThat(get(base + "/health/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void shouldServeTheConsumerMetricsOfEachRunningSinkAndDropThemWhenItStops() throws Exception {
    // Given the articles and the alerts sink, made as the sink command and the demo make them, on topics of their own
    LocalStack stack = LocalStack.global();
    String run = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = Topics.defaults().withPrefix(run + "-");
    TestTopics.create(stack.bootstrapServers(), topics);
    SinkConfig config = SinkConfig.builder().bootstrapServers(stack.bootstrapServers()).groupId(run + "-sink")
        .topics(topics).elasticsearchUrl(URI.create(stack.elasticsearchUrl())).indexPrefix(run).build();
    String articlesClient = config.groupId();
    String alertsClient = config.forAlerts().groupId();
    assertThat(alertsClient).isNotEqualTo(articlesClient);
    List<String> consumerMetrics = contract().stream().filter(name -> name.startsWith("kafka_consumer_")).toList();
    assertThat(consumerMetrics).contains("kafka_consumer_fetch_manager_records_lag_max");
    String lag = "kafka_consumer_fetch_manager_records_lag_max";

    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (ElasticsearchClient client = ElasticsearchClients.create(config);
        OpsServer ops = OpsServer.start(0, registry, () -> true)) {
      String metricsUrl = "http://127.0.0.1:" + ops.port() + "/metrics";
      Sinks sinks = Sinks.create(config, client, registry);
      List<Thread> threads = List.of(Pipeline.run(sinks.articles(), run + "-articles-sink"),
          Pipeline.run(sinks.alerts(), run + "-alerts-sink"));
      try {
        // When they run, and the articles sink has indexed an article
        send(stack.bootstrapServers(), topics.articles(), article());
        Awaitility.await("the article indexed").atMost(TIMEOUT)
            .until(() -> sinks.articles().stats().written() == 1);

        // Then /metrics serves each consumer metric of the contract for the consumer of each sink, by client_id
        Awaitility.await("the consumer metrics of both sinks on /metrics").atMost(TIMEOUT)
            .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
              String scrape = get(metricsUrl).body();
              for (String name : consumerMetrics) {
                for (String clientId : List.of(articlesClient, alertsClient)) {
                  assertThat(series(scrape, name, clientId)).as("%s of %s", name, clientId).isNotEmpty();
                }
              }
              // ...and the articles sink's lag is a number: its consumer has fetched
              assertThat(series(scrape, lag, articlesClient)).as("%s of %s", lag, articlesClient)
                  .anySatisfy(line -> assertThat(value(line)).isNotNaN());
            });
      } finally {
        sinks.close();
        for (Thread thread : threads) {
          thread.join(TIMEOUT.toMillis());
        }
      }

      // And once a sink has closed its consumer, none of that consumer's meters is left behind
      String after = get(metricsUrl).body();
      assertThat(series(after, lag, articlesClient)).isEmpty();
      assertThat(after).doesNotContain("client_id=\"" + articlesClient + "\"")
          .doesNotContain("client_id=\"" + alertsClient + "\"");
    }
  }

  // ----- fixtures

  /** The metric names of deploy/metrics-contract.txt, without their labels. */
  private static List<String> contract() throws Exception {
    return Files.readAllLines(Path.of("..", "deploy", "metrics-contract.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.replaceAll("[{ ].*", "")).toList();
  }

  /** The sample lines of metric {@code name} labelled {@code client_id="clientId"} in a Prometheus text scrape. */
  private static List<String> series(String scrape, String name, String clientId) {
    return scrape.lines().filter(l -> l.startsWith(name + "{") && l.contains("client_id=\"" + clientId + "\""))
        .toList();
  }

  private static double value(String sample) {
    return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
  }

  private static Article article() {
    String text = "咸宁市召开防汛工作会议";
    return Article.builder().id(Article.idOf("p-metrics", 1)).pageId("p-metrics").ordinal(1).type(ArticleType.NEWS)
        .headline(text).text(text).provenance(new Provenance("p-metrics.txt", List.of(new LineRange(1, 1))))
        .editionDate(LocalDate.of(2024, 5, 1)).build();
  }

  private static void send(String bootstrapServers, String topic, Article article) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, article.id(), Json.writeBytes(article))).get();
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
