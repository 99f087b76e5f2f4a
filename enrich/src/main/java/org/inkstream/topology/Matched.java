package org.inkstream.topology;

import java.util.List;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;

/**
 * An article with the alerts its rules fired, handed from the alert step to the two outputs that publish them. A
 * retracted article (tombstone) has a null article and no alerts.
 */
record Matched(Article article, List<Alert> alerts) {

  Matched {
    alerts = List.copyOf(alerts);
  }
}
