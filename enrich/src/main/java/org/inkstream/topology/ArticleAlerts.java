package org.inkstream.topology;

import java.util.List;

/**
 * What the topology remembers of an article's alerts: the ids ({@code rule:article}) of the alerts it published for the
 * article last, so that a retraction or a correction can tombstone exactly the alerts that no longer hold. Kept apart
 * from {@link PageArticles}: alerts change when rules change, pages do not.
 */
record ArticleAlerts(List<String> alertIds) {

  ArticleAlerts {
    alertIds = List.copyOf(alertIds);
  }
}
