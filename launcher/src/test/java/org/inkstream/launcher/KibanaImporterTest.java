package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer against a stand-in Kibana that records what it is sent and answers as Kibana does. */
class KibanaImporterTest {

  private record Call(String method, String path, String auth, String xsrf, String body) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private HttpServer kibana;
  private int ruleStatus = 200;

  @BeforeEach
  void startKibana() throws IOException {
    kibana = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    kibana.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
          exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("kbn-xsrf"),
          body));
      int status = exchange.getRequestURI().getPath().startsWith("/api/alerting") && "POST".equals(
          exchange.getRequestMethod()) ? ruleStatus : 200;
      byte[] answer = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    kibana.start();
  }

  @AfterEach
  void stopKibana() {
    kibana.stop(0);
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + kibana.getAddress().getPort());
  }

  @Test
  void shouldImportTheProjectsSavedObjectsAndCreateItsRules() throws Exception {
    KibanaImporter importer = new KibanaImporter(url(),
        KibanaImporter.Auth.fromEnvironment("elastic", Map.of("ELASTICSEARCH_PASSWORD", "changeme")), null);

    List<String> done = importer.importAll(Path.of("..", "deploy", "kibana"));

    Call imported = calls.get(0);
    assertThat(imported.method()).isEqualTo("POST");
    assertThat(imported.path()).isEqualTo("/api/saved_objects/_import?overwrite=true");
    assertThat(imported.xsrf()).isEqualTo("true");
    assertThat(imported.auth()).isEqualTo("Basic ZWxhc3RpYzpjaGFuZ2VtZQ=="); // elastic:changeme
    assertThat(imported.body()).contains("filename=\"inkstream.ndjson\"", "\"type\":\"dashboard\"");
    assertThat(calls.subList(1, calls.size())).extracting(Call::path)
        .contains("/api/alerting/rule/inkstream-flood-control")
        .allMatch(path -> path.startsWith("/api/alerting/rule/inkstream-"));
    assertThat(done).hasSize(calls.size());
  }

  @Test
  void shouldUpdateARuleThatExistsWithoutTheFieldsTheUpdateApiRefuses(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("inkstream.ndjson"), "{\"type\":\"index-pattern\",\"id\":\"x\"}\n");
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/flood.json"),
        "{\"name\":\"防汛\",\"rule_type_id\":\".es-query\",\"consumer\":\"stackAlerts\",\"params\":{}}");
    ruleStatus = 409;

    List<String> done = new KibanaImporter(url(), KibanaImporter.Auth.fromEnvironment(null,
        Map.of("ELASTICSEARCH_API_KEY", "a2V5")), null).importAll(dir);

    Call put = calls.get(calls.size() - 1);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/api/alerting/rule/inkstream-flood");
    assertThat(put.auth()).isEqualTo("ApiKey a2V5");
    assertThat(put.body()).contains("\"name\":\"防汛\"").doesNotContain("rule_type_id", "consumer");
    assertThat(done).containsExactly(done.get(0), "updated rule inkstream-flood");
  }

  @Test
  void shouldFailWithKibanasMessage(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("inkstream.ndjson"), "{}\n");
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/bad.json"), "{}");
    ruleStatus = 400;

    assertThatThrownBy(() -> new KibanaImporter(url(), KibanaImporter.Auth.fromEnvironment(null, Map.of()), null)
        .importAll(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("creating rule bad failed: Kibana answered 400");
    assertThatThrownBy(() -> new KibanaImporter(url(), KibanaImporter.Auth.fromEnvironment(null, Map.of()), null)
        .importAll(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--kibana-dir");
  }
}
