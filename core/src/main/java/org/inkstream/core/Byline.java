package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The people an article credits, as the byline names them. Reporters and correspondents (通讯员) are kept apart because
 * monitoring teams count a paper's own staff separately from local contributors.
 */
public record Byline(
    List<String> reporters, List<String> correspondents, List<String> authors, List<String> photographers) {

  private static final Byline EMPTY = new Byline(List.of(), List.of(), List.of(), List.of());

  public Byline {
    reporters = copy(reporters);
    correspondents = copy(correspondents);
    authors = copy(authors);
    photographers = copy(photographers);
  }

  public static Byline empty() {
    return EMPTY;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return reporters.isEmpty() && correspondents.isEmpty() && authors.isEmpty() && photographers.isEmpty();
  }

  private static List<String> copy(List<String> names) {
    return names == null ? List.of() : List.copyOf(names);
  }
}
