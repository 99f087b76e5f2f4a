package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inkstream.core.Topics;
import org.inkstream.topology.EnrichConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (deploy/k8s): every file parses, the workloads are probed and sized, the Inkstream
 * containers set only contract variables, and the Strimzi, ECK and KEDA resources agree with the code (topic names of
 * {@link Topics#defaults()}, the Streams application id of {@link EnrichConfig}) and with each other.
 */
class KubernetesManifestsTest {

  private static final String DIR = "deploy/k8s";
  private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "Job");
  private static final long THIRTY_DAYS_MS = 30L * 24 * 3600 * 1000;

  /** Every document of every manifest, with the file it came from. */
  private static final List<Resource> resources = new ArrayList<>();

  record Resource(String file, JsonNode doc) {
    String kind() {
      return doc.path("kind").asText();
    }

    String name() {
      return doc.path("metadata").path("name").asText();
    }

    @Override
    public String toString() {
      return kind() + "/" + name() + " (" + file + ")";
    }
  }

  @BeforeAll
  static void parseEveryManifest() throws IOException {
    try (Stream<Path> files = Files.list(DeployFiles.path(DIR))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode doc : DeployFiles.yamlDocuments(f)) {
          resources.add(new Resource(f.getFileName().toString(), doc));
        }
      }
    }
  }

  @Test
  void everyDocumentIsAKubernetesObject() {
    assertThat(resources).isNotEmpty();
    Set<String> seen = new LinkedHashSet<>();
    for (Resource r : resources) {
      assertThat(r.doc().path("apiVersion").asText()).as("apiVersion of " + r).isNotBlank();
      assertThat(r.kind()).as("kind in " + r.file()).isNotBlank();
      if (!r.kind().equals("Kustomization")) {
        assertThat(r.name()).as("metadata.name of " + r).isNotBlank();
        assertThat(seen.add(r.kind() + "/" + r.name())).as("duplicate " + r).isTrue();
      }
    }
  }

  @Test
  void manifestsSpellEverythingOut() throws IOException {
    // Jackson (these tests) reads an alias as its name, and older kustomize releases do not expand aliases at all.
    try (Stream<Path> files = Files.list(DeployFiles.path(DIR))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        assertThat(Files.readString(f)).as(f.getFileName() + " uses a YAML anchor or alias: write the value out")
            .doesNotContainPattern("(?m):\\s+[&*][A-Za-z]");
      }
    }
  }

  @Test
  void selectorsSelectThePodsTheyAreFor() {
    List<JsonNode> podLabels = new ArrayList<>();
    for (Resource w : resources.stream().filter(r -> WORKLOAD_KINDS.contains(r.kind())).toList()) {
      JsonNode labels = w.doc().path("spec").path("template").path("metadata").path("labels");
      podLabels.add(labels);
      if (!w.kind().equals("Job")) {
        assertThat(selects(w.doc().path("spec").path("selector").path("matchLabels"), labels))
            .as("selector of " + w + " matches its pod template").isTrue();
      }
    }
    for (Resource r : resources) {
      JsonNode selector = switch (r.kind()) {
        case "PodDisruptionBudget" -> r.doc().path("spec").path("selector").path("matchLabels");
        case "Service" -> r.doc().path("spec").path("selector");
        default -> null;
      };
      if (selector != null) {
        assertThat(podLabels.stream().filter(l -> selects(selector, l)).count()).as("pods selected by " + r)
            .isEqualTo(1);
      }
    }
    // Prometheus scrapes the three stages.
    JsonNode monitor = one("PodMonitor").path("spec").path("selector").path("matchLabels");
    for (String stage : List.of("inkstream-ingest", "inkstream-enrich", "inkstream-sink")) {
      assertThat(selects(monitor, podSpecLabels(workload(stage)))).as("PodMonitor selects " + stage).isTrue();
    }
  }

  @Test
  void serviceAddressesNameTheKustomizationNamespace() {
    String namespace = one("Kustomization").path("namespace").asText();
    assertThat(namespace).isNotBlank();
    Pattern svc = Pattern.compile("[a-z0-9-]+\\.([a-z0-9-]+)\\.svc\\b");
    int addresses = 0;
    for (Resource r : resources) {
      Matcher m = svc.matcher(r.doc().toString());
      while (m.find()) {
        addresses++;
        assertThat(m.group(1)).as("namespace of " + m.group() + " in " + r).isEqualTo(namespace);
      }
    }
    assertThat(addresses).as("service addresses checked").isGreaterThanOrEqualTo(4);
  }

  @Test
  void kustomizationListsEveryManifest() throws IOException {
    JsonNode k = one("Kustomization");
    Set<String> listed = new LinkedHashSet<>();
    k.path("resources").forEach(r -> listed.add(r.asText()));
    Set<String> files = new LinkedHashSet<>();
    try (Stream<Path> s = Files.list(DeployFiles.path(DIR))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
          .forEach(files::add);
    }
    assertThat(listed).as("kustomization.yaml resources").containsExactlyInAnyOrderElementsOf(files);
    assertThat(k.path("images").toString()).as("image override of the inkstream image").contains("\"name\":\"inkstream\"");
  }

  @Test
  void everyWorkloadContainerHasResourcesAndEveryServiceProbes() {
    List<Resource> workloads = resources.stream().filter(r -> WORKLOAD_KINDS.contains(r.kind())).toList();
    assertThat(workloads).extracting(Resource::name)
        .contains("inkstream-ingest", "inkstream-enrich", "inkstream-sink", "inkstream-kibana-import");
    for (Resource w : workloads) {
      for (JsonNode c : podSpec(w).path("containers")) {
        String what = w + " container " + c.path("name").asText();
        for (String kind : List.of("requests", "limits")) {
          for (String res : List.of("cpu", "memory")) {
            assertThat(c.path("resources").path(kind).path(res).asText()).as(res + " " + kind + " of " + what)
                .isNotBlank();
          }
        }
        if (w.kind().equals("Job")) {
          continue;
        }
        // Long-running stages: liveness restarts a hung JVM, readiness says the stage does its work.
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).as("liveness of " + what)
            .isEqualTo("/health/live");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).as("readiness of " + what)
            .isEqualTo("/health/ready");
        String probePort = c.path("readinessProbe").path("httpGet").path("port").asText();
        assertThat(containerPorts(c)).as("probe port of " + what).containsKey(probePort);
        assertThat(containerPorts(c).get(probePort)).as("container port of " + what)
            .isEqualTo(Integer.parseInt(configMap().path("INKSTREAM_HTTP_PORT").asText()));
      }
    }
  }

  @Test
  void inkstreamContainersSetOnlyContractVariables() {
    Set<String> contract = DeployFiles.envContract();
    assertThat(configMapKeys()).as("ConfigMap inkstream-env (deploy/env-contract.txt)").isSubsetOf(contract);
    for (Resource w : inkstreamWorkloads()) {
      for (JsonNode c : inkstreamContainers(w)) {
        Set<String> names = new LinkedHashSet<>();
        c.path("env").forEach(e -> names.add(e.path("name").asText()));
        assertThat(names).as("env of " + w + " (deploy/env-contract.txt)").isSubsetOf(contract);
        for (JsonNode from : c.path("envFrom")) {
          assertThat(from.path("configMapRef").path("name").asText()).as("envFrom of " + w).isEqualTo("inkstream-env");
        }
      }
    }
  }

  @Test
  void inkstreamPodsRunAsTheImageUserWithTheirDataAndCertificatesMounted() {
    String dataDir = configMap().path("INKSTREAM_DATA_DIR").asText();
    String truststore = configMap().path("KAFKA_SSL_TRUSTSTORE_LOCATION").asText();
    assertThat(DeployFiles.read("Dockerfile")).contains("USER 10001:10001");
    for (Resource w : inkstreamWorkloads()) {
      JsonNode pod = podSpec(w);
      assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("runAsNonRoot of " + w).isTrue();
      assertThat(pod.path("securityContext").path("runAsUser").asInt()).as("uid of " + w).isEqualTo(10001);
      Set<String> volumes = new LinkedHashSet<>();
      pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
      w.doc().path("spec").path("volumeClaimTemplates").forEach(v -> volumes.add(v.path("metadata").path("name").asText()));
      for (JsonNode c : inkstreamContainers(w)) {
        Map<String, String> mounts = new LinkedHashMap<>();
        c.path("volumeMounts").forEach(m -> mounts.put(m.path("mountPath").asText(), m.path("name").asText()));
        assertThat(volumes).as("volumes of " + w).containsAll(mounts.values());
        if (c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()) {
          assertThat(mounts).as("writable /tmp of " + w + " (read-only root; RocksDB unpacks there)").containsKey("/tmp");
        }
        if (usesConfigMap(c)) {
          String caDir = truststore.substring(0, truststore.lastIndexOf('/'));
          assertThat(mounts).as("Kafka truststore directory of " + w).containsKey(caDir);
        }
        if (!w.kind().equals("Job")) {
          assertThat(mounts).as("INKSTREAM_DATA_DIR volume of " + w).containsKey(dataDir);
        }
      }
    }
    // Enrich keeps its Streams state across restarts: a claim per instance, not an emptyDir.
    JsonNode enrich = workload("inkstream-enrich").doc();
    assertThat(enrich.path("kind").asText()).isEqualTo("StatefulSet");
    assertThat(enrich.path("spec").path("volumeClaimTemplates").toString()).contains("\"name\":\"state\"");
    String caPath = configMap().path("ELASTICSEARCH_CA_CERT").asText();
    assertThat(inkstreamContainers(workload("inkstream-sink")).get(0).path("volumeMounts").toString())
        .as("sink mounts the Elasticsearch CA " + caPath)
        .contains("\"mountPath\":\"" + caPath.substring(0, caPath.lastIndexOf('/')) + "\"");
  }

  @Test
  void referencedSecretsAreDeclaredCreatedByAnOperatorOrDocumented() {
    Set<String> known = new LinkedHashSet<>();
    for (Resource r : resources) {
      switch (r.kind()) {
        case "Secret" -> known.add(r.name());
        case "KafkaUser" -> known.add(r.name()); // Strimzi: password and sasl.jaas.config
        case "Kafka" -> known.add(r.name() + "-cluster-ca-cert"); // Strimzi: ca.crt, ca.p12, ca.password
        case "Elasticsearch" -> {
          known.add(r.name() + "-es-elastic-user"); // ECK: the elastic superuser
          known.add(r.name() + "-es-http-certs-public"); // ECK: the HTTP CA
        }
        case "Kibana" -> known.add(r.name() + "-kb-http-certs-public");
        default -> { }
      }
    }
    String readme = DeployFiles.read("deploy/README.md");
    for (Resource r : resources) {
      List<String> refs = new ArrayList<>();
      r.doc().findValues("secretKeyRef").forEach(ref -> refs.add(ref.path("name").asText()));
      r.doc().findValues("secret").forEach(s -> refs.add(s.path("secretName").asText()));
      r.doc().findValues("secretTargetRef").forEach(list -> list.forEach(s -> refs.add(s.path("name").asText())));
      r.doc().findValues("fileRealm").forEach(list -> list.forEach(s -> refs.add(s.path("secretName").asText())));
      for (String secret : refs) {
        if (!known.contains(secret)) {
          assertThat(readme).as("Secret " + secret + " used by " + r + " is neither declared nor made by an operator: "
              + "deploy/README.md must say how to create it").contains("create secret generic " + secret);
        }
      }
    }
  }

  @Test
  void kafkaTopicsAreTheTopicsOfTopicsJava() {
    Topics t = Topics.defaults();
    String cluster = one("Kafka").path("metadata").path("name").asText();
    Map<String, JsonNode> topics = new LinkedHashMap<>();
    for (Resource r : ofKind("KafkaTopic")) {
      JsonNode spec = r.doc().path("spec");
      topics.put(spec.path("topicName").asText(r.name()), spec);
      assertThat(r.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText())
          .as("cluster label of " + r).isEqualTo(cluster);
      int replicas = spec.path("replicas").asInt();
      assertThat(replicas).as("replicas of " + r).isBetween(3, brokerCount());
      assertThat(spec.path("config").path("min.insync.replicas").asInt()).as("min ISR of " + r)
          .isBetween(2, replicas - 1);
    }
    assertThat(topics.keySet()).containsExactlyInAnyOrder(
        t.pages(), t.articles(), t.pageReports(), t.rules(), t.alerts(), t.pagesDeadLetter(), t.sinkDeadLetter(),
        t.editions());
    for (String compacted : List.of(t.pages(), t.articles(), t.pageReports(), t.rules(), t.editions())) {
      assertThat(topics.get(compacted).path("config").path("cleanup.policy").asText()).as(compacted)
          .isEqualTo("compact");
    }
    for (String deadLetter : List.of(t.alerts(), t.pagesDeadLetter(), t.sinkDeadLetter())) {
      JsonNode config = topics.get(deadLetter).path("config");
      assertThat(config.path("cleanup.policy").asText()).as(deadLetter).isEqualTo("delete");
      assertThat(config.path("retention.ms").asLong()).as("retention of " + deadLetter).isEqualTo(THIRTY_DAYS_MS);
    }
    // Streams co-partitions pages and its output: keep them equal.
    assertThat(topics.get(t.articles()).path("partitions").asInt()).isEqualTo(partitionsOfPages());
  }

  @Test
  void kafkaIsKraftWithAControllerQuorumAndTlsScramClients() {
    JsonNode kafka = one("Kafka");
    String cluster = kafka.path("metadata").path("name").asText();
    assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
    assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
    int controllers = 0;
    for (Resource pool : ofKind("KafkaNodePool")) {
      assertThat(pool.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(cluster);
      if (pool.doc().path("spec").path("roles").toString().contains("controller")) {
        controllers += pool.doc().path("spec").path("replicas").asInt();
      }
    }
    assertThat(controllers).as("controller quorum size (odd, 3 or more)").isGreaterThanOrEqualTo(3).isOdd();
    assertThat(brokerCount()).isGreaterThanOrEqualTo(3);
    JsonNode listener = kafka.path("spec").path("kafka").path("listeners").get(0);
    assertThat(listener.path("tls").asBoolean()).isTrue();
    assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
    assertThat(configMap().path("KAFKA_BOOTSTRAP_SERVERS").asText())
        .startsWith(cluster + "-kafka-bootstrap.").endsWith(":" + listener.path("port").asInt());
    assertThat(configMap().path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
    assertThat(configMap().path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");

    String acls = one("KafkaUser").path("spec").path("authorization").path("acls").toString();
    Topics t = Topics.defaults();
    for (String topic : List.of(t.pages(), t.articles(), t.pageReports(), t.pagesDeadLetter(), t.sinkDeadLetter(),
        t.alerts(), t.editions())) {
      assertThat(acls).as("ACL for topic " + topic).contains("\"name\":\"" + topic + "\"");
    }
    assertThat(acls).as("ACL for Streams' transactional ids").contains("\"type\":\"transactionalId\"");
  }

  @Test
  void elasticsearchAndKibanaRunTheComposeVersionWithTheChinesePlugins() {
    String version = DeployFiles.composeEnv().get("ELASTIC_VERSION");
    JsonNode es = one("Elasticsearch");
    assertThat(es.path("spec").path("version").asText()).isEqualTo(version);
    int nodes = 0;
    for (JsonNode set : es.path("spec").path("nodeSets")) {
      nodes += set.path("count").asInt();
      assertThat(set.path("podTemplate").path("spec").path("initContainers").toString())
          .as("plugin init container of node set " + set.path("name").asText())
          .contains("elasticsearch-plugin install").contains("analysis-smartcn");
    }
    assertThat(nodes).as("Elasticsearch nodes").isGreaterThanOrEqualTo(3);
    JsonNode kibana = one("Kibana");
    assertThat(kibana.path("spec").path("version").asText()).isEqualTo(version);
    assertThat(kibana.path("spec").path("elasticsearchRef").path("name").asText())
        .isEqualTo(es.path("metadata").path("name").asText());
    assertThat(configMap().path("ELASTICSEARCH_URL").asText())
        .startsWith("https://" + es.path("metadata").path("name").asText() + "-es-http.");
  }

  @Test
  void enrichScalesOnTheLagOfItsStreamsApplicationUpToThePartitionsOfPages() {
    JsonNode scaled = one("ScaledObject");
    JsonNode target = scaled.path("spec").path("scaleTargetRef");
    Resource enrich = workload(target.path("name").asText());
    assertThat(enrich.kind()).isEqualTo(target.path("kind").asText());
    assertThat(podSpec(enrich).path("containers").get(0).path("args").toString()).contains("\"enrich\"");

    JsonNode trigger = scaled.path("spec").path("triggers").get(0);
    assertThat(trigger.path("type").asText()).isEqualTo("kafka");
    JsonNode meta = trigger.path("metadata");
    String applicationId = EnrichConfig.of("unused:9092", Path.of("unused")).applicationId();
    assertThat(meta.path("consumerGroup").asText()).as("the Streams application id is the group").isEqualTo(applicationId);
    assertThat(meta.path("topic").asText()).isEqualTo(Topics.defaults().pages());
    assertThat(meta.path("bootstrapServers").asText()).isEqualTo(configMap().path("KAFKA_BOOTSTRAP_SERVERS").asText());
    assertThat(Integer.parseInt(meta.path("lagThreshold").asText())).isPositive();
    int min = scaled.path("spec").path("minReplicaCount").asInt();
    int max = scaled.path("spec").path("maxReplicaCount").asInt();
    assertThat(min).isBetween(1, max);
    assertThat(max).as("more enrich instances than partitions of pages would sit idle").isLessThanOrEqualTo(partitionsOfPages());
    assertThat(trigger.path("authenticationRef").path("name").asText()).isEqualTo(one("TriggerAuthentication")
        .path("metadata").path("name").asText());
  }

  // --- fixtures -------------------------------------------------------------------------------------------------------

  private static boolean selects(JsonNode matchLabels, JsonNode labels) {
    if (matchLabels.isEmpty()) {
      return false;
    }
    var it = matchLabels.fields();
    while (it.hasNext()) {
      var e = it.next();
      if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode podSpecLabels(Resource workload) {
    return workload.doc().path("spec").path("template").path("metadata").path("labels");
  }

  private static List<Resource> ofKind(String kind) {
    return resources.stream().filter(r -> r.kind().equals(kind)).toList();
  }

  private static JsonNode one(String kind) {
    List<Resource> all = ofKind(kind);
    assertThat(all).as("resources of kind " + kind).hasSize(1);
    return all.get(0).doc();
  }

  private static Resource workload(String name) {
    return resources.stream().filter(r -> WORKLOAD_KINDS.contains(r.kind()) && r.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no workload " + name + " in " + DIR));
  }

  private static JsonNode podSpec(Resource workload) {
    return workload.doc().path("spec").path("template").path("spec");
  }

  private static List<Resource> inkstreamWorkloads() {
    return resources.stream().filter(r -> WORKLOAD_KINDS.contains(r.kind()) && !inkstreamContainers(r).isEmpty())
        .toList();
  }

  /** Containers of the Inkstream image (named "inkstream"; kustomization.yaml sets the registry and tag). */
  private static List<JsonNode> inkstreamContainers(Resource workload) {
    List<JsonNode> containers = new ArrayList<>();
    podSpec(workload).path("containers").forEach(c -> {
      if (c.path("image").asText().equals("inkstream")) {
        containers.add(c);
      }
    });
    return containers;
  }

  private static boolean usesConfigMap(JsonNode container) {
    return container.path("envFrom").size() > 0;
  }

  private static JsonNode configMap() {
    return resources.stream().filter(r -> r.kind().equals("ConfigMap") && r.name().equals("inkstream-env"))
        .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap inkstream-env")).doc().path("data");
  }

  private static Set<String> configMapKeys() {
    Set<String> keys = new LinkedHashSet<>();
    configMap().fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Map<String, Integer> containerPorts(JsonNode container) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (JsonNode p : container.path("ports")) {
      int port = p.path("containerPort").asInt();
      ports.put(p.path("name").asText(), port);
      ports.put(Integer.toString(port), port);
    }
    return ports;
  }

  private static int brokerCount() {
    int brokers = 0;
    for (Resource pool : ofKind("KafkaNodePool")) {
      if (pool.doc().path("spec").path("roles").toString().contains("broker")) {
        brokers += pool.doc().path("spec").path("replicas").asInt();
      }
    }
    return brokers;
  }

  private static int partitionsOfPages() {
    return ofKind("KafkaTopic").stream().map(Resource::doc)
        .filter(d -> d.path("spec").path("topicName").asText().equals(Topics.defaults().pages()))
        .findFirst().orElseThrow().path("spec").path("partitions").asInt();
  }
}
