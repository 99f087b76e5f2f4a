package org.inkstream.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.inkstream.core.Page;

/**
 * Sends page files to Kafka and accounts for every one: a file is either acknowledged by the broker or listed as failed
 * with its reason, never dropped.
 */
public final class Ingester {

  /** Told of each file as soon as its fate is known, for progress bars. */
  public interface Progress {
    void done(Path file, boolean ok);
  }

  private final PageFiles pageFiles;
  private final PageProducer producer;

  public Ingester(PageFiles pageFiles, PageProducer producer) {
    this.pageFiles = pageFiles;
    this.producer = producer;
  }

  public IngestSummary ingest(List<Path> files, Progress progress) throws InterruptedException {
    Map<Path, String> failed = new LinkedHashMap<>();
    Map<Path, Future<RecordMetadata>> pending = new LinkedHashMap<>();
    Map<Path, String> ids = new LinkedHashMap<>();
    for (Path file : files) {
      try {
        Page page = pageFiles.read(file);
        ids.put(file, page.id());
        pending.put(file, producer.send(page));
      } catch (IOException | BadPageException e) {
        failed.put(file, e.getMessage());
        progress.done(file, false);
      }
    }
    producer.flush();
    List<String> sent = new ArrayList<>();
    for (Map.Entry<Path, Future<RecordMetadata>> entry : pending.entrySet()) {
      try {
        entry.getValue().get();
        sent.add(ids.get(entry.getKey()));
        progress.done(entry.getKey(), true);
      } catch (ExecutionException e) {
        failed.put(entry.getKey(), "Kafka did not accept the page: " + e.getCause().getMessage());
        progress.done(entry.getKey(), false);
      }
    }
    return new IngestSummary(sent, failed);
  }
}
