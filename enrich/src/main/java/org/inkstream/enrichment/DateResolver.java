package org.inkstream.enrichment;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar dates a text mentions, as ISO dates, resolved against the edition date of the page.
 *
 * <p>Rules, in the order they are applied (a span of text is read once):
 *
 * <ol>
 *   <li>a full date {@code 2023年12月7日} is taken as written;
 *   <li>a month and day {@code 11月21日} takes the year that puts it closest to the edition date (a paper of 5 January
 *       that writes 12月28日 means last December); {@code 今年11月3日} takes the edition's year;
 *   <li>a range {@code 4月21日——22日}, {@code 11月2日至3日}, {@code 12月30日至1月2日} gives every day of it when it spans at
 *       most a week, else its two ends;
 *   <li>{@code 昨日/昨天}, {@code 今日/今天}, {@code 明日/明天}, {@code 前天}, {@code 后天} count from the edition date.
 * </ol>
 *
 * Without an edition date only full dates resolve: a month-day or a relative day is left out rather than guessed,
 * because a wrong year is worse in a search facet than a missing one. Digits must be ASCII (see {@link
 * ChineseText#forAnalysis}); dates in Chinese numerals (十一月二十一日) are not read. Thread-safe and stateless.
 */
public final class DateResolver {

  private static final String DAY_RANGE = "(?:\\s*(?:—+|-+|－+|~|～|至|到)\\s*(?:(\\d{1,2})月)?(\\d{1,2})日)?";
  private static final Pattern DATE = Pattern.compile(
      "(?:(\\d{4})年|(今年|去年|明年))?(\\d{1,2})月(\\d{1,2})[日号]" + DAY_RANGE);
  private static final Pattern RELATIVE = Pattern.compile("昨日|昨天|今日|今天|明日|明天|前天|后天");
  private static final Pattern MASTHEAD = Pattern.compile(
      "(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:星期|周|礼拜)([一二三四五六日天])");
  /** A full date that is not the start or end of a validity (从2021年5月1日起执行 lies in the paper's future). */
  private static final Pattern FULL_DATE =
      Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号](?![起前止]|以前|之前|以后|之后|开始|实施|施行)");
  private static final int MAX_EXPANDED_DAYS = 7;

  /** The dates {@code text} mentions, sorted and distinct; {@code edition} may be null. */
  public List<LocalDate> resolve(String text, LocalDate edition) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      Optional<LocalDate> start = start(m, edition);
      start.ifPresent(s -> addRange(dates, s, m));
    }
    if (edition != null) {
      Matcher relative = RELATIVE.matcher(text);
      while (relative.find()) {
        dates.add(edition.plusDays(offsetOf(relative.group())));
      }
    }
    return List.copyOf(dates);
  }

  private static Optional<LocalDate> start(Matcher m, LocalDate edition) {
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    if (m.group(1) != null) {
      return date(Integer.parseInt(m.group(1)), month, day);
    }
    if (edition == null) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      int shift = switch (m.group(2)) {
        case "去年" -> -1;
        case "明年" -> 1;
        default -> 0;
      };
      return date(edition.getYear() + shift, month, day);
    }
    return closest(edition, month, day);
  }

  private static void addRange(TreeSet<LocalDate> dates, LocalDate start, Matcher m) {
    dates.add(start);
    if (m.group(6) == null) {
      return;
    }
    int endMonth = m.group(5) == null ? start.getMonthValue() : Integer.parseInt(m.group(5));
    Optional<LocalDate> end = date(start.getYear(), endMonth, Integer.parseInt(m.group(6)))
        .map(e -> e.isBefore(start) ? e.plusYears(1) : e);
    if (end.isEmpty()) {
      return;
    }
    long days = ChronoUnit.DAYS.between(start, end.get());
    if (days <= MAX_EXPANDED_DAYS) {
      for (long d = 1; d <= days; d++) {
        dates.add(start.plusDays(d));
      }
    } else {
      dates.add(end.get());
    }
  }

  /** The month-day in the year before, of, or after the edition's that lies closest to the edition date. */
  private static Optional<LocalDate> closest(LocalDate edition, int month, int day) {
    LocalDate best = null;
    for (int year = edition.getYear() - 1; year <= edition.getYear() + 1; year++) {
      LocalDate candidate = date(year, month, day).orElse(null);
      if (candidate != null && (best == null || distance(candidate, edition) < distance(best, edition))) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      // 2月30日 and similar misprints or OCR errors: not a date, so nothing to resolve
      return Optional.empty();
    }
  }

  private static int offsetOf(String relative) {
    return switch (relative) {
      case "前天" -> -2;
      case "昨日", "昨天" -> -1;
      case "明日", "明天" -> 1;
      case "后天" -> 2;
      default -> 0;
    };
  }

  /**
   * The edition date of a page that does not say it in its metadata: a masthead line ({@code 2023年12月8日 星期五})
   * whose weekday agrees with its date wins; else the latest full date the page mentions, or, when a later month-day
   * of that same year is mentioned too, that later day (a paper reports on days up to its own). Empty when the page
   * has no full date at all. A date followed by 起, 前, 实施... is skipped: it is when a rule takes effect or a
   * deadline, often after the edition. {@code text} should be normalised by {@link ChineseText#forAnalysis}.
   */
  public Optional<LocalDate> inferEditionDate(String text) {
    Matcher masthead = MASTHEAD.matcher(text);
    while (masthead.find()) {
      Optional<LocalDate> date = date(Integer.parseInt(masthead.group(1)), Integer.parseInt(masthead.group(2)),
          Integer.parseInt(masthead.group(3)));
      if (date.isPresent() && date.get().getDayOfWeek() == weekday(masthead.group(4))) {
        return date;
      }
    }
    LocalDate latest = null;
    Matcher full = FULL_DATE.matcher(text);
    while (full.find()) {
      LocalDate date = date(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
          Integer.parseInt(full.group(3))).orElse(null);
      if (date != null && (latest == null || date.isAfter(latest))) {
        latest = date;
      }
    }
    return Optional.ofNullable(latest).map(l -> latestOfYear(text, l));
  }

  private static LocalDate latestOfYear(String text, LocalDate latest) {
    LocalDate result = latest;
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      if (m.group(1) == null && m.group(2) == null) {
        LocalDate date = date(latest.getYear(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
            .orElse(null);
        if (date != null && date.isAfter(result)) {
          result = date;
        }
      }
    }
    return result;
  }

  private static DayOfWeek weekday(String name) {
    int index = name.equals("天") ? 6 : "一二三四五六日".indexOf(name);
    return DayOfWeek.of(index + 1);
  }
}
