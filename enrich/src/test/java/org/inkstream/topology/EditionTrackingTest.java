package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.inkstream.core.Alert;
import org.inkstream.core.AlertKind;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Edition;
import org.inkstream.core.EditionStatus;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.editions.Papers;
import org.inkstream.engine.PageSplit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edition tracking in the production topology ({@link EnrichTopology#build}), driven by {@link TopologyTestDriver}
 * with its wall clock advanced by the test: every status transition, with and without pages arriving.
 *
 * <p>The paper: 咸宁日报, Monday to Saturday (not on Sundays), 3 pages (2 on Saturdays), due 06:00 Beijing time, two
 * hours' grace. The week: Monday 2024-05-06 to Sunday 2024-05-12.
 */
class EditionTrackingTest {

  private static final Topics TOPICS = Topics.defaults();
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String PAPER = "咸宁日报";
  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 6);
  private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12);
  private static final String PAPERS_YAML = """
      time_zone: Asia/Shanghai
      papers:
        - name: 咸宁日报
          appears: [mon, tue, wed, thu, fri, sat]
          pages: {default: 3, sat: 2}
          due: "06:00"
          grace: 2h
      """;

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> pages;
  private TestOutputTopic<String, String> editions;
  private TestOutputTopic<String, String> alerts;

  @BeforeEach
  void start() {
    startAt(MONDAY.atTime(0, 30).atZone(BEIJING));
  }

  private void startAt(ZonedDateTime wallClock) {
    driverNow = wallClock.toInstant().toEpochMilli();
    EnrichConfig config = new EnrichConfig("test", "unused:9092", stateDir, TOPICS, EnrichConfig.DEFAULT_MAX_PAGE_CHARS,
        100).withPapers(Papers.parse(PAPERS_YAML, "papers.yaml")).withEditionTracking(1, Duration.ofMinutes(1));
    driver = new TopologyTestDriver(EnrichTopology.build(config, twoArticles()), config.streamsProperties(),
        wallClock.toInstant());
    pages = driver.createInputTopic(TOPICS.pages(), new StringSerializer(), new ByteArraySerializer());
    editions = driver.createOutputTopic(TOPICS.editions(), new StringDeserializer(), new StringDeserializer());
    alerts = driver.createOutputTopic(TOPICS.alerts(), new StringDeserializer(), new StringDeserializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void anEditionWithNothingByItsDueTimeTurnsLateOnTheClockAlone() {
    // Given the day begins: the clock creates Monday's expected edition
    advanceTo(MONDAY, 5, 59);
    assertThat(latest(MONDAY).status()).isEqualTo(EditionStatus.EXPECTED);
    assertThat(latest(MONDAY).missingPages()).containsExactly(1, 2, 3);
    assertThat(alerts.isEmpty()).isTrue();

    // When 06:00 passes with no page
    advanceTo(MONDAY, 6, 1);

    // Then the edition is late, and that is an edition alert
    assertThat(latest(MONDAY).status()).isEqualTo(EditionStatus.LATE);
    TestRecord<String, String> alert = alerts.readRecord();
    assertThat(alert.key()).isEqualTo("edition:咸宁日报:2024-05-06");
    Alert read = Json.read(alert.value(), Alert.class);
    assertThat(read.kind()).isEqualTo(AlertKind.EDITION);
    assertThat(read.status()).isEqualTo("late");
    assertThat(read.publishedAt()).isEqualTo(Instant.parse("2024-05-06T00:00:00Z"));
  }

  @Test
  void anEditionStillMissingPagesAfterTheGracePeriodTurnsIncomplete() {
    // Given pages 1 and 2 arrive before the due time
    advanceTo(MONDAY, 5, 0);
    send(page(MONDAY, "1", "第一版"));
    send(page(MONDAY, "2", "第二版"));
    assertThat(latest(MONDAY).status()).isEqualTo(EditionStatus.ARRIVING);

    // When due time and grace pass without page 3 (no page arrives meanwhile)
    advanceTo(MONDAY, 7, 59);
    assertThat(latest(MONDAY).status()).isEqualTo(EditionStatus.ARRIVING);
    assertThat(alerts.isEmpty()).as("arriving within the grace period is no alert").isTrue();
    advanceTo(MONDAY, 8, 1);

    // Then the edition is incomplete, page 3 missing, and the alert says so
    Edition edition = latest(MONDAY);
    assertThat(edition.status()).isEqualTo(EditionStatus.INCOMPLETE);
    assertThat(edition.missingPages()).containsExactly(3);
    assertThat(edition.pagesReceived()).isEqualTo(2);
    assertThat(edition.articles()).isEqualTo(4);
    Alert alert = Json.read(alerts.readValue(), Alert.class);
    assertThat(alert.status()).isEqualTo("incomplete");
    assertThat(alert.missingPages()).containsExactly(3);
  }

  @Test
  void aLateEditionBecomesCompleteWhenItsPagesArriveAndItsAlertIsRetracted() {
    // Given a late edition
    advanceTo(MONDAY, 6, 30);
    assertThat(latest(MONDAY).status()).isEqualTo(EditionStatus.LATE);
    assertThat(alerts.readRecord().value()).isNotNull();

    // When all three pages arrive
    send(page(MONDAY, "1", "第一版"));
    send(page(MONDAY, "2", "第二版"));
    send(page(MONDAY, "3", "第三版"));

    // Then it is complete, and the alert is retracted with a tombstone under the same key
    assertThat(latest(MONDAY).status()).isEqualTo(EditionStatus.COMPLETE);
    assertThat(latest(MONDAY).missingPages()).isEmpty();
    List<TestRecord<String, String>> out = alerts.readRecordsToList();
    assertThat(out).isNotEmpty();
    TestRecord<String, String> last = out.get(out.size() - 1);
    assertThat(last.key()).isEqualTo("edition:咸宁日报:2024-05-06");
    assertThat(last.value()).as("tombstone").isNull();
    // ...and the clock leaves a complete edition alone
    advanceTo(MONDAY, 9, 0);
    assertThat(editions.isEmpty()).isTrue();
  }

  @Test
  void pagesOfAPaperTheFileDoesNotKnowAreUnexpected() {
    send(new Page("other-1", "无名晚报", MONDAY, "1", null, "other-1.txt", "第一版", null, null, null,
        MONDAY.atTime(4, 0).atZone(BEIJING).toInstant()));

    Edition edition = latestOf("无名晚报", MONDAY);
    assertThat(edition).isNotNull();
    assertThat(edition.status()).isEqualTo(EditionStatus.UNEXPECTED);
    assertThat(edition.expectedPages()).isNull();
    advanceTo(MONDAY, 12, 0);
    assertThat(alerts.readRecordsToList()).extracting(TestRecord::key)
        .doesNotContain("edition:无名晚报:2024-05-06");
  }

  @Test
  void aPageSentTwiceCountsOnce() {
    advanceTo(MONDAY, 5, 0);
    editions.readRecordsToList(); // the expected edition the clock created
    Page first = page(MONDAY, "1", "第一版");
    send(first);
    assertThat(editions.readRecordsToList()).hasSize(1);

    send(first.withReceivedAt(first.receivedAt().plusSeconds(60)));

    // Nothing changed: no new edition record, one page received
    assertThat(editions.isEmpty()).isTrue();
    advanceTo(MONDAY, 5, 1);
    assertThat(latestState(MONDAY).pagesReceived()).isEqualTo(1);
  }

  @Test
  void aCorrectedPageReplacesItsEntryAndKeepsItsFirstArrival() {
    advanceTo(MONDAY, 5, 0);
    Page page2 = page(MONDAY, "2", "第二版");
    send(page(MONDAY, "1", "第一版"));
    send(page2);
    Instant firstArrival = latest(MONDAY).pages().get(1).receivedAt();

    // When page 2 is sent again with a correction, under another page id
    Page corrected = new Page("咸宁日报-2024-05-06-02-v2", PAPER, MONDAY, "02", null, "02.txt", "第二版(更正)", null,
        null, null, page2.receivedAt().plusSeconds(600));
    send(corrected);

    // Then the edition still has two pages, page 2 in its corrected version, first arrival kept
    Edition edition = latest(MONDAY);
    assertThat(edition.pagesReceived()).isEqualTo(2);
    assertThat(edition.missingPages()).containsExactly(3);
    assertThat(edition.pages().get(1).pageId()).isEqualTo("咸宁日报-2024-05-06-02-v2");
    assertThat(edition.pages().get(1).receivedAt()).isEqualTo(firstArrival);
    assertThat(edition.pages().get(1).correctedAt()).isEqualTo(corrected.receivedAt());
  }

  @Test
  void aPaperThatDoesNotAppearOnSundaysIsNeitherExpectedNorLateOnSunday() {
    driver.close();
    startAt(SUNDAY.atTime(0, 30).atZone(BEIJING));

    // The whole Sunday passes: no expected edition, nothing late
    advanceTo(SUNDAY, 23, 0);
    assertThat(editions.isEmpty()).isTrue();
    assertThat(alerts.isEmpty()).isTrue();

    // A page dated Sunday is unexpected
    send(page(SUNDAY, "1", "第一版"));
    assertThat(latest(SUNDAY).status()).isEqualTo(EditionStatus.UNEXPECTED);

    // And Monday is expected again once its day begins
    advanceTo(SUNDAY.plusDays(1), 0, 5);
    assertThat(latestOf(PAPER, SUNDAY.plusDays(1)).status()).isEqualTo(EditionStatus.EXPECTED);
  }

  @Test
  void aPageWithoutAnyDateBelongsToTheEditionOfTheDayItArrived() {
    advanceTo(MONDAY, 5, 0);
    Page undated = new Page("p", PAPER, null, "1", null, "p.txt", "第一版", null, null, null,
        MONDAY.atTime(5, 0).atZone(BEIJING).toInstant());
    send(undated);

    Edition edition = latest(MONDAY);
    assertThat(edition.pagesReceived()).isEqualTo(1);
    assertThat(edition.dateSource().key()).isEqualTo("received");
  }

  // --- fixtures

  private void advanceTo(LocalDate date, int hour, int minute) {
    Instant target = date.atTime(hour, minute).atZone(BEIJING).toInstant();
    Instant now = Instant.ofEpochMilli(driverNow);
    if (target.isAfter(now)) {
      driver.advanceWallClockTime(Duration.between(now, target));
      driverNow = target.toEpochMilli();
    }
  }

  private long driverNow = MONDAY.atTime(0, 30).atZone(BEIJING).toInstant().toEpochMilli();

  private Page page(LocalDate date, String number, String text) {
    Instant received = Instant.ofEpochMilli(driverNow);
    String id = PAPER + "-" + date + "-" + number;
    return new Page(id, PAPER, date, number, null, number + ".txt", text, null, null, null, received);
  }

  private void send(Page page) {
    pages.pipeInput(page.id(), Json.writeBytes(page), Instant.ofEpochMilli(driverNow));
  }

  private final Map<String, Edition> seen = new java.util.HashMap<>();

  /** The latest edition record published so far for {@code date}'s edition of the paper. */
  private Edition latest(LocalDate date) {
    return latestOf(PAPER, date);
  }

  private Edition latestOf(String paper, LocalDate date) {
    editions.readKeyValuesToList().forEach(kv -> seen.put(kv.key, Json.read(kv.value, Edition.class)));
    return seen.get(Edition.keyOf(paper, date));
  }

  /** The edition as the store holds it now. */
  private Edition latestState(LocalDate date) {
    return driver.<String, Edition>getKeyValueStore(EnrichTopology.EDITIONS_STORE).get(Edition.keyOf(PAPER, date));
  }

  /** An engine that makes two articles of any page. */
  private static Function<Page, PageSplit> twoArticles() {
    return page -> {
      List<Article> list = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        list.add(Article.builder().id(Article.idOf(page.id(), i)).pageId(page.id()).ordinal(i)
            .type(ArticleType.NEWS).headline("标题" + i).text(page.text()).editionDate(page.editionDate())
            .provenance(new Provenance(page.file(), List.of(LineRange.of(i)))).build());
      }
      return new PageSplit(list, List.of());
    };
  }
}
