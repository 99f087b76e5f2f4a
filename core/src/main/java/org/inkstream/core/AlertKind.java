package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an {@link Alert} is about: a keyword rule that fired on an article, or an edition that is late or incomplete. */
public enum AlertKind {
  KEYWORD,
  EDITION;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static AlertKind fromKey(String key) {
    try {
      return valueOf(key.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown alert kind '" + key + "'", e);
    }
  }
}
