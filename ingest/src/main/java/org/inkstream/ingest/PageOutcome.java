package org.inkstream.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one page file in an ingest.
 *
 * @param file the page file
 * @param status what became of it
 * @param pageId the page's id, or null when the file could not be read into a page
 * @param reason for {@link Status#FAILED} and {@link Status#UNACKNOWLEDGED}, a message a user can act on; else null
 */
public record PageOutcome(Path file, Status status, String pageId, String reason) {

  /** The fates of a page file. */
  public enum Status {
    /** Kafka acknowledged the page. */
    SENT,
    /** The ledger shows this exact page record was acknowledged before: not sent again. */
    UNCHANGED,
    /** The file cannot become a page, or Kafka refused it for good: retrying the same file will not help. */
    FAILED,
    /**
     * Kafka did not acknowledge the page for a reason that may pass (broker down, timeout): the same file may succeed
     * later. A drop folder leaves such a file where it is.
     */
    UNACKNOWLEDGED
  }

  public PageOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    boolean failure = status == Status.FAILED || status == Status.UNACKNOWLEDGED;
    if (failure != (reason != null)) {
      throw new IllegalArgumentException("a reason is required exactly for failures, was " + reason + " for " + status);
    }
  }

  static PageOutcome sent(Path file, String pageId) {
    return new PageOutcome(file, Status.SENT, pageId, null);
  }

  static PageOutcome unchanged(Path file, String pageId) {
    return new PageOutcome(file, Status.UNCHANGED, pageId, null);
  }

  static PageOutcome failed(Path file, String pageId, String reason) {
    return new PageOutcome(file, Status.FAILED, pageId, reason);
  }

  static PageOutcome unacknowledged(Path file, String pageId, String reason) {
    return new PageOutcome(file, Status.UNACKNOWLEDGED, pageId, reason);
  }

  /** Whether the page is in Kafka: sent now, or sent before and unchanged. */
  public boolean delivered() {
    return status == Status.SENT || status == Status.UNCHANGED;
  }
}
