package org.inkstream.enrichment;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups reprints of one story: an article whose SimHash lies within {@code maxDistance} bits of an earlier article's
 * gets that article's story id; otherwise it opens a story under its own id.
 *
 * <p>Lookup is LSH by bands: the 64 bits are cut into {@code maxDistance + 1} bands, and by the pigeonhole principle
 * two fingerprints at most {@code maxDistance} bits apart agree exactly on at least one band, so only articles that
 * share a band are compared. Memory is bounded twice: entries older than {@code window} before the newest time seen,
 * and entries beyond {@code maxEntries} (oldest first), are forgotten.
 *
 * <p>The whole state is a {@link State} record (settings plus a list of {@link Entry} records, both serialisable and
 * plain data for JSON) so that a Kafka Streams state store can hold it: {@link #state()}, {@link #of(State)}.
 */
public final class StoryIndex {

  /** One remembered article. */
  public record Entry(String articleId, long fingerprint, Instant time, String storyId) implements Serializable {

    public Entry {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(storyId, "storyId");
    }
  }

  /** Everything an index knows: its settings and its entries in arrival order. */
  public record State(int maxDistance, int maxEntries, Duration window, List<Entry> entries) implements Serializable {

    public State {
      entries = List.copyOf(entries);
    }
  }

  private final int maxDistance;
  private final int maxEntries;
  private final Duration window;
  private final int bands;
  private final Deque<Entry> byArrival = new ArrayDeque<>();
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<Band, List<Entry>> byBand = new HashMap<>();
  private Instant newest = Instant.MIN;

  /**
   * @param maxDistance largest Hamming distance of two reprints, 0 to 15 (3 suits 64-bit SimHash of news texts)
   * @param maxEntries how many articles to remember, at least 1
   * @param window how long an article stays a candidate, positive
   */
  public StoryIndex(int maxDistance, int maxEntries, Duration window) {
    if (maxDistance < 0 || maxDistance > 15) {
      throw new IllegalArgumentException("maxDistance must be within [0, 15], was " + maxDistance);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
    }
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    this.maxDistance = maxDistance;
    this.maxEntries = maxEntries;
    this.window = window;
    this.bands = maxDistance + 1;
  }

  /** Distance 3, 100 000 articles, 14 days: a fortnight of a few hundred papers. */
  public static StoryIndex withDefaults() {
    return new StoryIndex(3, 100_000, Duration.ofDays(14));
  }

  /**
   * The story id of an article: the story id of the earliest remembered article within {@code maxDistance} bits and
   * the window, else {@code articleId} itself. Assigning an article id again returns the id given the first time,
   * so that a re-sent page keeps its stories.
   */
  public synchronized String assign(String articleId, long fingerprint, Instant time) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(time, "time");
    Entry known = byId.get(articleId);
    if (known != null) {
      return known.storyId();
    }
    if (time.isAfter(newest)) {
      newest = time;
    }
    evict();
    String storyId = earliestNear(fingerprint, time).map(Entry::storyId).orElse(articleId);
    add(new Entry(articleId, fingerprint, time, storyId));
    evict();
    return storyId;
  }

  private Optional<Entry> earliestNear(long fingerprint, Instant time) {
    Instant oldest = time.minus(window);
    return candidates(fingerprint).stream()
        .filter(e -> SimHash.distance(e.fingerprint(), fingerprint) <= maxDistance)
        .filter(e -> !e.time().isBefore(oldest))
        .min(Comparator.comparing(Entry::time).thenComparing(Entry::articleId));
  }

  private List<Entry> candidates(long fingerprint) {
    List<Entry> candidates = new ArrayList<>();
    for (int band = 0; band < bands; band++) {
      candidates.addAll(byBand.getOrDefault(bandKey(fingerprint, band), List.of()));
    }
    return candidates;
  }

  private void add(Entry entry) {
    byArrival.addLast(entry);
    byId.put(entry.articleId(), entry);
    for (int band = 0; band < bands; band++) {
      byBand.computeIfAbsent(bandKey(entry.fingerprint(), band), k -> new ArrayList<>()).add(entry);
    }
  }

  private void evict() {
    Instant horizon = newest.equals(Instant.MIN) ? Instant.MIN : newest.minus(window);
    while (!byArrival.isEmpty()
        && (byArrival.size() > maxEntries || byArrival.peekFirst().time().isBefore(horizon))) {
      remove(byArrival.removeFirst());
    }
  }

  private void remove(Entry entry) {
    byId.remove(entry.articleId());
    for (int band = 0; band < bands; band++) {
      Band key = bandKey(entry.fingerprint(), band);
      List<Entry> entries = byBand.get(key);
      entries.remove(entry);
      if (entries.isEmpty()) {
        byBand.remove(key);
      }
    }
  }

  /** One band of a fingerprint: its number and its bits, so that equal bits in different bands never meet. */
  private record Band(int index, long bits) {}

  private Band bandKey(long fingerprint, int band) {
    int width = 64 / bands;
    int from = band * width;
    int bits = band == bands - 1 ? 64 - from : width;
    long mask = bits == 64 ? -1L : (1L << bits) - 1;
    return new Band(band, (fingerprint >>> from) & mask);
  }

  /** The remembered articles in arrival order. */
  public synchronized List<Entry> snapshot() {
    return List.copyOf(byArrival);
  }

  /** The whole state, for a state store or a checkpoint. */
  public synchronized State state() {
    return new State(maxDistance, maxEntries, window, snapshot());
  }

  /** The index a {@link #state()} describes; entries beyond the bounds are dropped as {@code assign} would. */
  public static StoryIndex of(State state) {
    StoryIndex index = new StoryIndex(state.maxDistance(), state.maxEntries(), state.window());
    synchronized (index) {
      for (Entry entry : state.entries()) {
        index.add(entry);
        if (entry.time().isAfter(index.newest)) {
          index.newest = entry.time();
        }
      }
      index.evict();
    }
    return index;
  }

  public synchronized int size() {
    return byArrival.size();
  }
}
