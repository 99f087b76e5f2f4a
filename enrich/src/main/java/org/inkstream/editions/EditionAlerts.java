package org.inkstream.editions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.inkstream.core.Alert;
import org.inkstream.core.AlertKind;
import org.inkstream.core.Edition;

/** The alert a late or incomplete edition is: one per edition ({@link Alert#editionAlertId}), whatever its status. */
public final class EditionAlerts {

  /** The rule id of edition alerts, beside the keyword rules' ids. */
  public static final String LATE_RULE = "edition-late";
  public static final String INCOMPLETE_RULE = "edition-incomplete";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private EditionAlerts() {}

  /** The alert of {@code edition}, or null (a tombstone: the alert is retracted) when it is not late or incomplete. */
  public static Alert alertOf(Edition edition) {
    if (!edition.status().alerting()) {
      return null;
    }
    boolean late = edition.status() == org.inkstream.core.EditionStatus.LATE;
    String due = edition.dueAt() == null ? "?" : TIME.format(edition.dueAt().atZone(zone(edition)));
    String headline = late
        ? String.format("%s %s: nothing received by %s", edition.paper(), edition.editionDate(), due)
        : String.format("%s %s: %d of %d pages missing (%s)", edition.paper(), edition.editionDate(),
            edition.missingPages().size(), edition.expectedPages(), pages(edition.missingPages()));
    String snippet = late
        ? String.format("Due at %s (%s); no page of this edition has arrived.", due, edition.timeZone())
        : String.format("Due at %s, grace until %s (%s); received pages %s.", due,
            edition.graceEndsAt() == null ? "?" : TIME.format(edition.graceEndsAt().atZone(zone(edition))),
            edition.timeZone(), pages(edition.pages().stream().map(p -> p.number()).filter(n -> n != null).toList()));
    Instant timestamp = edition.updatedAt() != null ? edition.updatedAt() : Instant.now();
    return new Alert(late ? LATE_RULE : INCOMPLETE_RULE, late ? "版面迟到 edition late" : "版面缺页 edition incomplete",
        null, null, edition.paper(), null, edition.editionDate(), headline, List.of(), snippet, timestamp, null,
        AlertKind.EDITION, edition.publishedAt(), edition.status().key(), edition.missingPages());
  }

  private static ZoneId zone(Edition edition) {
    return edition.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(edition.timeZone());
  }

  private static String pages(List<Integer> numbers) {
    return numbers.isEmpty() ? "none" : numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
