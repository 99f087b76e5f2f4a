package org.inkstream.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The twelve hand-written articles under test resources: enough text to render pages from, and licence-free. */
public final class TestArticles {

  public static final Path FILE = Path.of("src", "test", "resources", "corpus", "articles.jsonl");

  private TestArticles() {}

  public static SourceCorpus corpus() {
    return SourceCorpus.read(FILE);
  }

  /** Every article, whatever its split: tests render from all of them. */
  public static List<SourceArticle> all() {
    SourceCorpus corpus = corpus();
    List<SourceArticle> all = new ArrayList<>();
    for (Split split : Split.values()) {
      all.addAll(corpus.part(split));
    }
    return all;
  }
}
