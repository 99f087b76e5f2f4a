package org.inkstream.ingest;

import java.util.Objects;

/** A page's decoded text and the charset it was decoded from. */
public record PageText(String text, String charset) {

  public PageText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
