package org.inkstream.engine;

import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Leftover;

/**
 * What the engine made of one page: its articles in page order, and every non-blank line that belongs to none of them
 * with the reason it was set aside. Together they account for every non-blank line of the page exactly once.
 */
public record PageSplit(List<Article> articles, List<Leftover> leftovers) {

  public PageSplit {
    articles = List.copyOf(articles);
    leftovers = List.copyOf(leftovers);
  }
}
