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
  /** Environment variable naming a topic model from {@code inkstream topics train} that replaces the shipped one. */
  static final String TOPIC_MODEL_VARIABLE = "INKSTREAM_TOPIC_MODEL";
  /** Environment variable naming a type model from {@code inkstream types train} that replaces the shipped one. */
  static final String TYPE_MODEL_VARIABLE = "INKSTREAM_TYPE_MODEL";
  /** Environment variable with the primary topic's minimum probability (see docs/topics.md). */
  static final String MIN_TOPIC_PROBABILITY_VARIABLE = "INKSTREAM_MIN_TOPIC_PROBABILITY";
  static final String MIN_TYPE_PROBABILITY_VARIABLE = "INKSTREAM_MIN_TYPE_PROBABILITY";
  /** Environment variable with the weight of a page's other articles in an article's topics (docs/topics.md). */
  static final String PAGE_TOPIC_WEIGHT_VARIABLE = "INKSTREAM_PAGE_TOPIC_WEIGHT";

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
    EnricherConfig config = EnricherConfig.defaults();
    String taxonomy = System.getenv(TAXONOMY_VARIABLE);
    if (taxonomy != null && !taxonomy.isBlank()) {
      config = config.withTaxonomyFile(Path.of(taxonomy));
    }
    String model = System.getenv(TOPIC_MODEL_VARIABLE);
    if (model != null && !model.isBlank()) {
      config = config.withTopicModelFile(Path.of(model));
    }
    String typeModel = System.getenv(TYPE_MODEL_VARIABLE);
    if (typeModel != null && !typeModel.isBlank()) {
      config = config.withTypeModelFile(Path.of(typeModel));
    }
    String topicThreshold = System.getenv(MIN_TOPIC_PROBABILITY_VARIABLE);
    if (topicThreshold != null && !topicThreshold.isBlank()) {
      config = config.withMinTopicProbability(probability(MIN_TOPIC_PROBABILITY_VARIABLE, topicThreshold));
    }
    String typeThreshold = System.getenv(MIN_TYPE_PROBABILITY_VARIABLE);
    if (typeThreshold != null && !typeThreshold.isBlank()) {
      config = config.withMinTypeProbability(probability(MIN_TYPE_PROBABILITY_VARIABLE, typeThreshold));
    }
    String pageWeight = System.getenv(PAGE_TOPIC_WEIGHT_VARIABLE);
    return pageWeight == null || pageWeight.isBlank() ? config
        : config.withPageTopicWeight(number(PAGE_TOPIC_WEIGHT_VARIABLE, pageWeight, "in [0, 4]"));
  }

  private static double probability(String variable, String value) {
    return number(variable, value, "in [0, 1]");
  }

  private static double number(String variable, String value, String range) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a number " + range + ", was '" + value + "'", e);
    }
  }

  @Override
  public PageSplit apply(Page page) {
    PageSplit split = splitter.split(page);
    List<Article> enriched = enricher.enrichPage(split.articles(), page);
    return new PageSplit(enriched, split.leftovers());
  }
}
