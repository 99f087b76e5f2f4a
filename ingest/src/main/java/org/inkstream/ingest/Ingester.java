package org.inkstream.ingest;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.inkstream.core.Json;
import org.inkstream.core.Page;

/**
 * Sends page files to Kafka and accounts for every one: each file ends as {@link PageOutcome.Status sent, unchanged,
 * failed or unacknowledged}, never dropped.
 *
 * <p>Files go in chunks of {@link #CHUNK} pages: send them all, flush, wait for each acknowledgement, record the
 * acknowledged pages in the {@link Ledger} and save it. Chunks keep the producer's batching (one flush per chunk, not
 * per page), bound the pages held in memory, move a progress bar along on large runs, and bound what an interrupted run
 * sends again.
 */
public final class Ingester {

  /** Pages sent between two flushes and ledger saves. */
  static final int CHUNK = 256;

  /** Told of each file as soon as its fate is known, for progress bars; called on the ingesting thread. */
  public interface Progress {
    Progress NONE = outcome -> { };

    void done(PageOutcome outcome);
  }

  private final PageFiles pageFiles;
  private final PageProducer producer;
  private final Ledger ledger;
  private final Clock clock;

  public Ingester(PageFiles pageFiles, PageProducer producer, Ledger ledger) {
    this(pageFiles, producer, ledger, Clock.systemUTC());
  }

  /** An ingester that stamps each page's {@code received_at} from {@code clock}. */
  public Ingester(PageFiles pageFiles, PageProducer producer, Ledger ledger, Clock clock) {
    this.pageFiles = pageFiles;
    this.producer = producer;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Sends {@code files} and returns the fate of each, in file order.
   *
   * @throws IOException when the ledger cannot be saved: the pages were sent, but a later run would send them again
   */
  public IngestSummary ingest(List<Path> files, Progress progress) throws InterruptedException, IOException {
    List<PageOutcome> outcomes = new ArrayList<>(files.size());
    for (int from = 0; from < files.size(); from += CHUNK) {
      outcomes.addAll(ingestChunk(files.subList(from, Math.min(files.size(), from + CHUNK)), progress));
      ledger.save();
    }
    return new IngestSummary(outcomes);
  }

  private record Pending(Path file, String pageId, String fingerprint, Future<RecordMetadata> ack) {}

  private List<PageOutcome> ingestChunk(List<Path> files, Progress progress) throws InterruptedException {
    PageOutcome[] outcomes = new PageOutcome[files.size()];
    List<Pending> pending = new ArrayList<>();
    List<Integer> pendingIndex = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Page page;
      try {
        page = pageFiles.read(file);
      } catch (IOException e) {
        outcomes[i] = report(progress, PageOutcome.failed(file, null, "cannot read " + file + ": " + describe(e)));
        continue;
      } catch (BadPageException e) {
        outcomes[i] = report(progress, PageOutcome.failed(file, null, e.getMessage()));
        continue;
      }
      byte[] record = Json.writeBytes(page);
      String fingerprint = Ledger.fingerprint(record);
      if (ledger.isUnchanged(page.id(), fingerprint)) {
        outcomes[i] = report(progress, PageOutcome.unchanged(file, page.id()));
        continue;
      }
      try {
        // Stamped after the ledger's comparison, so that an unchanged page sent again is still recognised.
        byte[] stamped = Json.writeBytes(page.withReceivedAt(clock.instant()));
        pending.add(new Pending(file, page.id(), fingerprint, producer.send(page.id(), stamped)));
        pendingIndex.add(i);
      } catch (KafkaException e) {
        outcomes[i] = report(progress, kafkaFailure(file, page.id(), e));
      }
    }
    producer.flush();
    for (int p = 0; p < pending.size(); p++) {
      Pending sent = pending.get(p);
      outcomes[pendingIndex.get(p)] = report(progress, await(sent));
    }
    return List.of(outcomes);
  }

  private PageOutcome await(Pending sent) throws InterruptedException {
    try {
      sent.ack().get();
      ledger.record(sent.pageId(), sent.fingerprint());
      return PageOutcome.sent(sent.file(), sent.pageId());
    } catch (ExecutionException e) {
      return kafkaFailure(sent.file(), sent.pageId(), e.getCause());
    }
  }

  private static PageOutcome kafkaFailure(Path file, String pageId, Throwable cause) {
    if (cause instanceof RetriableException) {
      return PageOutcome.unacknowledged(file, pageId, "Kafka did not acknowledge page " + pageId + " (it may pass: "
          + describe(cause) + ")");
    }
    return PageOutcome.failed(file, pageId, "Kafka refused page " + pageId + ": " + describe(cause));
  }

  private static PageOutcome report(Progress progress, PageOutcome outcome) {
    progress.done(outcome);
    return outcome;
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
