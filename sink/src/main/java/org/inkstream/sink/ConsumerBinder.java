package org.inkstream.sink;

import org.apache.kafka.clients.consumer.Consumer;

/**
 * A hook {@link ArticleSink} calls with every Kafka consumer it creates, so that the caller can watch the consumer (bind
 * its metrics to a meter registry, typically: the launcher binds Micrometer's {@code KafkaClientMetrics}) without the
 * sink depending on a monitoring library.
 *
 * <p>The sink calls {@link #bind} on its own thread, right after it created the consumer and before it subscribes, and
 * closes the returned {@link Binding} right before it closes that consumer. A consumer created again (another {@link
 * ArticleSink#run()}) is bound again, and the old one leaves nothing behind. The consumer stays the sink's: read its
 * metrics, never poll, commit or close it. A binder that throws costs the metrics, not the sink: the sink logs it and
 * goes on unwatched.
 *
 * <p>The consumer's {@code client.id} is the sink's consumer group ({@link SinkConfig#groupId()}), so the consumers of
 * the articles and the alerts sink in one process tell apart by it.
 */
@FunctionalInterface
public interface ConsumerBinder {

  /** Watches nothing. */
  ConsumerBinder NONE = consumer -> () -> { };

  /** Starts watching {@code consumer}; the sink closes the result when it is done with the consumer. */
  Binding bind(Consumer<?, ?> consumer);

  /** Stops watching one consumer (unregisters its meters, stops any thread the binding started). */
  @FunctionalInterface
  interface Binding extends AutoCloseable {
    @Override
    void close();
  }
}
