package org.inkstream.topology;

import java.util.List;
import java.util.Map;

/**
 * What the topology remembers of a page it has processed: the hash of the text it split, the ids of the articles it
 * produced, so that a corrected page can retract the articles it no longer has, and the month of each article's index
 * ({@link org.inkstream.core.IndexMonth}), so that the retraction or a move reaches the one index that holds it.
 *
 * @param months article id to index month ({@code 2024.05}); empty in a record written before months were kept, and
 *     without the articles that had no {@code published_at}
 */
record PageArticles(String contentHash, List<String> articleIds, Map<String, String> months) {

  PageArticles {
    articleIds = List.copyOf(articleIds);
    months = months == null ? Map.of() : Map.copyOf(months);
  }
}
