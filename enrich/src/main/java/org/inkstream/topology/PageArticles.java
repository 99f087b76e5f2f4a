package org.inkstream.topology;

import java.util.List;

/**
 * What the topology remembers of a page it has processed: the hash of the text it split and the ids of the articles it
 * produced, so that a corrected page can retract the articles it no longer has.
 */
record PageArticles(String contentHash, List<String> articleIds) {

  PageArticles {
    articleIds = List.copyOf(articleIds);
  }
}
