package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateResolverTest {

  private static final DateResolver RESOLVER = new DateResolver();
  private static final LocalDate EDITION = LocalDate.of(2023, 11, 22);

  static Stream<Arguments> mentions() {
    return Stream.of(
        // a month-day takes the edition's year
        Arguments.of("11月21日下午,市委书记周锋主持召开会议", EDITION, List.of(LocalDate.of(2023, 11, 21))),
        // relative days count from the edition date
        Arguments.of("记者昨日从市政务服务和大数据管理局获悉", EDITION, List.of(LocalDate.of(2023, 11, 21))),
        Arguments.of("今天,记者来到现场", EDITION, List.of(EDITION)),
        // a range gives both days
        Arguments.of("在4月21日——22日开展的专题研讨会上", LocalDate.of(2021, 4, 24),
            List.of(LocalDate.of(2021, 4, 21), LocalDate.of(2021, 4, 22))),
        Arguments.of("11月2日至3日,举行培训班", EDITION,
            List.of(LocalDate.of(2023, 11, 2), LocalDate.of(2023, 11, 3))),
        // a range across a month end
        Arguments.of("12月30日至1月2日", LocalDate.of(2023, 12, 28),
            List.of(LocalDate.of(2023, 12, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 2))),
        // a full date is taken as written
        Arguments.of("2023年12月7日上午", EDITION, List.of(LocalDate.of(2023, 12, 7))),
        // last December, in a January paper
        Arguments.of("12月28日,全市召开会议", LocalDate.of(2024, 1, 5), List.of(LocalDate.of(2023, 12, 28))),
        // 去年 shifts the year
        Arguments.of("去年9月3日", EDITION, List.of(LocalDate.of(2022, 9, 3))),
        // no edition date: only the full date resolves
        Arguments.of("2023年12月7日上午,11月21日,昨日", null, List.of(LocalDate.of(2023, 12, 7))),
        // not a date
        Arguments.of("2月30日", EDITION, List.of()),
        Arguments.of("今年10月", EDITION, List.of()));
  }

  @ParameterizedTest
  @MethodSource("mentions")
  void resolvesMentions(String text, LocalDate edition, List<LocalDate> expected) {
    assertThat(RESOLVER.resolve(text, edition)).isEqualTo(expected);
  }

  @Test
  void readsLetterSpacedAndFullWidthDates() {
    String printed = "１２月 １０日上午，长江艺术工程职业学院";

    assertThat(RESOLVER.resolve(ChineseText.forAnalysis(printed), EDITION))
        .containsExactly(LocalDate.of(2023, 12, 10));
  }

  @Test
  void infersEditionDateFromMasthead() {
    String page = "荆州日报\n2023年12月8日 星期五\n本报讯 12月7日,2023年11月1日";

    assertThat(RESOLVER.inferEditionDate(page)).contains(LocalDate.of(2023, 12, 8));
  }

  @Test
  void ignoresMastheadWhoseWeekdayDisagrees() {
    // 2023-12-04 is a Monday, not a Friday: the line is no masthead, and dates inside the report say nothing
    String page = "2023年12月4日 星期五\n2023年12月6日 本报讯 12月7日";

    assertThat(RESOLVER.inferEditionDate(page)).isEmpty();
  }

  @Test
  void infersEditionDateFromAFurnitureLine() {
    String page = "要闻\n咸宁日报 2023年12月8日 第3版\n本报讯 2023年12月1日,市政府召开会议";

    assertThat(RESOLVER.inferEditionDate(page)).contains(LocalDate.of(2023, 12, 8));
  }

  static Stream<String> datesThatAreNotTheEditions() {
    return Stream.of(
        // a date inside an article, however late
        "去年9月…我市已于2020年9月开展…2020年11月3日,市政府…11月2日…7月22日",
        // a notice's measurement date (seed page 002)
        "城区集中式生活饮用水水源水质状况公告\n2020年11月3日检测",
        // a bare date line: how an official notice is signed
        "特此公告。\n咸宁市生态环境局\n2020年11月3日",
        // a validity date
        "本规定从2021年5月1日起执行。");
  }

  @ParameterizedTest
  @MethodSource("datesThatAreNotTheEditions")
  void neverTakesADatePrintedInsideAnArticleOrANotice(String page) {
    assertThat(RESOLVER.inferEditionDate(page)).isEmpty();
  }

  @Test
  void infersNothingWithoutFullDate() {
    assertThat(RESOLVER.inferEditionDate("11月21日下午,昨日")).isEmpty();
  }
}
