package org.inkstream.sink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.inkstream.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts every alert on the alerts topic, as its JSON record, to a webhook: for teams whose Kibana licence has no alert
 * connectors (Slack, WeCom and DingTalk robots, a ticket system...). An alert retracted by the topology (a tombstone:
 * its article is gone, or no longer matches the rule; an edition whose pages arrived) is posted as a retraction
 * event, {@code {"event":"retracted","alert_id":"rule:article"}}, the id being the alert's key, so that the receiver
 * can withdraw what it was told. A retraction may name an alert the receiver never got (sent before this webhook
 * started following the topic): receivers ignore unknown ids.
 *
 * <p>Each post is retried on connection errors, timeouts, 429 and 5xx with exponential backoff and jitter (Failsafe),
 * up to {@code maxAttempts}; each attempt waits at most the request timeout for the answer, so a webhook that accepts
 * and never answers costs that time per attempt, not a stuck thread. Offsets are committed only after the batch was
 * delivered or given up, so a restart re-sends at most the batch in flight. An alert the webhook refuses (another 4xx)
 * or that stays undeliverable is logged and counted in {@link #undelivered()}, not retried forever: it stays
 * searchable in the alerts index, and later alerts must not wait behind it.
 *
 * <p>{@link #close()} returns within {@link #closeBound()}: it interrupts a post in progress (its batch is not
 * committed, so the next start posts it again).
 */
public final class AlertWebhook implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertWebhook.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final URI url;
  private final Duration requestTimeout;
  private final HttpClient http;
  private final RetryPolicy<HttpResponse<String>> retry;
  private final Properties consumerProperties;
  private final String topic;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong undelivered = new AtomicLong();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile KafkaConsumer<String, String> consumer;
  private volatile Thread posting;
  private volatile boolean running;
  private volatile boolean stopping;

  /**
   * @param url where alerts are posted
   * @param maxAttempts attempts per alert, at least 1
   * @param initialBackoff the first wait; doubled each attempt up to a minute, with 25 % jitter
   * @param requestTimeout the longest one attempt waits for the webhook's answer (and for a connection)
   */
  public AlertWebhook(URI url, String bootstrapServers, Map<String, String> kafkaClientProperties, String topic,
      String groupId, int maxAttempts, Duration initialBackoff, Duration requestTimeout) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("the request timeout must be positive, was " + requestTimeout);
    }
    this.url = url;
    this.topic = topic;
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    this.retry = RetryPolicy.<HttpResponse<String>>builder()
        .handle(IOException.class)
        .handleResultIf(response -> response.statusCode() == 429 || response.statusCode() >= 500)
        .withBackoff(initialBackoff, Duration.ofMinutes(1))
        .withJitter(0.25)
        .withMaxAttempts(maxAttempts)
        .build();
    Properties props = new Properties();
    props.putAll(kafkaClientProperties);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"); // a new webhook notifies from now on
    this.consumerProperties = props;
  }

  /** Consumes and posts until {@link #close()}. */
  public void run() {
    running = true;
    try (KafkaConsumer<String, String> kafka =
        new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new StringDeserializer())) {
      consumer = kafka;
      kafka.subscribe(List.of(topic));
      while (!stopping) {
        ConsumerRecords<String, String> records = kafka.poll(POLL);
        if (!postAll(records)) {
          return;
        }
        if (!records.isEmpty()) {
          kafka.commitSync();
        }
      }
    } catch (WakeupException e) {
      if (!stopping) {
        throw e;
      }
    } finally {
      stopped.countDown();
    }
  }

  /** Posts a batch; false when {@link #close()} stopped it half-way, and then the batch must not be committed. */
  private boolean postAll(ConsumerRecords<String, String> records) {
    posting = Thread.currentThread();
    try {
      for (ConsumerRecord<String, String> record : records) {
        // Checked after publishing this thread: close() sets the flag before it looks for a thread to interrupt.
        if (stopping) {
          return false;
        }
        if (record.value() != null) {
          post(record.key(), record.value());
        } else if (record.key() != null) {
          post(record.key(), retraction(record.key()));
        }
      }
      return !stopping;
    } finally {
      posting = null;
      if (stopping) {
        // The interrupt was close()'s, to end a post: it must not fail the consumer's close.
        Thread.interrupted();
      }
    }
  }

  /** The event that withdraws alert {@code alertId}. */
  static String retraction(String alertId) {
    ObjectNode event = Json.mapper().createObjectNode();
    event.put("event", "retracted");
    event.put("alert_id", alertId);
    return Json.write(event);
  }

  /** Posts one alert, retrying as the policy says; returns whether the webhook took it. */
  boolean post(String key, String alertJson) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(requestTimeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(alertJson)).build();
    try {
      HttpResponse<String> response = Failsafe.with(retry).get(() -> send(request));
      if (response.statusCode() / 100 == 2) {
        delivered.incrementAndGet();
        return true;
      }
      LOG.error("webhook {} refused alert {}: {} {}", url, key, response.statusCode(), response.body());
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        LOG.info("stopped while posting alert {} to {}: it is posted again at the next start", key, url);
        return false;
      }
      LOG.error("webhook {} unreachable for alert {} after the retries: {}", url, key, e.getCause().toString());
    }
    undelivered.incrementAndGet();
    return false;
  }

  /**
   * Sends one attempt and waits for the whole answer at most the request timeout. Not {@code HttpClient.send}: its
   * timeout ends with the response headers, so a webhook that sends them and half a body hangs it for good.
   */
  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    try {
      return response.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + requestTimeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  public long delivered() {
    return delivered.get();
  }

  public long undelivered() {
    return undelivered.get();
  }

  /** The longest {@link #close()} takes: a poll, and the end of an interrupted post. */
  public Duration closeBound() {
    return POLL.plus(requestTimeout).plusSeconds(5);
  }

  /** Stops {@link #run()}, interrupting a post in progress, and waits up to {@link #closeBound()} until it has. */
  @Override
  public void close() {
    stopping = true;
    KafkaConsumer<String, String> kafka = consumer;
    if (kafka != null) {
      kafka.wakeup();
    }
    Thread poster = posting;
    if (poster != null) {
      poster.interrupt();
    }
    if (!running) {
      return;
    }
    try {
      if (!stopped.await(closeBound().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("the alert webhook did not stop within {} s", closeBound().toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
