package org.inkstream.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;

/**
 * The story step's bounds, shared by its three processors: how near two fingerprints must be, and how long an article
 * stays a candidate. The same as {@link StoryIndex#withDefaults()}, so the partitioned step and the one-piece index
 * give the same ids.
 */
record StorySettings(int maxDistance, Duration window) {

  static StorySettings defaults() {
    return new StorySettings(3, Duration.ofDays(14));
  }

  /** How many band answers an article waits for: one per LSH band. */
  int bands() {
    return maxDistance + 1;
  }

  /**
   * What the index remembers of an article version: its fingerprint, filed at its edition date (midnight UTC), else at
   * its record's time; null for an article without fingerprint, which gets no story.
   */
  static StoryIndex.Entry entryOf(Article article, long timestamp) {
    if (article == null || article.fingerprint() == null) {
      return null;
    }
    Instant filed = article.editionDate() != null
        ? article.editionDate().atStartOfDay().toInstant(ZoneOffset.UTC)
        : Instant.ofEpochMilli(timestamp);
    return new StoryIndex.Entry(article.id(), Long.parseUnsignedLong(article.fingerprint(), 16), filed);
  }
}
