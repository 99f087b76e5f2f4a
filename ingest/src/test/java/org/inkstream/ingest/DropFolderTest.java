package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.TimeoutException;
import org.inkstream.ingest.PageOutcome.Status;
import org.inkstream.ingest.TestPdfs.Line;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the drop folder one {@link DropFolder#poll} at a time: no sleeps, the "two polls" are two calls. */
class DropFolderTest {

  private static final String TEXT = "本报讯 咸宁市召开冬季防火工作会议。\n";

  @TempDir Path inbox;
  private TestProducer kafka;
  private DropFolder folder;

  @BeforeEach
  void setUp() throws Exception {
    kafka = new TestProducer();
    folder = restart();
  }

  /** A new drop folder on the same inbox and ledger file, as after a process restart. */
  private DropFolder restart() throws Exception {
    Ledger ledger = Ledger.open(inbox.resolve(".inkstream-ledger.json"));
    return new DropFolder(inbox, new Ingester(new PageFiles(new PageReader(4096)), new PageProducer(kafka, "pages"),
        ledger));
  }

  @Test
  void shouldTakeAFileOnceItsSizeHeldStillOverTwoPolls() throws Exception {
    Path file = write("咸宁日报/2023-12-08/03.txt", TEXT);

    // the first poll only notes the size: the writer may still be writing
    assertThat(folder.poll().outcomes()).isEmpty();
    assertThat(file).exists();

    // the second poll sees the same size and takes it
    IngestSummary summary = folder.poll();

    assertThat(summary.sent()).containsExactly("咸宁日报-2023-12-08-03");
    assertThat(kafka.sentKeys()).containsExactly("咸宁日报-2023-12-08-03");
    assertThat(file).doesNotExist();
    assertThat(inbox.resolve("done/咸宁日报/2023-12-08/03.txt")).hasContent(TEXT.strip());
  }

  @Test
  void shouldWaitWhileAFileGrows() throws Exception {
    Path file = write("03.txt", "本报讯 咸宁市召开");
    folder.poll();
    Files.writeString(file, "本报讯 咸宁市召开冬季防火工作会议。");

    assertThat(folder.poll().outcomes()).isEmpty(); // grew since the last poll
    assertThat(folder.poll().sent()).containsExactly("03"); // held still
    assertThat(kafka.sentPages().get(0).text()).isEqualTo("本报讯 咸宁市召开冬季防火工作会议。");
  }

  @Test
  void shouldTakeAMarkedFileAtTheFirstPollAndDropTheMarker() throws Exception {
    Path file = write("03.txt", TEXT);
    Path marker = write("03.txt.done", "");

    assertThat(folder.poll().sent()).containsExactly("03");
    assertThat(file).doesNotExist();
    assertThat(marker).doesNotExist();
  }

  @Test
  void shouldMoveEachBadFileToFailedBesideItsReason() throws Exception {
    // Given bad files of every kind, each marked complete
    mark(write("empty.txt", ""));
    mark(Files.write(inbox.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0}));
    mark(write("large.txt", "新闻".repeat(1000)));
    mark(Files.write(inbox.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu.\n"
        .getBytes(StandardCharsets.ISO_8859_1)));
    mark(TestPdfs.pageWithoutText(inbox.resolve("scan.pdf")));
    mark(TestPdfs.encryptedPage(inbox.resolve("locked.pdf"), List.of(new Line(50, 100, 12, "机密")), "secret"));
    mark(Files.write(inbox.resolve("broken.pdf"), "%PDF-1.7\n坏\n".getBytes(StandardCharsets.UTF_8)));

    // When
    IngestSummary summary = folder.poll();

    // Then none reached Kafka, and each is in failed/ beside a file that says why
    assertThat(kafka.history()).isEmpty();
    assertThat(summary.failed()).hasSize(7);
    assertThat(error("empty.txt")).contains("is empty");
    assertThat(error("binary.txt")).contains("binary");
    assertThat(error("large.txt")).contains("more than the limit of 4096");
    assertThat(error("latin1.txt")).contains("is not UTF-8, UTF-16, GB18030 or Big5 text");
    assertThat(error("scan.pdf")).contains("needs OCR");
    assertThat(error("locked.pdf")).contains("encrypted");
    assertThat(error("broken.pdf")).contains("not a readable PDF");
    assertThat(inbox.resolve("failed/scan.pdf")).exists();
    try (var left = Files.list(inbox)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactly("failed"); // no ledger either: nothing was sent
    }
  }

  @Test
  void shouldNotSendAPageTwiceWhenItIsDroppedAgainAfterARestart() throws Exception {
    mark(write("03.txt", TEXT));
    folder.poll();

    // When the process restarts and the same page is dropped again
    DropFolder restarted = restart();
    mark(write("03.txt", TEXT));
    IngestSummary summary = restarted.poll();

    // Then it is recognised as unchanged, not sent, and kept in done/ under a new name
    assertThat(summary.outcomes()).extracting(PageOutcome::status).containsExactly(Status.UNCHANGED);
    assertThat(kafka.sentKeys()).containsExactly("03");
    assertThat(inbox.resolve("done/03.txt")).exists();
    assertThat(inbox.resolve("done/03~1.txt")).exists();
  }

  @Test
  void shouldNotResendAPageAcknowledgedJustBeforeACrash() throws Exception {
    // Given a page Kafka acknowledged and the ledger recorded, but the process died before moving the file
    Path file = write("03.txt", TEXT);
    Ledger ledger = Ledger.open(inbox.resolve(".inkstream-ledger.json"));
    new Ingester(new PageFiles(new PageReader(4096)), new PageProducer(kafka, "pages"), ledger)
        .ingest(List.of(file), Ingester.Progress.NONE);

    // When the restarted watcher finds the file
    mark(file);
    IngestSummary summary = restart().poll();

    // Then it moves it to done/ without sending it again
    assertThat(summary.unchanged()).containsExactly(file);
    assertThat(kafka.sentKeys()).containsExactly("03");
    assertThat(inbox.resolve("done/03.txt")).exists();
  }

  @Test
  void shouldKeepAFileKafkaDidNotAcknowledgeUntilItDoes() throws Exception {
    Path file = mark(write("03.txt", TEXT));
    kafka.refuse("03", new TimeoutException("broker not available"));

    assertThat(folder.poll().outcomes()).extracting(PageOutcome::status).containsExactly(Status.UNACKNOWLEDGED);
    assertThat(file).exists(); // not skipped, not failed: it waits

    kafka.accept("03");
    assertThat(folder.poll().sent()).containsExactly("03");
    assertThat(inbox.resolve("done/03.txt")).exists();
  }

  @Test
  void shouldMoveASidecarWithItsFileAndLeaveTheManifest() throws Exception {
    Path file = mark(write("03.txt", TEXT));
    write("03.txt.json", "{\"paper\": \"咸宁日报\", \"edition_date\": \"2023-12-08\", \"page_number\": \"3\"}");
    write("manifest.json", "{\"04.txt\": {\"page_name\": \"要闻\"}}");

    assertThat(folder.poll().sent()).containsExactly("咸宁日报-2023-12-08-3");
    assertThat(inbox.resolve("done/03.txt.json")).exists();
    assertThat(inbox.resolve("manifest.json")).exists();
    assertThat(file).doesNotExist();
  }

  @Test
  void shouldLeaveFilesThatAreNoPagesAlone() throws Exception {
    Path photo = write("photo.jpg", "not a page");
    folder.poll();

    assertThat(folder.poll().outcomes()).isEmpty();
    assertThat(photo).exists();
  }

  @Test
  void shouldRunUntilStopped() throws Exception {
    BlockingQueue<IngestSummary> polls = new LinkedBlockingQueue<>();
    Thread watcher = new Thread(() -> {
      try {
        folder.run(Duration.ofMillis(10), polls::add);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    watcher.start();
    try {
      mark(write("03.txt", TEXT));

      IngestSummary withPage = null;
      while (withPage == null) {
        IngestSummary next = polls.poll(10, TimeUnit.SECONDS);
        assertThat(next).as("a poll within 10 s").isNotNull();
        withPage = next.sent().isEmpty() ? null : next;
      }
      assertThat(withPage.sent()).containsExactly("03");
    } finally {
      folder.stop();
    }
    assertThat(folder.awaitStopped(Duration.ofSeconds(10))).isTrue();
    watcher.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(watcher.isAlive()).isFalse();
  }

  private String error(String name) throws Exception {
    return Files.readString(inbox.resolve("failed/" + name + DropFolder.ERROR_ENDING));
  }

  private Path mark(Path file) throws Exception {
    Files.writeString(file.resolveSibling(file.getFileName() + DropFolder.MARKER_ENDING), "");
    return file;
  }

  private Path write(String relative, String text) throws Exception {
    Path file = inbox.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
