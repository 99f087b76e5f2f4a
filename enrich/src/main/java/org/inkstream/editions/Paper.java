package org.inkstream.editions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One paper the team follows, as the papers file describes it (docs/editions.md): when it appears, how many pages an
 * edition has, and by when it must have arrived.
 *
 * @param name the paper's name exactly as its pages carry it ({@code paper} of the page metadata)
 * @param appears the weekdays it appears on
 * @param pages pages of an edition, per weekday it appears on (every weekday of {@code appears} has a count)
 * @param due the local time (in {@code zone}) by which an edition is due: after it, nothing received is late
 * @param grace how long after {@code due} missing pages are still waited for: after it, an edition with pages
 *     missing is incomplete
 * @param zone the paper's time zone: due times and "today" are read in it
 */
public record Paper(String name, Set<DayOfWeek> appears, Map<DayOfWeek, Integer> pages, LocalTime due,
    Duration grace, ZoneId zone) {

  public Paper {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a paper needs a name");
    }
    if (appears == null || appears.isEmpty()) {
      throw new IllegalArgumentException("paper " + name + " must appear on at least one weekday");
    }
    appears = Set.copyOf(EnumSet.copyOf(appears));
    Objects.requireNonNull(pages, "pages");
    for (DayOfWeek day : appears) {
      Integer count = pages.get(day);
      if (count == null || count < 1) {
        throw new IllegalArgumentException("paper " + name + " needs a page count of at least 1 for " + day
            + ", was " + count);
      }
    }
    pages = Map.copyOf(new EnumMap<>(pages));
    Objects.requireNonNull(due, "due");
    if (grace == null || grace.isNegative()) {
      throw new IllegalArgumentException("paper " + name + " needs a grace period of zero or more, was " + grace);
    }
    Objects.requireNonNull(zone, "zone");
  }

  public boolean appearsOn(LocalDate date) {
    return appears.contains(date.getDayOfWeek());
  }

  /** Pages of the edition of {@code date}; 0 when the paper does not appear that day. */
  public int pagesOn(LocalDate date) {
    return appearsOn(date) ? pages.get(date.getDayOfWeek()) : 0;
  }

  public Instant dueAt(LocalDate date) {
    return date.atTime(due).atZone(zone).toInstant();
  }

  public Instant graceEndsAt(LocalDate date) {
    return dueAt(date).plus(grace);
  }

  /** The paper's calendar date at {@code now}. */
  public LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, zone);
  }
}
