package org.inkstream.topology;

import java.time.Duration;
import org.inkstream.core.ArticleType;

/** Counts one of everything on {@link PipelineMetrics}, so that tagged meters exist for a scrape. */
public final class PipelineMetricsAccess {

  private PipelineMetricsAccess() {}

  public static void touch(PipelineMetrics metrics) {
    metrics.pageIn();
    metrics.articleOut(ArticleType.NEWS);
    metrics.alertFired("flood-control");
    metrics.deadLetter(ParsePage.STAGE);
    metrics.engineLatency().record(Duration.ofMillis(5));
  }
}
