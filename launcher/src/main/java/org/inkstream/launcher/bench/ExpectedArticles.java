package org.inkstream.launcher.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inkstream.core.Article;

/**
 * The articles the engine makes of each page, computed offline: what the pipeline must make searchable. Story ids are
 * the topology's, so they are not part of what is compared.
 */
public final class ExpectedArticles {

  private final Map<String, List<Article>> byPage = new LinkedHashMap<>();

  void add(String pageId, List<Article> articles) {
    byPage.put(pageId, List.copyOf(articles));
  }

  public int articleCount(String pageId) {
    List<Article> articles = byPage.get(pageId);
    if (articles == null) {
      throw new IllegalArgumentException("no expected articles for page " + pageId);
    }
    return articles.size();
  }

  public long totalArticles() {
    return byPage.values().stream().mapToLong(List::size).sum();
  }

  public List<Article> all() {
    return byPage.values().stream().flatMap(List::stream).toList();
  }

  public List<String> ids() {
    return all().stream().map(Article::id).toList();
  }
}
