package org.inkstream.launcher.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inkstream.core.Page;
import org.inkstream.ingest.BadPageException;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageReader;

/**
 * The pages a bench run feeds: source pages (the seeds, or a folder) replayed round-robin under distinct page ids, so
 * that every stage sees the same documents and each page makes new articles rather than overwriting earlier ones.
 *
 * @param sources the distinct page texts, as read from disk
 * @param idPrefix prefix of every generated page id; unique per run so that runs on one cluster stay apart
 */
public record Workload(List<Page> sources, String idPrefix) {

  public Workload {
    sources = List.copyOf(sources);
    Objects.requireNonNull(idPrefix, "idPrefix");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a workload needs at least one source page");
    }
  }

  /** Reads every page file of {@code files}; a file the reader refuses is an error, not a silent gap. */
  public static Workload read(List<Path> files, String idPrefix) throws IOException {
    PageFiles reader = new PageFiles(new PageReader());
    List<Page> pages = new ArrayList<>();
    for (Path file : files) {
      try {
        pages.add(reader.read(file));
      } catch (BadPageException e) {
        throw new IllegalArgumentException("cannot bench with the page file " + file + ": " + e.getMessage(), e);
      }
    }
    return new Workload(pages, idPrefix);
  }

  /** The {@code index}-th page of the stream: source {@code index % sources} under the id {@code prefix-index}. */
  public Page page(long index) {
    Page source = sources.get((int) (index % sources.size()));
    return new Page(idPrefix + index, source.paper(), source.editionDate(), source.pageNumber(), source.pageName(),
        source.file(), source.text(), source.contentHash(), source.charset(), source.script());
  }

  /** Pages {@code from} (inclusive) to {@code to} (exclusive). */
  public List<Page> pages(long from, long to) {
    List<Page> pages = new ArrayList<>();
    for (long i = from; i < to; i++) {
      pages.add(page(i));
    }
    return pages;
  }
}
