package org.inkstream.launcher;

import java.util.function.Function;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.inkstream.engine.Splitter;

/** The page-to-article engine as every command runs it: splitting, then enrichment of each article. */
final class Engine implements Function<Page, PageSplit> {

  private final Splitter splitter;

  private Engine(Splitter splitter) {
    this.splitter = splitter;
  }

  static Engine create() {
    return new Engine(new Splitter());
  }

  @Override
  public PageSplit apply(Page page) {
    return splitter.split(page);
  }
}
