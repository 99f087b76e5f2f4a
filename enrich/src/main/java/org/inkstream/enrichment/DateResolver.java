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
  private static final int MAX_EXPANDED_DAYS = 7;
  /** A furniture line is short: a masthead strip or a page header, not a sentence. */
  private static final int MAX_FURNITURE_LINE = 40;
  private static final Pattern LINE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周|礼拜)([一二三四五六日天])");
  /** What may stand beside the date on a furniture line, separated by blanks or bars; at least one token. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?:[\\s|｜/·]*(?:(?:星期|周|礼拜)[一二三四五六日天]|农历\\S{2,8}|第?\\s*[\\dA-Z一二三四五六七八九十]{1,6}\\s*[版期]"
          + "|[\\p{IsHan}]{2,8}(?:日报|晚报|早报|时报|商报|报)|[\\p{IsHan}]{1,6}版|责任编辑\\s*[:：]?\\s*\\S{0,12}"
          + "|美编\\s*[:：]?\\s*\\S{0,12}|校对\\s*[:：]?\\s*\\S{0,12}))+[\\s|｜/·]*");

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
   * The edition date of a page that does not say it in its metadata, read only from the page's own furniture, never
   * from what its articles say:
   *
   * <ol>
   *   <li>a masthead line ({@code 2023年12月8日 星期五}) whose weekday agrees with its date;
   *   <li>else a furniture line: a full date on a short line of its own together with at least one furniture token and
   *       nothing else: a weekday, a lunar date ({@code 农历十月廿六}), a page or issue number ({@code 第3版}, {@code 第
   *       12345期}), a paper's name ({@code 咸宁日报}), an editor credit ({@code 责任编辑:...}).
   * </ol>
   *
   * Empty otherwise. A date inside a sentence, a notice's date ({@code 2020年11月3日检测}) or a bare date line (how an
   * official notice is signed) is not the edition's: the paper may print last year's figures or next month's rules,
   * and a wrong edition date files the whole page under the wrong day. {@code text} should be normalised by {@link
   * ChineseText#forAnalysis}.
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
    for (String line : text.split("\\R")) {
      String stripped = line.strip();
      if (stripped.length() > MAX_FURNITURE_LINE) {
        continue;
      }
      Matcher full = LINE_DATE.matcher(stripped);
      if (!full.find()) {
        continue;
      }
      String rest = (stripped.substring(0, full.start()) + " " + stripped.substring(full.end())).strip();
      if (!rest.isEmpty() && FURNITURE.matcher(rest).matches()) {
        Optional<LocalDate> date = date(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
            Integer.parseInt(full.group(3)));
        Matcher weekday = WEEKDAY.matcher(rest);
        // a weekday that disagrees with the date makes the line a misprint or not the edition's: trust neither
        if (date.isPresent() && (!weekday.find() || date.get().getDayOfWeek() == weekday(weekday.group(1)))) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static DayOfWeek weekday(String name) {
    int index = name.equals("天") ? 6 : "一二三四五六日".indexOf(name);
    return DayOfWeek.of(index + 1);
  }
}
