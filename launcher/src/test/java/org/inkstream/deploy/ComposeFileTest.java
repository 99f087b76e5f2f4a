package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.inkstream.core.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Compose stack (deploy/compose/docker-compose.yml), checked the way Docker Compose itself reads it: {@link
 * ComposeConfig} expands the YAML anchors and merge keys, fills the variables of {@code .env} and validates the result
 * against the Compose Specification's JSON schema (a misspelt key fails), and the tests then check the expanded
 * services. Neither a Docker engine nor the {@code docker-compose} binary is needed; where the binary is installed,
 * {@link #dockerComposeAcceptsTheFileWhereInstalled} also runs {@code docker-compose config}.
 */
class ComposeFileTest {

  private static final String COMPOSE_DIR = "deploy/compose";

  /** The expanded configuration, as {@code docker-compose config} prints it. */
  private static JsonNode config;
  private static ComposeConfig compose;

  @BeforeAll
  static void readComposeFile() {
    compose = ComposeConfig.read(DeployFiles.path(COMPOSE_DIR), "docker-compose.yml");
    config = compose.config();
  }

  @Test
  void conformsToTheComposeSpecification() {
    assertThat(compose.schemaErrors()).as("Compose Specification schema errors in " + COMPOSE_DIR
        + "/docker-compose.yml").isEmpty();
  }

  @Test
  void schemaRefusesAMisspeltKey() {
    // Given the shipped file with one service key misspelt
    String text = DeployFiles.read(COMPOSE_DIR + "/docker-compose.yml");
    String typo = text.replace("  sink:\n    <<: *inkstream\n", "  sink:\n    <<: *inkstream\n    restrat: always\n");
    assertThat(typo).isNotEqualTo(text);

    // When it is read and validated
    List<String> errors = ComposeConfig.read(DeployFiles.path(COMPOSE_DIR), typo, DeployFiles.composeEnv())
        .schemaErrors();

    // Then the schema refuses exactly that key of that service
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("/services/sink:").contains("restrat");
  }

  @Test
  void schemaRefusesAWrongCondition() {
    String text = DeployFiles.read(COMPOSE_DIR + "/docker-compose.yml");
    String wrong = text.replace("condition: service_completed_successfully", "condition: service_completed");

    assertThat(ComposeConfig.read(DeployFiles.path(COMPOSE_DIR), wrong, DeployFiles.composeEnv()).schemaErrors())
        .isNotEmpty().allSatisfy(e -> assertThat(e).contains("depends_on"));
  }

  @Test
  void anUnsetVariableIsReportedAsComposeWould() {
    ComposeConfig read = ComposeConfig.read(DeployFiles.path(COMPOSE_DIR),
        "services:\n  a:\n    image: \"x:${NOT_IN_ENV}\"\n    command: [\"echo\", \"$$HOME\", \"${TAG:-1.0}\"]\n",
        Map.of());

    assertThat(read.warnings()).containsExactly(
        "WARNING: The NOT_IN_ENV variable is not set. Defaulting to a blank string.");
    assertThat(read.config().path("services").path("a").path("image").asText()).isEqualTo("x:");
    assertThat(read.config().path("services").path("a").path("command").toString())
        .isEqualTo("[\"echo\",\"$HOME\",\"1.0\"]");
  }

  @Test
  void composeReportsNoWarnings() {
    // An unset variable (a typo against .env) is only a warning for Compose, and becomes an empty string.
    assertThat(compose.warnings()).as("variables of docker-compose.yml missing from .env").isEmpty();
  }

  /** Docker Compose itself, where it is installed (it is not needed: the schema above is what it validates with). */
  @Test
  void dockerComposeAcceptsTheFileWhereInstalled() throws IOException, InterruptedException {
    String binary = findOnPath("docker-compose");
    assumeTrue(binary != null, "docker-compose is not installed; the schema check above stands in for it");
    Path err = Files.createTempFile("compose-config", ".err");
    try {
      Process p = new ProcessBuilder(binary, "-f", "docker-compose.yml", "config", "-q")
          .directory(DeployFiles.path(COMPOSE_DIR).toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile())
          .start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("docker-compose config did not finish within 2 minutes");
      }
      String messages = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as("docker-compose config exit status; it said:\n" + messages).isZero();
      assertThat(messages).as("docker-compose config warnings").doesNotContainIgnoringCase("warning");
    } finally {
      Files.deleteIfExists(err);
    }
  }

  @Test
  void hasTheWholeStack() {
    assertThat(names(config.path("services"))).containsExactlyInAnyOrder(
        "kafka-1", "kafka-2", "kafka-3", "kafka-topics",
        "es-certs", "elasticsearch", "es-users", "kibana", "kibana-setup",
        "ingest", "enrich-1", "enrich-2", "sink",
        "prometheus", "grafana");
  }

  @Test
  void everyImageIsPinnedToAVersion() {
    services().forEach((name, s) -> {
      String image = s.path("image").asText("");
      assertThat(image).as("image of " + name).matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+");
      assertThat(image).as("image of " + name).doesNotEndWith(":latest");
    });
    Map<String, String> env = DeployFiles.composeEnv();
    // Kibana must run the same version as Elasticsearch, the Inkstream image the version of .env.
    assertThat(service("kibana").path("image").asText()).endsWith(":" + env.get("ELASTIC_VERSION"));
    assertThat(service("elasticsearch").path("image").asText()).endsWith(":" + env.get("ELASTIC_VERSION"));
    assertThat(service("ingest").path("image").asText()).isEqualTo("inkstream:" + env.get("INKSTREAM_VERSION"));
  }

  @Test
  void longRunningServicesHaveHealthChecksAndOneShotsDoNotRestart() {
    services().forEach((name, s) -> {
      if (oneShot(s)) {
        return;
      }
      JsonNode test = s.path("healthcheck").path("test");
      assertThat(test.isArray() && test.size() > 1).as(name + " has a health check command").isTrue();
      assertThat(test.get(0).asText()).as(name + " health check form").isIn("CMD", "CMD-SHELL");
      assertThat(s.path("restart").asText()).as("restart policy of " + name).isEqualTo("unless-stopped");
    });
    assertThat(services().entrySet().stream().filter(e -> oneShot(e.getValue())).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder("kafka-topics", "es-certs", "es-users", "kibana-setup");
  }

  @Test
  void dependenciesExistAndWaitForTheRightCondition() {
    Map<String, JsonNode> services = services();
    services.forEach((name, s) -> s.path("depends_on").fields().forEachRemaining(dep -> {
      JsonNode target = services.get(dep.getKey());
      assertThat(target).as(name + " depends on unknown service " + dep.getKey()).isNotNull();
      String condition = dep.getValue().path("condition").asText();
      switch (condition) {
        case "service_healthy" -> assertThat(target.path("healthcheck").path("test").size())
            .as(name + " waits for " + dep.getKey() + " to be healthy, which has no health check").isGreaterThan(1);
        case "service_completed_successfully" -> assertThat(oneShot(target))
            .as(name + " waits for " + dep.getKey() + " to complete, which is not a one-shot service").isTrue();
        default -> fail(name + " depends on " + dep.getKey() + " without a condition (service_healthy or "
            + "service_completed_successfully): it would start before the dependency is usable");
      }
    }));
    // The pipeline starts once its topics exist; the sink also needs its Elasticsearch user.
    for (String stage : List.of("ingest", "enrich-1", "enrich-2", "sink")) {
      assertThat(names(service(stage).path("depends_on"))).as(stage + " dependencies").contains("kafka-topics");
    }
    assertThat(names(service("sink").path("depends_on"))).contains("es-users");
    assertThat(names(service("kibana").path("depends_on"))).contains("es-users");
  }

  @Test
  void publishedPortsListenOnLocalhostOnly() {
    Map<String, Integer> expected = Map.of("elasticsearch", 9200, "kibana", 5601, "prometheus", 9090, "grafana", 3000);
    services().forEach((name, s) -> {
      for (JsonNode port : s.path("ports")) {
        String spec = port.isTextual() ? port.asText()
            : port.path("host_ip").asText() + ":" + port.path("published").asText() + ":" + port.path("target").asText();
        assertThat(spec).as("published port of " + name + " (passwords are weak: never on all interfaces)")
            .startsWith("127.0.0.1:");
      }
      if (expected.containsKey(name)) {
        assertThat(s.path("ports").toString()).as("ports of " + name).contains(":" + expected.get(name));
      } else {
        assertThat(s.path("ports").size()).as(name + " publishes no port").isZero();
      }
    });
  }

  @Test
  void volumesAreDeclaredOrExistOnDisk() {
    Set<String> declared = names(config.path("volumes"));
    services().forEach((name, s) -> {
      for (Mount m : mounts(s)) {
        if (m.source().startsWith("/")) {
          assertThat(Path.of(m.source())).as("bind mount of " + name).exists();
        } else {
          assertThat(declared).as("named volume " + m.source() + " of " + name).contains(m.source());
        }
      }
    });
  }

  @Test
  void inkstreamServicesSetOnlyContractVariables() {
    Set<String> contract = DeployFiles.envContract();
    inkstreamServices().forEach((name, s) -> assertThat(names(s.path("environment")))
        .as("environment of " + name + " (deploy/env-contract.txt)").isSubsetOf(contract));
  }

  @Test
  void inkstreamStagesRunTheirCommandsWithAPersistentDataDirectory() {
    assertThat(commandOf("ingest")).containsExactly("ingest", "--watch", "/inbox");
    assertThat(mounts(service("ingest"))).extracting(Mount::target).contains("/inbox");
    assertThat(commandOf("sink")).containsExactly("sink");
    assertThat(commandOf("kibana-setup")).startsWith("kibana", "import", "--kibana-url");

    List<String> enrich = inkstreamServices().keySet().stream()
        .filter(n -> commandOf(n).equals(List.of("enrich"))).toList();
    assertThat(enrich).as("enrich instances").hasSizeGreaterThanOrEqualTo(2);

    // Each long-running stage keeps INKSTREAM_DATA_DIR on its own named volume (Streams state, ledger).
    Set<String> dataVolumes = new LinkedHashSet<>();
    inkstreamServices().forEach((name, s) -> {
      if (oneShot(s)) {
        return;
      }
      String dataDir = s.path("environment").path("INKSTREAM_DATA_DIR").asText("/var/lib/inkstream");
      Mount data = mounts(s).stream().filter(m -> m.target().equals(dataDir)).findFirst()
          .orElseThrow(() -> new AssertionError(name + " has no volume at INKSTREAM_DATA_DIR " + dataDir));
      assertThat(data.source()).as("data volume of " + name).doesNotStartWith("/");
      assertThat(dataVolumes.add(data.source())).as(name + " shares data volume " + data.source()).isTrue();
      assertThat(s.path("healthcheck").toString()).as("health check of " + name).contains("/health/");
      assertThat(s.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText())
          .as("Kafka of " + name).contains("kafka-1:9092", "kafka-2:9092", "kafka-3:9092");
    });
  }

  @Test
  void sinkWritesOverTlsWithItsOwnUser() {
    JsonNode env = service("sink").path("environment");
    assertThat(env.path("ELASTICSEARCH_URL").asText()).startsWith("https://elasticsearch:");
    assertThat(env.path("ELASTICSEARCH_USERNAME").asText()).isNotIn("", "elastic");
    assertThat(env.path("ELASTICSEARCH_PASSWORD").asText()).isEqualTo(DeployFiles.composeEnv().get("INKSTREAM_ES_PASSWORD"));
    String ca = env.path("ELASTICSEARCH_CA_CERT").asText();
    assertThat(mounts(service("sink"))).as("the CA certificate " + ca + " is on a mounted volume")
        .anyMatch(m -> ca.startsWith(m.target() + "/"));
    assertThat(env.path("INKSTREAM_ES_ANALYZER").asText()).isIn("standard", "smartcn", "icu");
  }

  @Test
  void kafkaIsAThreeNodeKraftQuorum() {
    List<JsonNode> brokers = services().values().stream()
        .filter(s -> s.path("environment").has("KAFKA_PROCESS_ROLES")).toList();
    assertThat(brokers).hasSize(3);
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode b : brokers) {
      JsonNode env = b.path("environment");
      assertThat(env.path("KAFKA_PROCESS_ROLES").asText()).contains("controller").contains("broker");
      ids.add(env.path("KAFKA_NODE_ID").asText());
      assertThat(env.path("CLUSTER_ID").asText()).isEqualTo(DeployFiles.composeEnv().get("KAFKA_CLUSTER_ID"));
      assertThat(env.path("KAFKA_DEFAULT_REPLICATION_FACTOR").asText()).isEqualTo("3");
      assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText())
          .as("exactly-once Streams needs a replicated transaction log").isEqualTo("3");
    }
    assertThat(ids).containsExactlyInAnyOrder("1", "2", "3");
    String voters = brokers.get(0).path("environment").path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText();
    assertThat(voters).isEqualTo("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
  }

  @Test
  void topicScriptCreatesEveryTopicOfTopicsJava() {
    String script = DeployFiles.read(COMPOSE_DIR + "/kafka/create-topics.sh");
    Topics t = Topics.defaults();
    for (String topic : List.of(t.pages(), t.articles(), t.pageReports(), t.rules(), t.editions())) {
      assertThat(script).as("create-topics.sh, compacted " + topic)
          .containsPattern("(?m)^create " + Pattern.quote(topic) + " \\S+ cleanup\\.policy=compact");
    }
    for (String topic : List.of(t.alerts(), t.pagesDeadLetter(), t.sinkDeadLetter())) {
      assertThat(script).as("create-topics.sh, dead letters " + topic)
          .containsPattern("(?m)^create " + Pattern.quote(topic) + " \\S+ cleanup\\.policy=delete retention\\.ms=\\$thirty_days_ms");
    }
    assertThat(script).contains("thirty_days_ms=" + 30L * 24 * 3600 * 1000);
  }

  @Test
  void elasticsearchHasChineseAnalysisAndSecurity() {
    JsonNode es = service("elasticsearch");
    Path dockerfile = Path.of(es.path("build").path("context").asText()).resolve("Dockerfile");
    assertThat(dockerfile).exists();
    assertThat(dockerfile).content().contains("elasticsearch-plugin install").contains("analysis-smartcn")
        .contains("analysis-icu");
    JsonNode env = es.path("environment");
    assertThat(env.path("xpack.security.enabled").asText()).isEqualTo("true");
    assertThat(env.path("xpack.security.http.ssl.enabled").asText()).isEqualTo("true");
    assertThat(env.path("ELASTIC_PASSWORD").asText()).isEqualTo(DeployFiles.composeEnv().get("ELASTIC_PASSWORD"));

    JsonNode kibana = service("kibana").path("environment");
    assertThat(kibana.path("ELASTICSEARCH_USERNAME").asText()).isEqualTo("kibana_system");
    assertThat(kibana.path("ELASTICSEARCH_HOSTS").asText()).startsWith("https://");
    assertThat(kibana.path("XPACK_ENCRYPTEDSAVEDOBJECTS_ENCRYPTIONKEY").asText())
        .as("alerting rules need a fixed encryption key of 32+ characters").hasSizeGreaterThanOrEqualTo(32);
    assertThat(kibana.path("SERVER_SSL_ENABLED").asText()).isEqualTo("true");
    // kibana-setup talks HTTPS to Kibana and trusts the stack's CA.
    assertThat(commandOf("kibana-setup")).contains("https://kibana:5601");
    String ca = service("kibana-setup").path("environment").path("ELASTICSEARCH_CA_CERT").asText();
    assertThat(mounts(service("kibana-setup"))).anyMatch(m -> m.source().equals("es-certs") && ca.startsWith(m.target() + "/"));
    assertThat(DeployFiles.read(COMPOSE_DIR + "/elasticsearch/setup-certs.sh")).contains("- name: kibana");
    assertThat(DeployFiles.read(COMPOSE_DIR + "/elasticsearch/setup-users.sh"))
        .contains("/_security/user/kibana_system/_password").contains("/_security/user/inkstream");
  }

  @Test
  void prometheusScrapesEveryStageAndGrafanaIsProvisioned() throws IOException {
    JsonNode prometheus = DeployFiles.YAML.readTree(DeployFiles.path(COMPOSE_DIR + "/prometheus.yml").toFile());
    List<String> targets = new ArrayList<>();
    for (JsonNode job : prometheus.path("scrape_configs")) {
      if (job.path("job_name").asText().equals("inkstream")) {
        assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
        job.path("static_configs").forEach(sc -> sc.path("targets").forEach(t -> targets.add(t.asText())));
      }
    }
    inkstreamServices().forEach((name, s) -> {
      if (!oneShot(s)) {
        String port = s.path("environment").path("INKSTREAM_HTTP_PORT").asText("8080");
        assertThat(targets).as("Prometheus targets").contains(name + ":" + port);
      }
    });
    List<String> grafanaMounts = mounts(service("grafana")).stream().map(Mount::target).toList();
    assertThat(grafanaMounts).contains("/etc/grafana/provisioning", "/etc/grafana/dashboards");
    assertThat(DeployFiles.path("deploy/grafana/provisioning/datasources/prometheus.yml")).exists();
  }

  // --- fixtures -------------------------------------------------------------------------------------------------------

  /** A volume or bind mount: named volume or absolute host path, and the path in the container. */
  record Mount(String source, String target) {}

  private static final Pattern SHORT_MOUNT = Pattern.compile("([^:]+):([^:]+)(?::(ro|rw))?");

  private static List<Mount> mounts(JsonNode service) {
    List<Mount> mounts = new ArrayList<>();
    for (JsonNode v : service.path("volumes")) {
      if (v.isTextual()) {
        Matcher m = SHORT_MOUNT.matcher(v.asText());
        if (!m.matches()) {
          throw new AssertionError("cannot read volume '" + v.asText() + "'");
        }
        mounts.add(new Mount(m.group(1), m.group(2)));
      } else {
        mounts.add(new Mount(v.path("source").asText(), v.path("target").asText()));
      }
    }
    return mounts;
  }

  private static Map<String, JsonNode> services() {
    Map<String, JsonNode> services = new LinkedHashMap<>();
    config.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
    return services;
  }

  private static Map<String, JsonNode> inkstreamServices() {
    Map<String, JsonNode> services = new LinkedHashMap<>();
    services().forEach((name, s) -> {
      if (s.path("image").asText().startsWith("inkstream:")) {
        services.put(name, s);
      }
    });
    return services;
  }

  private static JsonNode service(String name) {
    JsonNode s = config.path("services").path(name);
    assertThat(s.isMissingNode()).as("service " + name + " exists").isFalse();
    return s;
  }

  private static List<String> commandOf(String name) {
    JsonNode c = service(name).path("command");
    return StreamSupport.stream(c.spliterator(), false).map(JsonNode::asText).toList();
  }

  /** One-shot services run a setup step and exit: restart "no". */
  private static boolean oneShot(JsonNode service) {
    return service.path("restart").asText().equals("no");
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String findOnPath(String binary) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, binary);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
