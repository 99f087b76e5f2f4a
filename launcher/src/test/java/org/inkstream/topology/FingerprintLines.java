package org.inkstream.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.inkstream.engine.PageSplit;

/**
 * A test engine whose pages say what their articles are: one article per line {@code "fingerprint date"} (16 hex
 * digits, {@code yyyy-mm-dd}), so that a test chooses which articles are near which, and when they were printed,
 * without the cost of the real engine.
 */
final class FingerprintLines {

  static final Function<Page, PageSplit> ENGINE = page -> {
    List<Article> articles = new ArrayList<>();
    String[] lines = page.text().split("\n");
    for (int i = 1; i <= lines.length; i++) {
      String[] parts = lines[i - 1].split(" ");
      articles.add(Article.builder().id(Article.idOf(page.id(), i)).pageId(page.id()).ordinal(i)
          .type(ArticleType.NEWS).headline("标题" + i).text(lines[i - 1])
          .provenance(new Provenance(page.file(), List.of(LineRange.of(i))))
          .editionDate(LocalDate.parse(parts[1])).fingerprint(parts[0]).build());
    }
    return new PageSplit(articles, List.of());
  };

  private FingerprintLines() {}

  /** One line of a page: an article with {@code fingerprint}, printed on {@code date}. */
  static String line(long fingerprint, LocalDate date) {
    return String.format("%016x %s", fingerprint, date);
  }
}
