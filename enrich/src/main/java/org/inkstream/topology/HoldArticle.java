package org.inkstream.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;

/**
 * Sends the article itself (or its retraction) to the assign step, beside its band probes: the step holds it until
 * the answers are in. Retractions take this road too, so that per article id they stay in order with the articles.
 */
final class HoldArticle implements FixedKeyProcessor<String, Article, StoryNote> {

  private final StorySettings settings;
  private FixedKeyProcessorContext<String, StoryNote> context;

  HoldArticle(StorySettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, StoryNote> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    String version = StoryNote.versionOf(context, record.key());
    Article article = record.value();
    if (article == null) {
      context.forward(record.withValue(StoryNote.retraction(version, record.headers())));
      return;
    }
    StoryIndex.Entry self = StorySettings.entryOf(article, record.timestamp());
    int bands = self == null ? 0 : settings.bands();
    context.forward(record.withValue(StoryNote.article(version, article, self, bands, record.headers())));
  }
}
