package org.inkstream.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run did: the pages Kafka acknowledged, and every file that failed with the reason.
 *
 * @param sent page ids acknowledged by the broker, in file order
 * @param failed each failed file with a message a user can act on
 */
public record IngestSummary(List<String> sent, Map<Path, String> failed) {

  public IngestSummary {
    sent = List.copyOf(sent);
    failed = Map.copyOf(failed);
  }

  public boolean ok() {
    return failed.isEmpty();
  }
}
