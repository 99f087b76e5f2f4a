package org.inkstream.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.inkstream.corpus.PageRenderer;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.SourceArticle;

/** Renders a numbered set of pages from one pool of articles: page {@code k} of set {@code s} has seed {@code s+k}. */
public final class RenderedPages {

  private RenderedPages() {}

  /**
   * @param prefix the pages' names start with it ({@code train-}, {@code dev-})
   * @param seed the seed of the first page; page k uses {@code seed + k}
   * @param progress told each page's index once it is rendered
   */
  public static List<RenderedPage> render(String prefix, List<SourceArticle> pool, int count, long seed,
      IntConsumer progress) {
    PageRenderer renderer = new PageRenderer();
    List<RenderedPage> pages = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      pages.add(renderer.render(String.format("%s%06d.txt", prefix, k), pool, seed + k));
      progress.accept(k);
    }
    return pages;
  }
}
