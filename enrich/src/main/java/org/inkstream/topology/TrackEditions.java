package org.inkstream.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.inkstream.core.Edition;
import org.inkstream.editions.EditionTracker;
import org.inkstream.editions.PageArrival;
import org.inkstream.editions.Paper;

/**
 * Keeps every edition (paper and edition date) in a store and publishes each change of one. Runs after the editions
 * repartition: all pages of an edition reach the same task, and the editions spread over the repartition topic's
 * partitions.
 *
 * <p>Two things change an edition: a page arriving ({@link #process}), and the wall clock ({@link #tick}): every
 * {@code checkEvery}, each task creates today's expected editions of the papers it owns (those whose key the
 * {@link EditionPartitioner} puts in its partition, so exactly one task creates each), re-evaluates every edition it
 * holds (expected turns late at the due time, arriving turns incomplete when the grace period ends, with no page
 * arriving), and forgets editions older than {@code keepFor} (their last record stays on the compacted topic).
 */
final class TrackEditions implements Processor<String, PageArrival, String, EditionChange> {

  private final String storeName;
  private final EditionTracker tracker;
  private final int partitions;
  private final Duration checkEvery;
  private final Duration keepFor;
  private ProcessorContext<String, EditionChange> context;
  private KeyValueStore<String, Edition> editions;

  TrackEditions(String storeName, EditionTracker tracker, int partitions, Duration checkEvery, Duration keepFor) {
    this.storeName = storeName;
    this.tracker = tracker;
    this.partitions = partitions;
    this.checkEvery = checkEvery;
    this.keepFor = keepFor;
  }

  @Override
  public void init(ProcessorContext<String, EditionChange> context) {
    this.context = context;
    this.editions = context.getStateStore(storeName);
    context.schedule(checkEvery, PunctuationType.WALL_CLOCK_TIME, this::tick);
  }

  @Override
  public void process(Record<String, PageArrival> record) {
    PageArrival arrival = record.value();
    if (arrival == null) {
      return;
    }
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    Edition before = editions.get(record.key());
    publishIfChanged(before, tracker.receive(before, arrival, now), now);
  }

  private void tick(long wallClockMs) {
    Instant now = Instant.ofEpochMilli(wallClockMs);
    int partition = context.taskId().partition();
    for (Paper paper : tracker.papers().all()) {
      LocalDate today = paper.today(now);
      String key = Edition.keyOf(paper.name(), today);
      if (paper.appearsOn(today) && EditionPartitioner.partitionOf(key, partitions) == partition
          && editions.get(key) == null) {
        publishIfChanged(null, tracker.expected(paper, today, now), now);
      }
    }
    List<KeyValue<String, Edition>> held = new ArrayList<>();
    try (KeyValueIterator<String, Edition> all = editions.all()) {
      all.forEachRemaining(held::add);
    }
    LocalDate oldest = LocalDate.ofInstant(now.minus(keepFor), tracker.papers().defaultZone());
    for (KeyValue<String, Edition> entry : held) {
      if (entry.value.editionDate().isBefore(oldest)) {
        editions.delete(entry.key);
      } else {
        publishIfChanged(entry.value, tracker.evaluate(entry.value, now), now);
      }
    }
  }

  private void publishIfChanged(Edition before, Edition after, Instant now) {
    if (after.equals(before)) {
      return;
    }
    editions.put(after.key(), after);
    context.forward(new Record<>(after.key(), new EditionChange(after, before),
        now.toEpochMilli()));
  }

  /**
   * Partitions the editions repartition topic by edition key, the way the punctuation decides which task owns an
   * edition: the two must agree, so both use {@link #partitionOf}.
   */
  static final class EditionPartitioner
      implements org.apache.kafka.streams.processor.StreamPartitioner<String, PageArrival> {

    static int partitionOf(String key, int partitions) {
      byte[] bytes = Serdes.String().serializer().serialize(null, key);
      return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(bytes))
          % partitions;
    }

    @Override
    public java.util.Optional<java.util.Set<Integer>> partitions(String topic, String key, PageArrival value,
        int numPartitions) {
      return java.util.Optional.of(java.util.Set.of(partitionOf(key, numPartitions)));
    }
  }
}
