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
import java.util.List;
import org.inkstream.sink.ArticleSink;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.PipelineMetrics;
import org.inkstream.topology.PipelineMetricsAccess;
import org.junit.jupiter.api.Test;

/**
 * Every Inkstream metric the dashboards and alerts use ({@code deploy/metrics-contract.txt}; the kafka_* ones come from
 * the Kafka client binders) is served on {@code /metrics} by the
 * commands' own meters, and the health endpoints answer as probes expect.
 */
class MetricsContractTest {

  @Test
  void shouldServeEveryContractMetricAndTheHealthEndpoints() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    PipelineMetrics metrics = new PipelineMetrics(registry);
    SinkConfig config = SinkConfig.builder().bootstrapServers("unused:9092").build();
    boolean[] ready = {false};
    try (ElasticsearchClient client = ElasticsearchClients.create(config);
        ArticleSink sink = new ArticleSink(config, client);
        OpsServer ops = OpsServer.start(0, registry, () -> ready[0])) {
      SinkMetrics.bind(registry, sink);
      PipelineMetricsAccess.touch(metrics); // counters with tags appear once counted

      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + ops.port();
      String scrape = get(http, base + "/metrics").body();
      List<String> contract = Files.readAllLines(Path.of("..", "deploy", "metrics-contract.txt")).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.replaceAll("[{ ].*", "")).filter(name -> name.startsWith("inkstream_")).toList();
      for (String name : contract) {
        String series = name.endsWith("_seconds") ? name + "_bucket" : name;
        assertThat(scrape).as("/metrics serves %s", name).contains(series);
      }

      assertThat(get(http, base + "/health/live").statusCode()).isEqualTo(200);
      assertThat(get(http, base + "/health/ready").statusCode()).isEqualTo(503);
      ready[0] = true;
      assertThat(get(http, base + "/health/ready").statusCode()).isEqualTo(200);
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
