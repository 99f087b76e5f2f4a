package org.inkstream.sink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.core.DeadLetterHeaders;

/**
 * Sends records that Elasticsearch rejected (or that were no article at all) to the sink's dead-letter topic, as they
 * were read, with why in headers. Someone fixes the mapping or the producer and replays them from there.
 */
final class DeadLetters implements AutoCloseable {

  /** Elasticsearch's error type ({@code document_parsing_exception}), or {@code inkstream_invalid_record}. */
  static final String ERROR_TYPE = "inkstream.error.type";
  /** The error's reason, as Elasticsearch or the sink wrote it. */
  static final String ERROR_REASON = "inkstream.error.reason";
  /** The item's HTTP status; absent for records the sink itself refused. */
  static final String ERROR_STATUS = "inkstream.error.status";
  /** The index the document was meant for; absent for records the sink itself refused. */
  static final String INDEX = "inkstream.index";
  static final String SOURCE_TOPIC = DeadLetterHeaders.SOURCE_TOPIC;
  static final String SOURCE_PARTITION = DeadLetterHeaders.SOURCE_PARTITION;
  static final String SOURCE_OFFSET = DeadLetterHeaders.SOURCE_OFFSET;
  static final String INVALID_RECORD = "inkstream_invalid_record";

  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  DeadLetters(String bootstrapServers, Map<String, String> clientProperties, String topic) {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "inkstream-sink-dead-letters");
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.topic = topic;
  }

  /** Sends one record; {@code done} runs when Kafka has it (or has given up, with the exception). */
  void send(Pending pending, Map<String, String> error, Callback done) {
    List<Header> headers = new ArrayList<>();
    error.forEach((name, value) -> headers.add(header(name, value)));
    headers.add(header(SOURCE_TOPIC, pending.partition().topic()));
    headers.add(header(SOURCE_PARTITION, String.valueOf(pending.partition().partition())));
    headers.add(header(SOURCE_OFFSET, String.valueOf(pending.offset())));
    producer.send(new ProducerRecord<>(topic, null, pending.key(), pending.value(), headers), done);
  }

  private static Header header(String name, String value) {
    return new RecordHeader(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
