package org.inkstream.enrichment;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups reprints of one story: an article's story id is the id of the first-filed article (earliest time, then
 * smallest id) among itself and the remembered articles whose SimHash lies within {@code maxDistance} bits of its own.
 *
 * <p>Why this rule and not "the story of the nearest earlier article": it is decided by the candidates alone, never by
 * another article's decision, so the index can be cut into independent parts (the topology keeps one part per LSH band
 * value, on many partitions, and merges the parts' answers per article) and still give exactly the ids this one index
 * gives on the same articles in the same order. The price: a story is not followed along a chain of edits (C near B
 * near A, C not near A: C gets B's id while B has A's), and an article that arrives before the earlier printing of its
 * story keeps its own id.
 *
 * <p>Lookup is LSH by bands: the 64 bits are cut into {@code maxDistance + 1} bands ({@link #bandKeys}), and by the
 * pigeonhole principle two fingerprints at most {@code maxDistance} bits apart agree exactly on at least one band, so
 * only articles that share a band are compared. Memory is bounded twice: entries filed more than {@code window} before
 * the newest time seen, and entries beyond {@code maxEntries} (first arrived first), are forgotten.
 *
 * <p>The whole state is a {@link State} record (settings plus a list of {@link Entry} records, both serialisable and
 * plain data for JSON): {@link #state()}, {@link #of(State)}.
 */
public final class StoryIndex {

  /** One remembered article version: its id, its fingerprint and the time it is filed under. */
  public record Entry(String articleId, long fingerprint, Instant time) implements Serializable {

    public Entry {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(time, "time");
    }
  }

  /** The order that names a story: earliest time first, then the smallest article id, so that ties never hang. */
  public static final Comparator<Entry> FIRST_FILED =
      Comparator.comparing(Entry::time).thenComparing(Entry::articleId);

  /** Everything an index knows: its settings and its entries in arrival order. */
  public record State(int maxDistance, int maxEntries, Duration window, List<Entry> entries) implements Serializable {

    public State {
      entries = List.copyOf(entries);
    }
  }

  private final int maxDistance;
  private final int maxEntries;
  private final Duration window;
  private final LinkedHashSet<Entry> byArrival = new LinkedHashSet<>();
  private final TreeSet<Entry> byTime = new TreeSet<>(FIRST_FILED.thenComparing(Entry::fingerprint));
  private final Map<String, List<Entry>> byBand = new HashMap<>();
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
  }

  /** Distance 3, 100 000 articles, 14 days: a fortnight of a few hundred papers. */
  public static StoryIndex withDefaults() {
    return new StoryIndex(3, 100_000, Duration.ofDays(14));
  }

  /**
   * The story id of an article, then remembers it. An article sent again (a corrected page) is filed by its new
   * fingerprint; its own earlier versions are never its candidates.
   */
  public synchronized String assign(String articleId, long fingerprint, Instant time) {
    Entry probe = new Entry(articleId, fingerprint, time);
    if (time.isAfter(newest)) {
      newest = time;
    }
    evict();
    List<Entry> candidates = new ArrayList<>();
    for (String band : bandKeys(fingerprint, maxDistance)) {
      candidates.addAll(byBand.getOrDefault(band, List.of()));
    }
    String storyId = storyOf(probe, firstNear(candidates, probe, maxDistance, window));
    add(probe);
    evict();
    return storyId;
  }

  /**
   * The first-filed of {@code candidates} that may name {@code probe}'s story: another article, within {@code
   * maxDistance} bits and not older than {@code window} before it. Each part of a partitioned index answers this.
   */
  public static Optional<Entry> firstNear(Collection<Entry> candidates, Entry probe, int maxDistance,
      Duration window) {
    Instant oldest = probe.time().minus(window);
    return candidates.stream()
        .filter(e -> !e.articleId().equals(probe.articleId()))
        .filter(e -> SimHash.distance(e.fingerprint(), probe.fingerprint()) <= maxDistance)
        .filter(e -> !e.time().isBefore(oldest))
        .min(FIRST_FILED);
  }

  /** The story id of {@code probe} given the first-filed near article of every part: the first-filed of them all. */
  public static String storyOf(Entry probe, Optional<Entry> firstNear) {
    return firstNear.filter(near -> FIRST_FILED.compare(near, probe) < 0).orElse(probe).articleId();
  }

  /**
   * The LSH band keys of a fingerprint for {@code maxDistance}: {@code maxDistance + 1} strings, each the band's
   * number and its bits, so that equal bits in different bands never meet. Two fingerprints within {@code
   * maxDistance} bits share at least one key.
   */
  public static List<String> bandKeys(long fingerprint, int maxDistance) {
    int bands = maxDistance + 1;
    int width = 64 / bands;
    List<String> keys = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      int from = band * width;
      int bits = band == bands - 1 ? 64 - from : width;
      long mask = bits == 64 ? -1L : (1L << bits) - 1;
      keys.add(band + ":" + Long.toHexString((fingerprint >>> from) & mask));
    }
    return keys;
  }

  private void add(Entry entry) {
    if (!byArrival.add(entry)) {
      return; // the same version again: remembered once
    }
    byTime.add(entry);
    for (String band : bandKeys(entry.fingerprint(), maxDistance)) {
      byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(entry);
    }
  }

  /** Forgets every entry older than the window before the newest time, then the first arrived beyond the size. */
  private void evict() {
    Instant horizon = newest.equals(Instant.MIN) ? Instant.MIN : newest.minus(window);
    while (!byTime.isEmpty() && byTime.first().time().isBefore(horizon)) {
      remove(byTime.first());
    }
    while (byArrival.size() > maxEntries) {
      remove(byArrival.iterator().next());
    }
  }

  private void remove(Entry entry) {
    byArrival.remove(entry);
    byTime.remove(entry);
    for (String band : bandKeys(entry.fingerprint(), maxDistance)) {
      List<Entry> entries = byBand.get(band);
      entries.remove(entry);
      if (entries.isEmpty()) {
        byBand.remove(band);
      }
    }
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
