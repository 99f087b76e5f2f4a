package org.inkstream.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.alerts.AlertRule;
import org.inkstream.core.Json;

/**
 * The alert rules as the pipeline sees them: the compacted rules topic, keyed by rule id, a null value for a deleted
 * rule. Every enrich instance reads it as a global table, so a put or delete here applies without a restart.
 */
final class RuleStore {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final Map<String, String> clientProperties;
  private final String topic;

  RuleStore(String bootstrapServers, Map<String, String> clientProperties, String topic) {
    this.bootstrapServers = bootstrapServers;
    this.clientProperties = clientProperties;
    this.topic = topic;
  }

  /** Writes {@code rules}, replacing rules of the same ids; returns once the broker acknowledged all of them. */
  void put(List<AlertRule> rules) throws InterruptedException {
    try (KafkaProducer<String, String> producer = producer()) {
      for (AlertRule rule : rules) {
        await(producer.send(new ProducerRecord<>(topic, rule.id(), Json.write(rule))));
      }
    }
  }

  /** Deletes the rules of {@code ids} (tombstones); returns once the broker acknowledged them. */
  void delete(List<String> ids) throws InterruptedException {
    try (KafkaProducer<String, String> producer = producer()) {
      for (String id : ids) {
        await(producer.send(new ProducerRecord<>(topic, id, null)));
      }
    }
  }

  /** The current rules, by id: the topic read from its start to its end as it is now. */
  List<AlertRule> list() {
    Map<String, AlertRule> current = new TreeMap<>();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read the rules topic " + topic + " to its end in "
              + READ_TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() == null) {
            current.remove(record.key());
          } else {
            current.put(record.key(), Json.read(record.value(), AlertRule.class));
          }
        }
      }
    }
    return new ArrayList<>(current.values());
  }

  private static void await(java.util.concurrent.Future<?> send) throws InterruptedException {
    try {
      send.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka did not accept the rule: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private KafkaProducer<String, String> producer() {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private KafkaConsumer<String, String> consumer() {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }
}
