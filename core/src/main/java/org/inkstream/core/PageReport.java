package org.inkstream.core;

import java.util.List;
import java.util.Objects;

/**
 * What became of one page in the pipeline: the ids of the articles it produced and the lines set aside as belonging to
 * none of them. Published on the page-reports topic so that nothing of a page is lost silently, even the banners.
 */
public record PageReport(
    String pageId, String file, String paper, String contentHash, List<String> articleIds, List<Leftover> leftovers) {

  public PageReport {
    Objects.requireNonNull(pageId, "pageId");
    articleIds = List.copyOf(articleIds);
    leftovers = List.copyOf(leftovers);
  }
}
