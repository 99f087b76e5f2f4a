package org.inkstream.ingest;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.core.Json;
import org.inkstream.core.Page;

/**
 * Sends pages to the pages topic, keyed by page id so that all versions of a page land in one partition in order.
 *
 * <p>The producer is idempotent with {@code acks=all}: a page acknowledged once is stored once, even when the send is
 * retried. Records are lz4-compressed (Chinese text in JSON compresses about 2:1) and the request size is raised to
 * match the largest page the {@link PageReader} accepts.
 */
public final class PageProducer implements AutoCloseable {

  private final Producer<String, byte[]> producer;
  private final String topic;

  public PageProducer(Producer<String, byte[]> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  public static PageProducer create(String bootstrapServers, String topic, int maxPageBytes) {
    return create(bootstrapServers, topic, maxPageBytes, Map.of());
  }

  /** A producer for a secured cluster: {@code clientProperties} holds its TLS and SASL settings. */
  public static PageProducer create(String bootstrapServers, String topic, int maxPageBytes,
      Map<String, String> clientProperties) {
    Properties props = config(bootstrapServers, maxPageBytes);
    clientProperties.forEach(props::putIfAbsent);
    return new PageProducer(new KafkaProducer<>(props), topic);
  }

  /** Producer settings; package-private so that tests can check them. */
  static Properties config(String bootstrapServers, int maxPageBytes) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // JSON escaping can double a page's size in the worst case; keep one page per request possible.
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Math.max(1_048_576, 2 * maxPageBytes + 16_384));
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "inkstream-ingest");
    return props;
  }

  /** Sends one page; the future completes when the broker acknowledged it. */
  public Future<RecordMetadata> send(Page page) {
    return send(page.id(), Json.writeBytes(page));
  }

  /** Sends a page record already serialised with {@link Json#writeBytes}, keyed by its page id. */
  Future<RecordMetadata> send(String pageId, byte[] record) {
    return producer.send(new ProducerRecord<>(topic, pageId, record));
  }

  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
