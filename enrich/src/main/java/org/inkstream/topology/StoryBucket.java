package org.inkstream.topology;

import java.util.List;
import org.inkstream.enrichment.StoryIndex;

/** The article versions that share one LSH band value, in arrival order: one part of the story index. */
record StoryBucket(List<StoryIndex.Entry> entries) {

  StoryBucket {
    entries = List.copyOf(entries);
  }
}
