package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Where the time a document is filed under ({@code published_at}) comes from. The dashboards filter every panel by
 * {@code published_at}, and the sink files documents into monthly indices by it, so every document must have one:
 * the edition date when it is known, else the time its page arrived.
 */
public enum DateSource {
  /** The edition date the page's metadata gave (flags, sidecar, manifest, path). */
  METADATA,
  /** The edition date read from the page's masthead or furniture ({@code 2023年12月8日 星期五}), never from an article. */
  MASTHEAD,
  /** No edition date is known: the time the page was received ({@code received_at}). */
  RECEIVED;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DateSource fromKey(String key) {
    try {
      return valueOf(key.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown date source '" + key + "'", e);
    }
  }

  /** The source of a document's date: metadata, masthead (inferred), or received when there is no edition date. */
  public static DateSource of(LocalDate editionDate, boolean inferred) {
    if (editionDate == null) {
      return RECEIVED;
    }
    return inferred ? MASTHEAD : METADATA;
  }

  /**
   * The instant a document is filed under: an edition date as its day's midnight UTC (what Elasticsearch makes of the
   * bare date {@code 2024-05-01}, inside that calendar day for every time zone from UTC to UTC+14, China's included),
   * else {@code receivedAt}; null only when neither is known (an offline {@code inkstream split}).
   */
  public static Instant publishedAt(LocalDate editionDate, Instant receivedAt) {
    return editionDate != null ? editionDate.atStartOfDay(ZoneOffset.UTC).toInstant() : receivedAt;
  }
}
