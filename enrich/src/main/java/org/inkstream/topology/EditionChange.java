package org.inkstream.topology;

import java.util.Objects;
import org.inkstream.core.Edition;
import org.inkstream.core.EditionStatus;

/**
 * An edition that changed, with the status it had before (null: new), handed from the tracking step to the two
 * outputs: the editions topic, and the alerts topic when the edition starts, changes or stops alerting.
 */
record EditionChange(Edition edition, EditionStatus previous) {

  EditionChange {
    Objects.requireNonNull(edition, "edition");
  }

  boolean alertChanged() {
    boolean was = previous != null && previous.alerting();
    return edition.status().alerting() ? edition.status() != previous : was;
  }
}
