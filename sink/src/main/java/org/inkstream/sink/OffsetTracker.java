package org.inkstream.sink;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which records of each partition Elasticsearch has not yet acknowledged, and so which offset may be committed: the
 * lowest unacknowledged offset, or one past the last record read when all are acknowledged. Committing that and no
 * more means a crash replays every record whose write may be lost, and (thanks to external versioning) replaying one
 * that was written does no harm.
 *
 * <p>A record may need several operations (a tombstone deletes from several indices); it counts as acknowledged when
 * the last one is. The consumer thread begins records and reads positions; bulk listener threads complete them, so
 * every method is synchronized, and {@link #awaitProgress(Duration)} wakes when a record completes.
 */
final class OffsetTracker {

  private final Map<TopicPartition, Partition> partitions = new HashMap<>();

  /** Records that {@code offset} of {@code partition} was read and needs {@code operations} acknowledgements. */
  synchronized void begin(TopicPartition partition, long offset, int operations) {
    if (operations < 0) {
      throw new IllegalArgumentException("operations cannot be negative, was " + operations);
    }
    Partition state = partitions.computeIfAbsent(partition, p -> new Partition());
    if (offset < state.next) {
      throw new IllegalStateException(partition + " offset " + offset + " begun after " + (state.next - 1));
    }
    state.next = offset + 1;
    if (operations > 0) {
      state.remaining.put(offset, operations);
    }
  }

  /**
   * Acknowledges one operation of a record.
   *
   * @return whether that was the record's last one; false too for a partition forgotten meanwhile (revoked)
   */
  synchronized boolean complete(TopicPartition partition, long offset) {
    Partition state = partitions.get(partition);
    if (state == null) {
      return false;
    }
    Integer left = state.remaining.get(offset);
    if (left == null) {
      throw new IllegalStateException(partition + " offset " + offset + " completed more often than begun");
    }
    if (left > 1) {
      state.remaining.put(offset, left - 1);
      return false;
    }
    state.remaining.remove(offset);
    notifyAll();
    return true;
  }

  /** Records begun and not yet fully acknowledged, over all partitions. */
  synchronized int inFlight() {
    return partitions.values().stream().mapToInt(p -> p.remaining.size()).sum();
  }

  /** Whether every record begun in {@code these} partitions is acknowledged. */
  synchronized boolean idle(Collection<TopicPartition> these) {
    return these.stream().map(partitions::get).allMatch(p -> p == null || p.remaining.isEmpty());
  }

  /** The offset to commit per partition: everything before it is acknowledged. */
  synchronized Map<TopicPartition, OffsetAndMetadata> positions() {
    Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
    partitions.forEach((partition, state) -> positions.put(partition, new OffsetAndMetadata(state.position())));
    return positions;
  }

  /** Drops partitions this consumer no longer owns; their late acknowledgements are ignored. */
  synchronized void forget(Collection<TopicPartition> these) {
    these.forEach(partitions::remove);
    notifyAll();
  }

  /** Waits until some record completes or {@code timeout} passes. */
  synchronized void awaitProgress(Duration timeout) throws InterruptedException {
    wait(Math.max(1, timeout.toMillis()));
  }

  private static final class Partition {
    private final TreeMap<Long, Integer> remaining = new TreeMap<>();
    private long next;

    private long position() {
      return remaining.isEmpty() ? next : remaining.firstKey();
    }
  }
}
