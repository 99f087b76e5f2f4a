package org.inkstream.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The month whose index holds an article ({@code articles-2024.05}): the UTC month of its {@code published_at}.
 *
 * <p>Why a header and not the document: a tombstone has no document, so without it the sink cannot tell where the
 * article lies and must delete from every monthly index. The topology remembers each article's month and stamps its
 * records: an article with {@link #HEADER} (its month) and, when an earlier version lay in another month,
 * {@link #BEFORE_HEADER} (that month), so the sink moves it rather than leave a stale copy; a tombstone with
 * {@link #HEADER} (the month of the last version). A record without them (written before the headers existed)
 * falls back to the old behaviour.
 *
 * @param month the year and month
 */
public record IndexMonth(YearMonth month) {

  /** The header naming the month of the index that holds (or, on a tombstone, held) the article. */
  public static final String HEADER = "inkstream-index-month";
  /** The header naming the month of the index that held the article's previous version, when it was another. */
  public static final String BEFORE_HEADER = "inkstream-index-month-before";

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu.MM");

  public IndexMonth {
    Objects.requireNonNull(month, "month");
  }

  /** The month of an article filed at {@code publishedAt}, or null when it has no such time. */
  public static IndexMonth of(Instant publishedAt) {
    return publishedAt == null ? null : new IndexMonth(YearMonth.from(publishedAt.atZone(ZoneOffset.UTC)));
  }

  /**
   * The month a header value names, or null for a header that is absent or no month (a foreign writer's): the sink
   * then deletes as it did before the headers existed.
   */
  public static IndexMonth parse(byte[] headerValue) {
    if (headerValue == null) {
      return null;
    }
    try {
      return new IndexMonth(YearMonth.parse(new String(headerValue, StandardCharsets.UTF_8), FORMAT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The header value, and the suffix of the index name: {@code 2024.05}. */
  @Override
  public String toString() {
    return month.format(FORMAT);
  }

  /** The header value as bytes. */
  public byte[] headerValue() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }
}
