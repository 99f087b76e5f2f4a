package org.inkstream.launcher;

import co.elastic.clients.transport.TransportUtils;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.inkstream.core.Json;

/**
 * Loads Inkstream's Kibana objects through Kibana's own APIs, so that an upgrade is just running it again:
 *
 * <ol>
 *   <li>{@code POST /api/saved_objects/_import?overwrite=true} with {@code inkstream.ndjson} (data views, saved
 *       searches, the newsroom dashboard);
 *   <li>for each {@code rules/NAME.json}: {@code POST /api/alerting/rule/inkstream-NAME}, and when the rule exists
 *       (409) a {@code PUT} of the same body without {@code rule_type_id} and {@code consumer}, which the update API
 *       refuses.
 * </ol>
 *
 * Any other answer than success fails the import with Kibana's own message.
 */
final class KibanaImporter {

  /** How the importer authenticates: nothing, basic, or an API key. */
  record Auth(String header) {

    static Auth fromEnvironment(String username, Map<String, String> environment) {
      String apiKey = environment.get("ELASTICSEARCH_API_KEY");
      if (apiKey != null && !apiKey.isBlank()) {
        return new Auth("ApiKey " + apiKey);
      }
      if (username != null && !username.isBlank()) {
        String password = environment.getOrDefault("ELASTICSEARCH_PASSWORD", "");
        String pair = username + ":" + password;
        return new Auth("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      }
      return new Auth(null);
    }

    @Override
    public String toString() {
      return header == null ? "Auth[none]" : "Auth[***]";
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI kibana;
  private final Auth auth;
  private final HttpClient http;

  KibanaImporter(URI kibana, Auth auth, Path caCertificate) throws IOException {
    this.kibana = kibana;
    this.auth = auth;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
    if (caCertificate != null) {
      builder.sslContext(TransportUtils.sslContextFromHttpCaCrt(caCertificate.toFile()));
    }
    this.http = builder.build();
  }

  /** {@code kibana/} beside the running jar (the image's layout), else the project's {@code deploy/kibana}. */
  static Path defaultDirectory() {
    try {
      Path jar = Path.of(KibanaImporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path besideJar = jar.resolveSibling("kibana");
      if (Files.isDirectory(besideJar)) {
        return besideJar;
      }
    } catch (URISyntaxException | RuntimeException e) {
      // not run from a jar: fall through to the project layout
    }
    return Path.of(System.getProperty("inkstream.home", ".")).resolve("deploy").resolve("kibana");
  }

  /** Imports everything in {@code dir}; returns one line per object set, for the user. */
  List<String> importAll(Path dir) throws IOException, InterruptedException {
    Path ndjson = dir.resolve("inkstream.ndjson");
    if (!Files.isRegularFile(ndjson)) {
      throw new IllegalArgumentException("no " + ndjson + ": give the folder of Inkstream's Kibana objects with "
          + "--kibana-dir");
    }
    List<String> done = new ArrayList<>();
    done.add(importSavedObjects(ndjson));
    Path rules = dir.resolve("rules");
    if (Files.isDirectory(rules)) {
      try (Stream<Path> files = Files.list(rules)) {
        for (Path rule : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          done.add(putRule(rule));
        }
      }
    }
    return done;
  }

  private String importSavedObjects(Path ndjson) throws IOException, InterruptedException {
    String boundary = "inkstream-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + ndjson.getFileName() + "\"\r\nContent-Type: application/ndjson\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(ndjson));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = send(request("/api/saved_objects/_import?overwrite=true")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    requireSuccess(response, "importing " + ndjson.getFileName());
    return "imported " + ndjson.getFileName() + ": " + response.body();
  }

  private String putRule(Path file) throws IOException, InterruptedException {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    String path = "/api/alerting/rule/inkstream-" + name;
    String body = Files.readString(file);
    HttpResponse<String> created = send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (created.statusCode() != 409) {
      requireSuccess(created, "creating rule " + name);
      return "created rule inkstream-" + name;
    }
    ObjectNode update = (ObjectNode) Json.mapper().readTree(body);
    update.remove("rule_type_id");
    update.remove("consumer");
    HttpResponse<String> updated = send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(update))));
    requireSuccess(updated, "updating rule " + name);
    return "updated rule inkstream-" + name;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(kibana.resolve(path)).timeout(TIMEOUT)
        .header("kbn-xsrf", "true");
    if (auth.header() != null) {
      builder.header("Authorization", auth.header());
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void requireSuccess(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + " failed: Kibana answered " + response.statusCode() + ": "
          + response.body());
    }
  }
}
