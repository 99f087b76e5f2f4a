package org.inkstream.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inkstream.ingest.PageOutcome.Status;

/**
 * What one ingest did: every file given, in order, with its {@link PageOutcome}. No file is left out, so the counts
 * always add up to the number of files.
 *
 * @param outcomes one per file, in the order the files were given
 */
public record IngestSummary(List<PageOutcome> outcomes) {

  public IngestSummary {
    outcomes = List.copyOf(outcomes);
  }

  public static IngestSummary empty() {
    return new IngestSummary(List.of());
  }

  /** Ids of the pages Kafka acknowledged, in file order. */
  public List<String> sent() {
    return outcomes.stream().filter(o -> o.status() == Status.SENT).map(PageOutcome::pageId).toList();
  }

  /** Files not sent because the ledger shows the same page record was acknowledged before. */
  public List<Path> unchanged() {
    return outcomes.stream().filter(o -> o.status() == Status.UNCHANGED).map(PageOutcome::file).toList();
  }

  /** Each file that did not reach Kafka, with the reason, in file order. */
  public Map<Path, String> failed() {
    Map<Path, String> failed = new LinkedHashMap<>();
    outcomes.stream().filter(o -> !o.delivered()).forEach(o -> failed.put(o.file(), o.reason()));
    return Collections.unmodifiableMap(failed);
  }

  /** Whether every file is in Kafka, sent now or before. */
  public boolean ok() {
    return outcomes.stream().allMatch(PageOutcome::delivered);
  }

  /** One line for a person: {@code 12 pages sent, 3 skipped as unchanged, 1 failed}. */
  public String line() {
    return sent().size() + " pages sent, " + unchanged().size() + " skipped as unchanged, " + failed().size()
        + " failed";
  }
}
