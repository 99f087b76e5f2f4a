package org.inkstream.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.core.Json;
import org.inkstream.core.Page;

/**
 * Kafka's {@link MockProducer}, acknowledging every send at once, except for page ids told to fail: those get a failed
 * acknowledgement as a broker would give it.
 */
final class TestProducer extends MockProducer<String, byte[]> {

  private final Map<String, RuntimeException> refusals = new ConcurrentHashMap<>();

  TestProducer() {
    super(true, null, new StringSerializer(), new ByteArraySerializer());
  }

  /** Acknowledgements of {@code pageId} fail with {@code error} from now on. */
  void refuse(String pageId, RuntimeException error) {
    refusals.put(pageId, error);
  }

  void accept(String pageId) {
    refusals.remove(pageId);
  }

  @Override
  public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
    RuntimeException refusal = refusals.get(record.key());
    if (refusal != null) {
      if (callback != null) {
        callback.onCompletion(null, refusal);
      }
      return CompletableFuture.failedFuture(refusal);
    }
    return super.send(record, callback);
  }

  /** The keys of the acknowledged records, in order. */
  List<String> sentKeys() {
    return history().stream().map(ProducerRecord::key).toList();
  }

  /** The acknowledged pages, read back from their records. */
  List<Page> sentPages() {
    return history().stream().map(r -> Json.read(r.value(), Page.class)).toList();
  }
}
