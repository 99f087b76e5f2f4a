package org.inkstream.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;

/**
 * Asks the story index about an article: one {@link StoryProbe} per LSH band, keyed by the band's value, so that each
 * band value lives on one partition and the index spreads over all of them. A retraction or an article without
 * fingerprint asks nothing.
 */
final class ProbeBands implements Processor<String, Article, String, StoryProbe> {

  private final StorySettings settings;
  private ProcessorContext<String, StoryProbe> context;

  ProbeBands(StorySettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, StoryProbe> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Article> record) {
    StoryIndex.Entry entry = StorySettings.entryOf(record.value(), record.timestamp());
    if (entry == null) {
      return;
    }
    StoryProbe probe = new StoryProbe(StoryNote.versionOf(context, record.key()), entry);
    for (String band : StoryIndex.bandKeys(entry.fingerprint(), settings.maxDistance())) {
      context.forward(record.withKey(band).withValue(probe));
    }
  }
}
