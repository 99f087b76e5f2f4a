package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/**
 * The sink's start-up check ({@link ElasticsearchClients#awaitConnection}) waits for an Elasticsearch that is not
 * there yet, gives up at its deadline, and ends at once on refused credentials. A JDK HTTP server stands in for the
 * cluster's health endpoint; delays are milliseconds and every wait is on a condition.
 */
class ElasticsearchStartupTest {

  private static final Duration FIRST_DELAY = Duration.ofMillis(10);
  private static final Duration MAX_DELAY = Duration.ofMillis(40);

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger waitLogger = (Logger) LoggerFactory.getLogger(StartupWait.class);
  private HttpServer server;

  @BeforeEach
  void captureLog() {
    log.start();
    waitLogger.addAppender(log);
  }

  @AfterEach
  void stop() {
    waitLogger.detachAppender(log);
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void shouldWaitWhileNothingListensAndProceedOnceElasticsearchAnswers() throws Exception {
    int port = freePort();
    SinkConfig config = config(port);
    StartupWait wait = new StartupWait(null, FIRST_DELAY, MAX_DELAY);
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      CompletableFuture<Void> startup = startWaiting(client, config, wait);
      server = serve(port, 200, HEALTH);

      startup.get(20, TimeUnit.SECONDS);
    }
    assertThat(wait.attempts()).isGreaterThanOrEqualTo(4);
    assertThat(log.list).as("one line per failed attempt").hasSize(wait.attempts() - 1)
        .allSatisfy(line -> {
          assertThat(line.getLevel()).isEqualTo(Level.WARN);
          assertThat(line.getFormattedMessage()).contains("waiting for Elasticsearch at http://127.0.0.1:" + port,
              "cannot reach Elasticsearch", "next attempt in");
        });
  }

  @Test
  void shouldKeepAskingWhileElasticsearchAnswersUnavailable() throws Exception {
    int port = freePort();
    server = serve(port, 503, ERROR_503);
    SinkConfig config = config(port);
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      StartupWait wait = new StartupWait(null, FIRST_DELAY, MAX_DELAY);
      CompletableFuture<Void> startup = startWaiting(client, config, wait);
      server.stop(0);
      server = serve(port, 200, HEALTH);

      startup.get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void shouldGiveUpAtTheDeadlineSayingWhatElasticsearchAnswered() throws Exception {
    int port = freePort();
    server = serve(port, 503, ERROR_503);
    SinkConfig config = config(port);
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      StartupWait wait = new StartupWait(Duration.ofMillis(300), FIRST_DELAY, MAX_DELAY);
      assertThatThrownBy(() -> ElasticsearchClients.awaitConnection(client, config, wait))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is not ready: it answered 503");
    }
  }

  @ParameterizedTest
  @CsvSource({"401, refused the credentials", "403, denied the user the cluster:monitor privilege"})
  void shouldEndAtOnceOnAConfigurationError(int status, String message) throws Exception {
    int port = freePort();
    server = serve(port, status, error("security_exception", status));
    SinkConfig config = config(port);
    StartupWait wait = new StartupWait(null, FIRST_DELAY, MAX_DELAY);
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      assertThatThrownBy(() -> ElasticsearchClients.awaitConnection(client, config, wait))
          .isNotInstanceOf(UnavailableException.class)
          .hasMessageContaining(message);
    }
    assertThat(wait.attempts()).isEqualTo(1);
    assertThat(log.list).as("no waiting logged").isEmpty();
  }

  @Test
  void shouldGiveUpAtTheStartupDeadline() throws Exception {
    int port = freePort();
    SinkConfig config = config(port);
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      StartupWait wait = new StartupWait(Duration.ofMillis(300), FIRST_DELAY, MAX_DELAY);
      assertThatThrownBy(() -> ElasticsearchClients.awaitConnection(client, config, wait))
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(UnavailableException.class)
          .hasMessageStartingWith("gave up waiting for Elasticsearch at http://127.0.0.1:" + port
              + " after the start-up timeout of PT0.3S")
          .hasMessageContaining("cannot reach Elasticsearch");
    }
  }

  /** Starts the start-up check in the background and returns once it has tried three times and is still waiting. */
  private static CompletableFuture<Void> startWaiting(ElasticsearchClient client, SinkConfig config,
      StartupWait wait) {
    CompletableFuture<Void> startup =
        CompletableFuture.runAsync(() -> ElasticsearchClients.awaitConnection(client, config, wait));
    await().atMost(Duration.ofSeconds(20)).until(() -> wait.attempts() >= 3);
    assertThat(startup).as("still waiting, not failed").isNotDone();
    return startup;
  }

  private static SinkConfig config(int port) {
    return SinkConfig.builder().bootstrapServers("127.0.0.1:9")
        .elasticsearchUrl(URI.create("http://127.0.0.1:" + port)).build();
  }

  /** A port nothing listens on (until a test serves on it). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Answers every request with {@code status} and {@code body}, as Elasticsearch does (its product header too). */
  private static HttpServer serve(int port, int status, String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static final String HEALTH = """
      {"cluster_name":"test","status":"green","timed_out":false,"number_of_nodes":1,"number_of_data_nodes":1,
       "active_primary_shards":0,"active_shards":0,"relocating_shards":0,"initializing_shards":0,
       "unassigned_shards":0,"unassigned_primary_shards":0,"delayed_unassigned_shards":0,
       "number_of_pending_tasks":0,"number_of_in_flight_fetch":0,"task_max_waiting_in_queue_millis":0,
       "active_shards_percent_as_number":100.0}""";

  private static String error(String type, int status) {
    return "{\"error\":{\"root_cause\":[{\"type\":\"" + type + "\",\"reason\":\"test\"}],\"type\":\"" + type
        + "\",\"reason\":\"test\"},\"status\":" + status + "}";
  }

  private static final String ERROR_503 = error("cluster_block_exception", 503);
}
