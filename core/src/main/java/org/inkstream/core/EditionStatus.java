package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an edition (one paper, one date) stands. The rules, with the paper's due time and grace period from the
 * papers file (docs/editions.md):
 *
 * <ul>
 *   <li>{@code expected}: the papers file says the paper appears that day; nothing received, due time not passed;
 *   <li>{@code arriving}: some pages received, some missing, due time plus grace not passed;
 *   <li>{@code complete}: every page the papers file expects was received;
 *   <li>{@code late}: the due time passed and nothing was received (an alert);
 *   <li>{@code incomplete}: the due time plus grace passed and pages are missing (an alert);
 *   <li>{@code unexpected}: pages of a paper the file does not know, or of a day it says the paper does not appear.
 * </ul>
 */
public enum EditionStatus {
  EXPECTED,
  ARRIVING,
  COMPLETE,
  LATE,
  INCOMPLETE,
  UNEXPECTED;

  /** Whether an edition in this status is an alert for the team. */
  public boolean alerting() {
    return this == LATE || this == INCOMPLETE;
  }

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EditionStatus fromKey(String key) {
    try {
      return valueOf(key.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown edition status '" + key + "'", e);
    }
  }
}
