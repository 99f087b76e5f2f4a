package org.inkstream.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;

/**
 * Gives every article the id of the story it belongs to: the same wire story printed by two papers, a reprint, a
 * story continued on another page get one {@code story_id} (near-duplicate SimHash fingerprints, see {@link
 * StoryIndex}).
 *
 * <p>The index must see every article of every paper, so this step runs on a single-partition repartition topic: one
 * task holds the whole index. Fingerprint lookups cost microseconds, so one task keeps up with many Streams instances
 * upstream. The index lives in memory and is backed by a changelogged store (article id to entry): a restarted or
 * moved task rebuilds it from the store, and a periodic sweep removes from the store what the index has forgotten
 * (older than its window, or beyond its size), so the store stays bounded too.
 */
final class AssignStory implements FixedKeyProcessor<String, Article, Article> {

  private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

  private final String storeName;
  private final StoryIndexSettings settings;
  private FixedKeyProcessorContext<String, Article> context;
  private KeyValueStore<String, StoryIndex.Entry> store;
  private StoryIndex index;

  AssignStory(String storeName, StoryIndexSettings settings) {
    this.storeName = storeName;
    this.settings = settings;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Article> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
    List<StoryIndex.Entry> entries = new ArrayList<>();
    try (KeyValueIterator<String, StoryIndex.Entry> all = store.all()) {
      all.forEachRemaining(kv -> entries.add(kv.value));
    }
    entries.sort(java.util.Comparator.comparing(StoryIndex.Entry::time)); // the index wants arrival order
    this.index = StoryIndex.of(
        new StoryIndex.State(settings.maxDistance(), settings.maxEntries(), settings.window(), entries));
    context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> sweep());
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    if (article == null || article.fingerprint() == null) {
      context.forward(record);
      return;
    }
    long fingerprint = Long.parseUnsignedLong(article.fingerprint(), 16);
    Instant filed = article.editionDate() != null
        ? article.editionDate().atStartOfDay().toInstant(ZoneOffset.UTC)
        : Instant.ofEpochMilli(record.timestamp());
    String storyId = index.assign(article.id(), fingerprint, filed);
    store.put(article.id(), new StoryIndex.Entry(article.id(), fingerprint, filed, storyId));
    context.forward(record.withValue(
        article.toBuilder().storyId(storyId).contentHash(article.contentHash()).build()));
  }

  /** Deletes from the store the entries the index no longer holds. */
  private void sweep() {
    Set<String> remembered = new HashSet<>();
    index.snapshot().forEach(entry -> remembered.add(entry.articleId()));
    List<String> forgotten = new ArrayList<>();
    try (KeyValueIterator<String, StoryIndex.Entry> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, StoryIndex.Entry> next = all.next();
        if (!remembered.contains(next.key)) {
          forgotten.add(next.key);
        }
      }
    }
    forgotten.forEach(store::delete);
  }

  /** The story index's bounds: how near two fingerprints must be, how many articles and how long to remember. */
  record StoryIndexSettings(int maxDistance, int maxEntries, Duration window) {

    static StoryIndexSettings defaults() {
      return new StoryIndexSettings(3, 100_000, Duration.ofDays(14));
    }
  }
}
