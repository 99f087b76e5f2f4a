package org.inkstream.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.inkstream.engine.Splitter;
import org.inkstream.enrichment.Enricher;
import org.inkstream.enrichment.EnricherConfig;
import org.inkstream.enrichment.StoryIndex;

/**
 * The page-to-article engine as every command runs it: the splitter, then enrichment of each article. Plain Java, no
 * Kafka: {@code split}, {@code eval} and {@code rules test} run exactly what the topology runs.
 *
 * <p>Build one per process: the enricher loads its segmentation dictionaries once (seconds), and is thread-safe after.
 */
public final class Engine implements Function<Page, PageSplit> {

  /** Environment variable naming a taxonomy file that replaces the shipped topics (see docs/topics.md). */
  static final String TAXONOMY_VARIABLE = "INKSTREAM_TAXONOMY";

  private final Splitter splitter;
  private final Enricher enricher;

  private Engine(Splitter splitter, Enricher enricher) {
    this.splitter = splitter;
    this.enricher = enricher;
  }

  /**
   * The engine the pipeline runs: story ids are left to the topology, which keeps its story index in a state store
   * shared by all pages.
   */
  public static Engine create() {
    return new Engine(new Splitter(), Enricher.create(baseConfig()));
  }

  /** An engine that also assigns story ids itself, across all pages it is given: for offline runs. */
  static Engine withStoryIndex() {
    return new Engine(new Splitter(), Enricher.create(baseConfig().withStoryIndex(StoryIndex.withDefaults())));
  }

  private static EnricherConfig baseConfig() {
    String taxonomy = System.getenv(TAXONOMY_VARIABLE);
    EnricherConfig config = EnricherConfig.defaults();
    return taxonomy == null || taxonomy.isBlank() ? config : config.withTaxonomyFile(Path.of(taxonomy));
  }

  @Override
  public PageSplit apply(Page page) {
    PageSplit split = splitter.split(page);
    List<Article> enriched = split.articles().stream().map(article -> enricher.enrich(article, page)).toList();
    return new PageSplit(enriched, split.leftovers());
  }
}
