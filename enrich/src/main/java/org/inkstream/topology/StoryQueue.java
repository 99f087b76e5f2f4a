package org.inkstream.topology;

import java.util.List;
import java.util.Map;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;

/**
 * The versions of one article that wait for their story: {@code waiting} in the order their notes arrived (the order
 * they must be published in), {@code early} those whose band answers came before the article note.
 */
record StoryQueue(List<Waiting> waiting, List<Waiting> early) {

  StoryQueue {
    waiting = List.copyOf(waiting);
    early = List.copyOf(early);
  }

  /**
   * One version: the article (null for a retraction) once its note came, how many band answers it still waits for
   * (negative while answers came first), and the first-filed near article the answers named so far.
   */
  record Waiting(String version, boolean noted, Article article, StoryIndex.Entry self, long timestamp,
      Map<String, byte[]> headers, int answersDue, StoryIndex.Entry nearest) {

    Waiting {
      headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    boolean ready() {
      return noted && answersDue == 0;
    }
  }
}
