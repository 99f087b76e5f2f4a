package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link AlertWebhook#post}: retries what may pass later, gives up on what will not. */
class AlertWebhookTest {

  private static final String ALERT = "{\"rule_id\":\"flood\",\"article_id\":\"p-01\",\"headline\":\"防汛\"}";

  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 503;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      int status = failuresLeft.getAndDecrement() > 0 ? failureStatus : 204;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private AlertWebhook webhook(int maxAttempts) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    return new AlertWebhook(url, "unused:9092", Map.of(), "alerts", "webhook", maxAttempts, Duration.ofMillis(10),
        Duration.ofSeconds(5));
  }

  @Test
  void shouldRetryServerErrorsUntilTheWebhookTakesTheAlert() {
    failuresLeft.set(2); // two 503s, then 204

    AlertWebhook webhook = webhook(5);

    assertThat(webhook.post("flood:p-01", ALERT)).isTrue();
    assertThat(bodies).hasSize(3).containsOnly(ALERT);
    assertThat(webhook.delivered()).isEqualTo(1);
  }

  @Test
  void shouldGiveUpOnARefusalWithoutRetrying() {
    failuresLeft.set(1);
    failureStatus = 400;

    AlertWebhook webhook = webhook(5);

    assertThat(webhook.post("flood:p-01", ALERT)).isFalse();
    assertThat(bodies).hasSize(1);
    assertThat(webhook.undelivered()).isEqualTo(1);
  }

  @Test
  void shouldRejectANonPositiveRequestTimeout() {
    URI url = URI.create("http://127.0.0.1:1/hook");

    assertThatThrownBy(() -> new AlertWebhook(url, "unused:9092", Map.of(), "alerts", "webhook", 3,
        Duration.ofMillis(10), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request timeout");
  }

  @Test
  void shouldNameTheRetractedAlertInTheRetractionEvent() {
    assertThat(AlertWebhook.retraction("flood:p-01"))
        .isEqualTo("{\"event\":\"retracted\",\"alert_id\":\"flood:p-01\"}");
  }

  @Test
  void shouldGiveUpAfterTheLastAttempt() {
    failuresLeft.set(10);
    failureStatus = 429;

    AlertWebhook webhook = webhook(3);

    assertThat(webhook.post("flood:p-01", ALERT)).isFalse();
    assertThat(bodies).hasSize(3);
  }
}
