package org.inkstream.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder that producers drop page files into ({@code inkstream ingest --watch DIR}). Each {@link #poll} takes the
 * files that are complete, sends them through an {@link Ingester}, and moves each one out of the way:
 *
 * <ul>
 *   <li>to {@code done/} once Kafka acknowledged it, or the {@link Ledger} shows the same page was acknowledged before
 *       (a file dropped twice is sent once);
 *   <li>to {@code failed/}, beside a {@code FILE.error.txt} that says why, when it cannot become a page or Kafka
 *       refused it for good;
 *   <li>nowhere when Kafka did not acknowledge it for a reason that may pass (broker down): the next poll tries again.
 * </ul>
 *
 * <p>A file is complete when a marker {@code FILE.done} exists beside it (the writer creates it after closing the
 * file; it is deleted once the file is taken), or when its size and modification time are the same on two consecutive
 * polls. Writers that pause for longer than a poll interval must use markers. A sidecar {@code FILE.json} moves along
 * with its file; {@code manifest.json}, hidden files (the ledger) and files that are not pages (.txt, .text, .pdf) are
 * left where they are. Sub-folders are watched too, so the path convention {@code <paper>/<yyyy-mm-dd>/<page>.<ext>}
 * works inside the folder; {@code done/} and {@code failed/} keep the same relative paths.
 *
 * <p>Why polling and not {@link java.nio.file.WatchService}: drop folders are often network mounts (NFS, SMB), where
 * the watch service sees no events for files written by other machines, and a watch event says a file changed, not
 * that it is complete, so the size check would still need polls. A listing every few seconds costs little.
 *
 * <p>Restarts: the order is send, acknowledgement, ledger saved, file moved. A restart after any step neither skips a
 * file (it stays in the folder until moved) nor sends an unchanged page again (the ledger knows it), except for pages
 * acknowledged in the instant before the ledger was saved.
 */
public final class DropFolder {

  private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);

  /** Sub-folder for files whose page Kafka holds. */
  public static final String DONE = "done";

  /** Sub-folder for files that failed, each beside its {@value #ERROR_ENDING} file. */
  public static final String FAILED = "failed";

  /** Ending of the marker a writer creates beside a complete file: {@code 03.txt.done}. */
  public static final String MARKER_ENDING = ".done";

  /** Ending of the file that says why a file failed: {@code failed/03.txt.error.txt}. */
  public static final String ERROR_ENDING = ".error.txt";

  private record Seen(long size, FileTime modified) {}

  private final Path folder;
  private final Ingester ingester;
  private final Map<Path, Seen> seen = new HashMap<>();
  private final Set<Path> ignored = new HashSet<>();
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  public DropFolder(Path folder, Ingester ingester) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("the drop folder " + folder + " is not a folder");
    }
    this.folder = folder.toAbsolutePath().normalize();
    this.ingester = ingester;
  }

  public Path folder() {
    return folder;
  }

  /**
   * One step: takes the complete files, sends them, and moves them to {@code done/} or {@code failed/}.
   *
   * @return what became of the files taken in this step (none when no file was complete)
   */
  public IngestSummary poll() throws IOException, InterruptedException {
    List<Path> complete = new ArrayList<>();
    Set<Path> present = new HashSet<>();
    for (Path file : pageFiles()) {
      present.add(file);
      if (isComplete(file)) {
        complete.add(file);
      }
    }
    seen.keySet().retainAll(present);
    if (complete.isEmpty()) {
      return IngestSummary.empty();
    }
    IngestSummary summary = ingester.ingest(complete, Ingester.Progress.NONE);
    for (PageOutcome outcome : summary.outcomes()) {
      settle(outcome);
    }
    return summary;
  }

  /**
   * Polls every {@code interval} until {@link #stop} is called; the poll under way finishes first. A poll that fails
   * (the folder unreadable for a moment, a full disk) is logged and tried again at the next interval.
   *
   * @param afterPoll told of each poll's summary, for the command line
   */
  public void run(Duration interval, Consumer<IngestSummary> afterPoll) throws InterruptedException {
    try {
      do {
        try {
          afterPoll.accept(poll());
        } catch (IOException | UncheckedIOException e) {
          LOG.error("polling the drop folder {} failed; trying again in {}", folder, interval, e);
        }
      } while (!stopRequested.await(interval.toMillis(), TimeUnit.MILLISECONDS));
    } finally {
      stopped.countDown();
    }
  }

  /** Asks {@link #run} to return after the poll under way; safe from any thread, a shutdown hook included. */
  public void stop() {
    stopRequested.countDown();
  }

  /** Waits until {@link #run} returned; false when it did not within {@code timeout}. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private List<Path> pageFiles() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> pages = new ArrayList<>();
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(file) || isExcluded(folder.relativize(file))) {
          continue;
        }
        if (PageFiles.isPageFile(file)) {
          pages.add(file);
        } else if (!isCompanion(file) && ignored.add(file)) {
          LOG.warn("ignoring {} in the drop folder: not a page file (.txt, .text or .pdf)", file);
        }
      }
      pages.sort(null);
      return pages;
    }
  }

  /** done/, failed/ and anything hidden (the ledger, editors' swap files) are never taken. */
  private static boolean isExcluded(Path relative) {
    String top = relative.getName(0).toString();
    if (relative.getNameCount() > 1 && (top.equals(DONE) || top.equals(FAILED))) {
      return true;
    }
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Sidecars, manifests and markers belong to page files. */
  private static boolean isCompanion(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(Sidecar.ENDING) || name.endsWith(MARKER_ENDING);
  }

  private boolean isComplete(Path file) throws IOException {
    if (Files.exists(marker(file))) {
      return true;
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    Seen now = new Seen(attributes.size(), attributes.lastModifiedTime());
    return now.equals(seen.put(file, now));
  }

  private void settle(PageOutcome outcome) throws IOException {
    Path file = outcome.file();
    switch (outcome.status()) {
      case SENT, UNCHANGED -> moveOut(file, DONE);
      case FAILED -> {
        Path moved = moveOut(file, FAILED);
        Files.writeString(moved.resolveSibling(moved.getFileName() + ERROR_ENDING),
            outcome.reason() + System.lineSeparator() + "(failed at " + Instant.now() + ")" + System.lineSeparator());
        LOG.warn("{} failed: {}", file, outcome.reason());
      }
      case UNACKNOWLEDGED -> LOG.warn("{} stays for the next poll: {}", file, outcome.reason());
      default -> throw new IllegalStateException("unknown outcome " + outcome.status());
    }
  }

  /** Moves {@code file} and its sidecar to {@code sub} under the same relative path, and drops its marker. */
  private Path moveOut(Path file, String sub) throws IOException {
    Path target = freeName(folder.resolve(sub).resolve(folder.relativize(file)));
    Files.createDirectories(target.getParent());
    Files.move(file, target);
    Path sidecar = Sidecar.of(file);
    if (Files.exists(sidecar)) {
      Files.move(sidecar, Sidecar.of(target));
    }
    Files.deleteIfExists(marker(file));
    seen.remove(file);
    return target;
  }

  /** {@code target}, or {@code 03~1.txt}, {@code 03~2.txt}... when a file of that name was moved there before. */
  private static Path freeName(Path target) {
    if (!Files.exists(target)) {
      return target;
    }
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ending = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; ; n++) {
      Path candidate = target.resolveSibling(stem + "~" + n + ending);
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  private static Path marker(Path file) {
    return file.resolveSibling(file.getFileName() + MARKER_ENDING);
  }
}
