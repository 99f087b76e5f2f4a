package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkstream.core.Page;
import org.inkstream.corpus.PageRenderer;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.SourceArticle;
import org.inkstream.corpus.TestArticles;
import org.junit.jupiter.api.Test;

/**
 * Whatever a page looks like, the engine's reading of it stays one a reader could accept: never the whole page as one
 * article when it holds several, never an article for nearly every line. The pages are rendered from hand-written
 * articles the shipped model never saw, in every layout the renderer knows.
 */
class SensibleDegradationTest {

  private final Splitter splitter = new Splitter();
  private final PageRenderer renderer = new PageRenderer();
  private final List<SourceArticle> pool = TestArticles.all();

  @Test
  void neitherOneArticlePerPageNorOnePerLine() {
    for (long seed = 0; seed < 300; seed++) {
      RenderedPage rendered = renderer.render("p.txt", pool, 50_000 + seed);
      int lines = (int) rendered.text().lines().filter(l -> !l.isBlank()).count();
      int gold = rendered.gold().items().size();
      int articles = splitter.split(Page.of("p", "p.txt", rendered.text())).articles().size();

      if (gold >= 4 && lines >= 30) {
        assertThat(articles).as("seed %d: %d gold items on %d lines", seed, gold, lines).isGreaterThan(1);
      }
      if (lines >= 20) {
        assertThat(articles).as("seed %d: %d lines", seed, lines).isLessThanOrEqualTo(lines / 2);
      }
    }
  }

  /** The article count stays near the truth on pages of text the model never saw: off by more than half is rare. */
  @Test
  void articleCountsStayNearTheTruth() {
    int far = 0;
    int pages = 200;
    for (long seed = 0; seed < pages; seed++) {
      RenderedPage rendered = renderer.render("p.txt", pool, 90_000 + seed);
      int gold = rendered.gold().items().size();
      int articles = splitter.split(Page.of("p", "p.txt", rendered.text())).articles().size();
      if (Math.abs(articles - gold) * 2 > gold) {
        far++;
      }
    }
    assertThat(far).isLessThan(pages / 10);
  }
}
