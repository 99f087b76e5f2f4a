package org.inkstream.topology;

import java.util.List;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;

/**
 * An article with the alerts its rules fired, handed from the alert step to the two outputs that publish them. A
 * retracted article (tombstone) has a null article and no alerts.
 *
 * @param retracted the ids of alerts published for this article before that no longer hold (the article is gone, or
 *     no longer matches the rule): each becomes a tombstone on the alerts topic
 */
record Matched(Article article, List<Alert> alerts, List<String> retracted) {

  Matched {
    alerts = List.copyOf(alerts);
    retracted = List.copyOf(retracted);
  }
}
