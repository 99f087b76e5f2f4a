package org.inkstream.topology;

import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import java.util.function.Function;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology: starts {@link KafkaStreams}, replaces a stream thread that dies of an unexpected error
 * (bad pages never get that far: they are dead-lettered), and closes cleanly.
 */
public final class EnrichService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

  private final KafkaStreams streams;

  private EnrichService(KafkaStreams streams) {
    this.streams = streams;
  }

  public static EnrichService start(EnrichConfig config, Function<Page, PageSplit> engine) {
    return start(config, engine, PipelineMetrics.discarding());
  }

  /** Starts the topology, its own counters and the Kafka Streams client metrics going to {@code metrics}. */
  public static EnrichService start(EnrichConfig config, Function<Page, PageSplit> engine, PipelineMetrics metrics) {
    KafkaStreams streams =
        new KafkaStreams(EnrichTopology.build(config, engine, metrics), config.streamsProperties());
    new KafkaStreamsMetrics(streams).bindTo(metrics.registry());
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("stream thread failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
    return new EnrichService(streams);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** True once the application has joined its group and processes records. */
  public boolean running() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  /**
   * Stops processing and closes the stores, keeping the group membership as Kafka Streams does by default: an
   * instance that restarts within the session timeout gets its partitions back without a rebalance.
   */
  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }

  /**
   * Like {@link #close()}, but leaves the consumer group at once. For a pipeline that runs in the user's own process
   * ({@code demo}): without it, the next run waits for the session timeout (45 s) before the old member's partitions
   * are handed to it.
   */
  public void leaveGroupAndClose() {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
