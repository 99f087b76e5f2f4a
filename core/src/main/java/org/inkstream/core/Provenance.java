package org.inkstream.core;

import java.util.List;
import java.util.Objects;

/**
 * Where an article came from: the page's file name and the raw page lines that it was made of, so that every sentence
 * in the index can be traced back to print.
 */
public record Provenance(String file, List<LineRange> lines) {

  public Provenance {
    Objects.requireNonNull(file, "file");
    lines = List.copyOf(lines);
  }
}
