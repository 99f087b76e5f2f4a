package org.inkstream.engine;

import java.util.ArrayList;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;

/**
 * Turns one raw page into its articles.
 *
 * <p>A first, deliberately simple engine: a line that opens with a dateline (本报讯, 新华社...) starts a new article, and
 * the short line just before it is taken as its headline. It is thread-safe and holds no state between pages.
 */
public final class Splitter {

  /** Pages larger than this are refused rather than split: no real page comes near it. */
  public static final int MAX_PAGE_CHARS = 2_000_000;

  public PageSplit split(Page page) {
    if (page.text().length() > MAX_PAGE_CHARS) {
      throw new EngineException("page " + page.id() + " has " + page.text().length()
          + " characters, more than the " + MAX_PAGE_CHARS + " a page may have");
    }
    String[] lines = page.text().split("\\R", -1);
    List<List<Integer>> items = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("本报讯") || line.startsWith("新华社")) {
        Integer headline = current.isEmpty() ? null : current.remove(current.size() - 1);
        if (!current.isEmpty()) {
          items.add(current);
        }
        current = new ArrayList<>();
        if (headline != null) {
          current.add(headline);
        }
      }
      current.add(i + 1);
    }
    if (!current.isEmpty()) {
      items.add(current);
    }
    List<Article> articles = new ArrayList<>();
    for (List<Integer> item : items) {
      int ordinal = articles.size() + 1;
      StringBuilder text = new StringBuilder();
      for (int line : item.subList(1, item.size())) {
        text.append(lines[line - 1].strip());
      }
      articles.add(Article.builder()
          .id(Article.idOf(page.id(), ordinal))
          .pageId(page.id())
          .ordinal(ordinal)
          .type(ArticleType.NEWS)
          .headline(lines[item.get(0) - 1].strip())
          .text(text.toString())
          .provenance(new Provenance(page.file(), LineRange.coalesce(item)))
          .paper(page.paper())
          .editionDate(page.editionDate())
          .pageNumber(page.pageNumber())
          .build());
    }
    return new PageSplit(articles, List.of());
  }
}
