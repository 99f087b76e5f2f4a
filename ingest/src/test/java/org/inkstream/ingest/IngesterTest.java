package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.inkstream.core.Page;
import org.inkstream.ingest.PageOutcome.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  @TempDir Path dir;
  private TestProducer kafka;
  private Ledger ledger;
  private Ingester ingester;

  @BeforeEach
  void setUp() throws Exception {
    kafka = new TestProducer();
    ledger = Ledger.open(dir.resolve("state/ledger.json"));
    ingester = ingester(ledger);
  }

  private Ingester ingester(Ledger ledger) {
    return new Ingester(new PageFiles(new PageReader(1024)), new PageProducer(kafka, "pages"), ledger);
  }

  @Test
  void shouldSendEveryGoodPageKeyedByIdAndListEveryBadOneWithItsReason() throws Exception {
    // Given two good pages in different encodings and four bad files
    Path utf8 = write("咸宁日报/2023-12-08/01.txt", "本报讯 今天下雪。\n".getBytes("UTF-8"));
    Path gb = write("咸宁日报/2023-12-08/02.txt", "本报讯 明天放晴。\n".getBytes("GB18030"));
    Path empty = write("bad/empty.txt", new byte[0]);
    Path binary = write("bad/binary.txt", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
    Path large = write("bad/large.txt", "新闻".repeat(400).getBytes("UTF-8"));
    Path missing = dir.resolve("bad/missing.txt");
    List<PageOutcome> progress = new ArrayList<>();

    // When
    IngestSummary summary = ingester.ingest(List.of(utf8, gb, empty, binary, large, missing), progress::add);

    // Then the good pages are in Kafka under their ids, in file order
    assertThat(summary.sent()).containsExactly("咸宁日报-2023-12-08-01", "咸宁日报-2023-12-08-02");
    assertThat(kafka.sentKeys()).containsExactly("咸宁日报-2023-12-08-01", "咸宁日报-2023-12-08-02");
    assertThat(kafka.sentPages()).extracting(Page::charset).containsExactly("UTF-8", "GB18030");
    // and every bad file is listed with a reason that names the problem
    assertThat(summary.failed()).containsOnlyKeys(empty, binary, large, missing);
    assertThat(summary.failed().get(empty)).contains("is empty");
    assertThat(summary.failed().get(binary)).contains("binary");
    assertThat(summary.failed().get(large)).contains("more than the limit of 1024");
    assertThat(summary.failed().get(missing)).contains("no such file");
    assertThat(summary.ok()).isFalse();
    assertThat(summary.line()).isEqualTo("2 pages sent, 0 skipped as unchanged, 4 failed");
    // and the progress bar heard of every file once
    assertThat(progress).extracting(PageOutcome::file).containsExactlyInAnyOrder(utf8, gb, empty, binary, large,
        missing);
  }

  @Test
  void shouldSkipPagesKafkaHoldsUnchangedEvenAfterARestart() throws Exception {
    Path one = write("咸宁日报/2023-12-08/01.txt", "本报讯 今天下雪。\n".getBytes("UTF-8"));
    Path two = write("咸宁日报/2023-12-08/02.txt", "本报讯 明天放晴。\n".getBytes("UTF-8"));
    ingester.ingest(List.of(one, two), Ingester.Progress.NONE);

    // When page 02 is corrected and both are ingested again by a new process reading the saved ledger
    Files.writeString(two, "本报讯 明天多云。\n");
    IngestSummary again = ingester(Ledger.open(dir.resolve("state/ledger.json")))
        .ingest(List.of(one, two), Ingester.Progress.NONE);

    // Then only the corrected page is sent again
    assertThat(again.unchanged()).containsExactly(one);
    assertThat(again.sent()).containsExactly("咸宁日报-2023-12-08-02");
    assertThat(again.ok()).isTrue();
    assertThat(kafka.sentKeys()).containsExactly("咸宁日报-2023-12-08-01", "咸宁日报-2023-12-08-02",
        "咸宁日报-2023-12-08-02");
  }

  @Test
  void shouldTellAPassingKafkaFailureFromAFinalOneAndRecordNeither() throws Exception {
    Path slow = write("slow.txt", "本报讯 今天下雪。\n".getBytes("UTF-8"));
    Path huge = write("huge.txt", "本报讯 明天放晴。\n".getBytes("UTF-8"));
    kafka.refuse("slow", new TimeoutException("Expiring 1 record(s) after 120000 ms"));
    kafka.refuse("huge", new RecordTooLargeException("The message is 2000000 bytes"));

    IngestSummary summary = ingester.ingest(List.of(slow, huge), Ingester.Progress.NONE);

    assertThat(summary.outcomes()).extracting(PageOutcome::status)
        .containsExactly(Status.UNACKNOWLEDGED, Status.FAILED);
    assertThat(summary.failed().get(slow)).contains("did not acknowledge page slow", "Expiring");
    assertThat(summary.failed().get(huge)).contains("Kafka refused page huge", "RecordTooLargeException");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void shouldSendMoreFilesThanOneChunk() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < Ingester.CHUNK + 3; i++) {
      files.add(write("many/" + i + ".txt", ("本报讯 第" + i + "篇。\n").getBytes(Charset.forName("UTF-8"))));
    }

    IngestSummary summary = ingester.ingest(files, Ingester.Progress.NONE);

    assertThat(summary.sent()).hasSize(Ingester.CHUNK + 3);
    assertThat(Ledger.open(dir.resolve("state/ledger.json")).size()).isEqualTo(Ingester.CHUNK + 3);
  }

  private Path write(String relative, byte[] bytes) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }
}
