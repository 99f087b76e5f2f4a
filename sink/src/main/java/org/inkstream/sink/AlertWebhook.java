package org.inkstream.sink;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts every alert on the alerts topic, as its JSON record, to a webhook: for teams whose Kibana licence has no alert
 * connectors (Slack, WeCom and DingTalk robots, a ticket system...).
 *
 * <p>Each alert is retried on connection errors, 429 and 5xx with exponential backoff and jitter (Failsafe), up to
 * {@code maxAttempts}; offsets are committed only after the batch was delivered or given up, so a restart re-sends at
 * most the batch in flight. An alert the webhook refuses (another 4xx) or that stays undeliverable is logged and counted
 * in {@link #undelivered()}, not retried forever: it stays searchable in the alerts index, and later alerts must not
 * wait behind it.
 */
public final class AlertWebhook implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertWebhook.class);

  private final URI url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final RetryPolicy<HttpResponse<String>> retry;
  private final Properties consumerProperties;
  private final String topic;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong undelivered = new AtomicLong();
  private volatile KafkaConsumer<String, String> consumer;
  private volatile boolean stopping;

  /**
   * @param url where alerts are posted
   * @param maxAttempts attempts per alert, at least 1
   * @param initialBackoff the first wait; doubled each attempt up to a minute, with 25 % jitter
   */
  public AlertWebhook(URI url, String bootstrapServers, Map<String, String> kafkaClientProperties, String topic,
      String groupId, int maxAttempts, Duration initialBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    this.url = url;
    this.topic = topic;
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
    try (KafkaConsumer<String, String> kafka =
        new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new StringDeserializer())) {
      consumer = kafka;
      kafka.subscribe(List.of(topic));
      while (!stopping) {
        ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, String> record : records) {
          if (record.value() != null) {
            post(record.key(), record.value());
          }
        }
        if (!records.isEmpty()) {
          kafka.commitSync();
        }
      }
    } catch (WakeupException e) {
      if (!stopping) {
        throw e;
      }
    }
  }

  /** Posts one alert, retrying as the policy says; returns whether the webhook took it. */
  boolean post(String key, String alertJson) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(alertJson)).build();
    try {
      HttpResponse<String> response =
          Failsafe.with(retry).get(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
      if (response.statusCode() / 100 == 2) {
        delivered.incrementAndGet();
        return true;
      }
      LOG.error("webhook {} refused alert {}: {} {}", url, key, response.statusCode(), response.body());
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.error("webhook {} unreachable for alert {} after the retries: {}", url, key, e.getCause().toString());
    }
    undelivered.incrementAndGet();
    return false;
  }

  public long delivered() {
    return delivered.get();
  }

  public long undelivered() {
    return undelivered.get();
  }

  @Override
  public void close() {
    stopping = true;
    KafkaConsumer<String, String> kafka = consumer;
    if (kafka != null) {
      kafka.wakeup();
    }
  }
}
