package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.inkstream.core.Json;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link AlertWebhook} on the broker of {@link LocalStack}, posting to a webhook that answers, hangs, or answers half
 * and stalls (issue 17, items 1 and 2): a retracted alert is posted as a retraction, a hung post times out within the
 * request timeout, and {@code close()} returns within its bound while one hangs.
 */
class AlertWebhookOutageTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
  /** Time allowed beyond a bound on this shared, loaded machine. */
  private static final Duration SLACK = Duration.ofSeconds(5);
  private static final String ALERT = "{\"rule_id\":\"flood\",\"article_id\":\"p-1-01\",\"headline\":\"防汛\"}";

  /** How the test webhook answers. */
  enum Answer {
    /** 204 at once. */
    AT_ONCE,
    /** Never. */
    SILENT,
    /** Headers and half the body, then nothing. */
    HALF_ANSWER
  }

  private final LocalStack stack = LocalStack.global();
  private final String topic = "t" + UUID.randomUUID().toString().substring(0, 8) + "-alerts";
  private final String group = topic + "-webhook";
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private volatile Answer answer = Answer.AT_ONCE;
  private HttpServer server;
  private KafkaProducer<String, String> producer;

  @BeforeEach
  void startServerAndTopic() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/hook", this::handle);
    server.start();
    // The webhook starts at the end of the topic when its group has no offsets: give it offset 0, so that what the
    // test sends before its consumer is assigned is not skipped.
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
      // createTopics returns before every part of the broker knows the new partition; the group coordinator may
      // still answer UnknownTopicOrPartition for a moment, so the offset is committed once it does know it.
      Awaitility.await("the group's offset on the new topic").atMost(TIMEOUT)
          .ignoreExceptionsMatching(e -> e.getCause() instanceof UnknownTopicOrPartitionException)
          .until(() -> {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)))
                .all().get();
            return true;
          });
    }
    producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
        new StringSerializer(), new StringSerializer());
  }

  @AfterEach
  void stopServer() {
    released.countDown();
    server.stop(0);
    threads.shutdownNow();
    producer.close();
  }

  @Test
  void shouldPostARetractionForAnAlertItHadSent() throws Exception {
    try (RunningWebhook webhook = startWebhook()) {
      // Given an alert the webhook posted
      send("flood:p-1-01", ALERT);
      Awaitility.await("the alert").atMost(TIMEOUT).until(() -> bodies.size() == 1);

      // When the topology retracts it (its article is gone, or no longer matches the rule)
      send("flood:p-1-01", null);

      // Then the webhook posts a retraction naming it
      Awaitility.await("the retraction").atMost(TIMEOUT).until(() -> bodies.size() == 2);
    }
    assertThat(bodies.get(0)).isEqualTo(ALERT);
    JsonNode retraction = Json.mapper().readTree(bodies.get(1));
    assertThat(retraction.get("event").asText()).isEqualTo("retracted");
    assertThat(retraction.get("alert_id").asText()).isEqualTo("flood:p-1-01");
  }

  @ParameterizedTest
  @EnumSource(value = Answer.class, names = {"SILENT", "HALF_ANSWER"})
  void shouldTimeOutAHungPostCloseWithinItsBoundAndPostAgainLater(Answer hang) throws Exception {
    answer = hang;
    RunningWebhook webhook = startWebhook();
    send("flood:p-1-01", ALERT);

    // Given a post that hangs: it times out within the request timeout and is tried again
    Awaitility.await("a first attempt").atMost(TIMEOUT).until(() -> bodies.size() == 1);
    long firstAttempt = System.nanoTime();
    Awaitility.await("a second attempt").atMost(REQUEST_TIMEOUT.plus(SLACK)).pollInterval(Duration.ofMillis(20))
        .until(() -> bodies.size() == 2);
    System.out.printf("webhook %s: the hung post was tried again %d ms after the first (request timeout %d ms)%n",
        hang, Duration.ofNanos(System.nanoTime() - firstAttempt).toMillis(), REQUEST_TIMEOUT.toMillis());

    // When the webhook is closed while its post hangs, it returns within its bound
    long closing = System.nanoTime();
    webhook.close();
    Duration closed = Duration.ofNanos(System.nanoTime() - closing);
    System.out.printf("webhook %s: close() took %d ms while a post hung (bound %d ms)%n", hang, closed.toMillis(),
        webhook.webhook.closeBound().toMillis());
    assertThat(closed).isLessThan(webhook.webhook.closeBound());

    // Then the alert was not committed: once the webhook answers, the next start posts it
    answer = Answer.AT_ONCE;
    int before = bodies.size();
    try (RunningWebhook next = startWebhook()) {
      Awaitility.await("the alert posted again").atMost(TIMEOUT).until(() -> next.webhook.delivered() == 1);
    }
    assertThat(bodies.subList(before, bodies.size())).containsExactly(ALERT);
  }

  // ----- fixtures

  private RunningWebhook startWebhook() {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    AlertWebhook webhook = new AlertWebhook(url, stack.bootstrapServers(), Map.of(), topic, group, 5,
        Duration.ofMillis(50), REQUEST_TIMEOUT);
    return new RunningWebhook(webhook, threads.submit(webhook::run));
  }

  /** A running webhook; closing it stops it and rethrows what {@code run()} threw. */
  private record RunningWebhook(AlertWebhook webhook, Future<?> run) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      webhook.close();
      run.get(10, TimeUnit.SECONDS);
    }
  }

  private void send(String key, String value) throws Exception {
    producer.send(new ProducerRecord<>(topic, key, value)).get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Answer now = answer;
    if (now == Answer.AT_ONCE) {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    if (now == Answer.HALF_ANSWER) {
      exchange.sendResponseHeaders(200, 10);
      OutputStream body = exchange.getResponseBody();
      body.write("{\"ok\"".getBytes(StandardCharsets.UTF_8));
      body.flush();
    }
    try {
      released.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.close();
  }
}
