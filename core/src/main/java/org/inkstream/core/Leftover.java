package org.inkstream.core;

import java.util.List;
import java.util.Objects;

/**
 * Lines of a page that belong to no article (a section banner, garbage glyphs, a stray page furniture line), kept with
 * the reason they were set aside so that nothing of a page is lost silently.
 */
public record Leftover(List<LineRange> lines, String reason, String text) {

  public Leftover {
    lines = List.copyOf(lines);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
