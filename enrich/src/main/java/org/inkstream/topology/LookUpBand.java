package org.inkstream.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.inkstream.enrichment.StoryIndex;

/**
 * One part of the story index: the articles of the band values this task owns. For each probe it answers the
 * first-filed near article of the probe's band bucket ({@link StoryIndex#firstNear}), then files the probe there, and
 * sends the answer to the partition of the article id, where {@link AssignStory} merges the bands' answers.
 *
 * <p>The answer depends only on what the bucket held when the probe arrived, never on another article's story, so the
 * parts need not talk to each other. Buckets forget what is older than the window before the newest time this task has
 * seen, on every probe and in a periodic sweep, so the store stays bounded.
 */
final class LookUpBand implements Processor<String, StoryProbe, String, StoryNote> {

  private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

  private final String storeName;
  private final StorySettings settings;
  private ProcessorContext<String, StoryNote> context;
  private KeyValueStore<String, StoryBucket> buckets;
  private Instant newest = Instant.MIN;

  LookUpBand(String storeName, StorySettings settings) {
    this.storeName = storeName;
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, StoryNote> context) {
    this.context = context;
    this.buckets = context.getStateStore(storeName);
    context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> sweep());
  }

  @Override
  public void process(Record<String, StoryProbe> record) {
    StoryIndex.Entry probe = record.value().entry();
    if (probe.time().isAfter(newest)) {
      newest = probe.time();
    }
    StoryBucket bucket = buckets.get(record.key());
    List<StoryIndex.Entry> kept = bucket == null ? new ArrayList<>() : remembered(bucket);
    Optional<StoryIndex.Entry> nearest =
        StoryIndex.firstNear(kept, probe, settings.maxDistance(), settings.window());
    if (!kept.contains(probe)) {
      kept.add(probe);
    }
    buckets.put(record.key(), new StoryBucket(kept));
    context.forward(record.withKey(probe.articleId())
        .withValue(StoryNote.answer(record.value().version(), nearest.orElse(null))));
  }

  /** The bucket's entries that are not older than the window before the newest time seen. */
  private List<StoryIndex.Entry> remembered(StoryBucket bucket) {
    Instant horizon = newest.equals(Instant.MIN) ? Instant.MIN : newest.minus(settings.window());
    List<StoryIndex.Entry> kept = new ArrayList<>();
    for (StoryIndex.Entry entry : bucket.entries()) {
      if (!entry.time().isBefore(horizon)) {
        kept.add(entry);
      }
    }
    return kept;
  }

  /** Rewrites the buckets that hold forgotten entries, and deletes those left empty. */
  private void sweep() {
    List<KeyValue<String, StoryBucket>> changed = new ArrayList<>();
    try (KeyValueIterator<String, StoryBucket> all = buckets.all()) {
      all.forEachRemaining(kv -> {
        List<StoryIndex.Entry> kept = remembered(kv.value);
        if (kept.size() < kv.value.entries().size()) {
          changed.add(KeyValue.pair(kv.key, kept.isEmpty() ? null : new StoryBucket(kept)));
        }
      });
    }
    changed.forEach(kv -> buckets.put(kv.key, kv.value));
  }
}
