package org.inkstream.topology;

import java.util.Objects;
import org.inkstream.core.Edition;

/**
 * An edition that changed, with what it was before (null: new), handed from the tracking step to the two outputs: the
 * editions topic, and the alerts topic when the edition starts alerting, alerts differently (late to incomplete,
 * other pages missing) or stops alerting (a retraction).
 */
record EditionChange(Edition edition, Edition previous) {

  EditionChange {
    Objects.requireNonNull(edition, "edition");
  }

  boolean alertChanged() {
    boolean was = previous != null && previous.status().alerting();
    if (!edition.status().alerting()) {
      return was;
    }
    return !was || previous.status() != edition.status()
        || !previous.missingPages().equals(edition.missingPages());
  }
}
