package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkstream.deploy.DeployFiles.Metric;
import org.junit.jupiter.api.Test;

/**
 * The Grafana pipeline dashboard (deploy/grafana/dashboards) and its provisioning: every query uses only metrics and
 * labels of deploy/metrics-contract.txt, the dashboard covers each stage, and the datasource it defaults to is the
 * provisioned one.
 */
class GrafanaDashboardTest {

  private static final String DASHBOARD = "deploy/grafana/dashboards/inkstream-pipeline.json";
  /** Labels Prometheus adds to every series (scrape config and PodMonitor), and the histogram bucket label. */
  private static final Set<String> SCRAPE_LABELS = Set.of("job", "instance", "stage", "le");
  private static final Pattern METRIC = Pattern.compile("\\b((?:inkstream|kafka|jvm|process)_[a-z0-9_]+)\\b");
  private static final Pattern BY = Pattern.compile("\\bby\\s*\\(([^)]*)\\)");

  private final JsonNode dashboard = DeployFiles.json(DASHBOARD);

  @Test
  void queriesUseOnlyContractMetricsAndLabels() {
    Map<String, Metric> contract = DeployFiles.metricsContract();
    for (String expr : expressions()) {
      Set<String> labels = new LinkedHashSet<>(SCRAPE_LABELS);
      Matcher m = METRIC.matcher(expr);
      boolean any = false;
      while (m.find()) {
        any = true;
        Metric metric = metricOf(m.group(1), contract);
        assertThat(metric).as("metric " + m.group(1) + " in '" + expr + "' (deploy/metrics-contract.txt)").isNotNull();
        labels.addAll(metric.labels());
      }
      if (!any) {
        assertThat(expr).as("a query without Inkstream metrics").startsWith("up{");
        continue;
      }
      Matcher by = BY.matcher(expr);
      while (by.find()) {
        for (String label : by.group(1).split(",")) {
          assertThat(labels).as("label '" + label.strip() + "' grouped by in '" + expr + "'").contains(label.strip());
        }
      }
    }
  }

  @Test
  void coversThroughputLagLatencyDeadLettersAndAlerts() {
    String all = String.join("\n", expressions());
    for (String metric : List.of("inkstream_pages_in_total", "inkstream_articles_out_total",
        "inkstream_sink_documents_total", "kafka_consumer_fetch_manager_records_lag_max",
        "inkstream_engine_latency_seconds_bucket", "inkstream_dead_letters_total", "inkstream_alerts_fired_total")) {
      assertThat(all).as("a panel on " + metric).contains(metric);
    }
  }

  @Test
  void panelsUseTheDatasourceVariableDefaultingToTheProvisionedDatasource() {
    JsonNode provisioned = DeployFiles.yamlDocuments(
        DeployFiles.path("deploy/grafana/provisioning/datasources/prometheus.yml")).get(0).path("datasources").get(0);
    JsonNode variable = dashboard.path("templating").path("list").get(0);
    assertThat(variable.path("type").asText()).isEqualTo("datasource");
    assertThat(variable.path("current").path("value").asText()).isEqualTo(provisioned.path("uid").asText());
    for (JsonNode panel : dashboard.path("panels")) {
      if (panel.path("type").asText().equals("row")) {
        continue;
      }
      assertThat(panel.path("datasource").path("uid").asText()).as("datasource of " + panel.path("title").asText())
          .isEqualTo("${" + variable.path("name").asText() + "}");
      assertThat(panel.path("targets").size()).as("queries of " + panel.path("title").asText()).isPositive();
    }
    assertThat(dashboard.path("uid").asText()).isEqualTo("inkstream-pipeline");
    // The dashboard provider loads from the folder Compose mounts the dashboards in.
    assertThat(DeployFiles.read("deploy/grafana/provisioning/dashboards/inkstream.yml"))
        .contains("path: /etc/grafana/dashboards");
  }

  // --- fixtures -------------------------------------------------------------------------------------------------------

  private List<String> expressions() {
    List<String> exprs = new ArrayList<>();
    dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
    assertThat(exprs).isNotEmpty();
    return exprs;
  }

  /** The contract metric a series name belongs to: itself, or a histogram's _bucket/_count/_sum series. */
  private static Metric metricOf(String series, Map<String, Metric> contract) {
    if (contract.containsKey(series)) {
      return contract.get(series);
    }
    for (String suffix : List.of("_bucket", "_count", "_sum")) {
      if (series.endsWith(suffix)) {
        Metric base = contract.get(series.substring(0, series.length() - suffix.length()));
        if (base != null && base.histogram()) {
          return base;
        }
      }
    }
    return null;
  }
}
