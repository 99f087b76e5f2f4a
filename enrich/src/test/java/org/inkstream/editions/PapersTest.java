package org.inkstream.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PapersTest {

  @Test
  void readsTheExampleFile() {
    Papers papers = Papers.read(Path.of("..", "deploy", "papers.example.yaml"));

    Paper jingzhou = papers.paper("荆州日报").orElseThrow();
    assertThat(jingzhou.appearsOn(LocalDate.of(2024, 5, 12))).as("a Sunday").isFalse();
    assertThat(jingzhou.pagesOn(LocalDate.of(2024, 5, 11))).as("a Saturday").isEqualTo(4);
    assertThat(jingzhou.pagesOn(LocalDate.of(2024, 5, 10))).isEqualTo(8);
    assertThat(jingzhou.due()).isEqualTo(LocalTime.of(5, 30));
    assertThat(jingzhou.grace()).isEqualTo(Duration.ofHours(2));
    assertThat(papers.paper("长江商报").orElseThrow().appears()).doesNotContain(DayOfWeek.SATURDAY);
    assertThat(papers.paper("咸宁日报").orElseThrow().grace()).isEqualTo(Duration.ofMinutes(90));
  }

  static Stream<Arguments> badFiles() {
    String ok = "appears: daily\n    pages: 8\n    due: \"06:00\"\n    grace: 1h\n";
    return Stream.of(
        Arguments.of("papers:\n  - name: 咸宁日报\n    appears: daily\n    pages: 8\n    due: \"25:00\"\n    grace: 1h\n",
            "paper 咸宁日报: field 'due'"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    appears: daily\n    pages: 0\n    due: \"06:00\"\n    grace: 1h\n",
            "paper 咸宁日报: field 'pages'"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    appears: [mon, funday]\n    pages: 8\n    due: \"06:00\"\n"
            + "    grace: 1h\n", "paper 咸宁日报: field 'appears'"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    appears: daily\n    pages: {sat: 4}\n    due: \"06:00\"\n"
            + "    grace: 1h\n", "paper 咸宁日报: field 'pages': no page count for monday"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    appears: daily\n    pages: 8\n    due: \"06:00\"\n    grace: soon\n",
            "paper 咸宁日报: field 'grace'"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    appears: daily\n    pages: 8\n    due: \"06:00\"\n", 
            "paper 咸宁日报: field 'grace' is missing"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    " + ok + "    time_zone: Mars/Olympus\n",
            "paper 咸宁日报: field 'time_zone'"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    " + ok + "    pagez: 3\n", "paper 咸宁日报: unknown field 'pagez'"),
        Arguments.of("papers:\n  - appears: daily\n", "paper 1: field 'name' is missing"),
        Arguments.of("papers:\n  - name: 咸宁日报\n    " + ok + "  - name: 咸宁日报\n    " + ok, "paper 咸宁日报: listed twice"),
        Arguments.of("paper: []\n", "unknown top-level key 'paper'"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadFileNamesThePaperAndTheField(String yaml, String message) {
    assertThatThrownBy(() -> Papers.parse(yaml, "papers.yaml"))
        .isInstanceOf(InvalidPapersException.class)
        .hasMessageStartingWith("papers.yaml: ")
        .hasMessageContaining(message);
  }

  @Test
  void pageNumbersAsPrinted() {
    assertThat(EditionTracker.pageNumber("03")).isEqualTo(3);
    assertThat(EditionTracker.pageNumber("A3")).isEqualTo(3);
    assertThat(EditionTracker.pageNumber("第三版")).isEqualTo(3);
    assertThat(EditionTracker.pageNumber("第十二版")).isEqualTo(12);
    assertThat(EditionTracker.pageNumber("要闻")).isNull();
    assertThat(EditionTracker.pageNumber(null)).isNull();
  }
}
