package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.inkstream.engine.Splitter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of split + enrich on the seed pages, one thread, printed and never asserted: timings on a shared machine
 * vary 2x between runs and belong in a report, not in a pass/fail. Run alone with
 * {@code -Dtest=EnrichmentThroughputTest}; the output is in target/surefire-reports/*-output.txt.
 */
@Tag("benchmark")
class EnrichmentThroughputTest {

  /** Thread CPU time, not wall time: the machine is shared, and pages/s per core is what capacity planning needs. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int WARMUP_ROUNDS = 3;
  private static final int ROUNDS = 8;

  @Test
  void printsPagesPerSecond() {
    List<Page> pages = SeedGold.pageFiles().stream().map(SeedGold::page).toList();
    for (EnricherConfig.Segmentation mode : EnricherConfig.Segmentation.values()) {
      Enricher enricher = Enricher.create(EnricherConfig.defaults().withSegmentation(mode));
      Splitter splitter = new Splitter();
      int articles = 0;
      for (int i = 0; i < WARMUP_ROUNDS; i++) {
        articles = run(pages, splitter, enricher);
      }
      long start = System.nanoTime();
      long cpuStart = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < ROUNDS; i++) {
        run(pages, splitter, enricher);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      long chars = pages.stream().mapToLong(p -> p.text().length()).sum() * ROUNDS;
      System.out.printf("%s: split+enrich %.1f pages/s per core of CPU time (%.0f chars/s); wall clock %.1f pages/s;"
          + " %d articles per round%n", mode, pages.size() * ROUNDS / cpuSeconds, chars / cpuSeconds,
          pages.size() * ROUNDS / seconds, articles);
      assertThat(articles).isPositive();
    }
  }

  @Test
  void printsTimePerStep() {
    List<SeedGold.Item> items = SeedGold.items();
    List<Page> pages = SeedGold.pageFiles().stream().map(SeedGold::page).toList();
    List<String> bodies = items.stream().map(i -> ChineseText.forAnalysis(i.article().text())).toList();
    TopicClassifier classifier = new TopicClassifier(Taxonomy.standard());
    Segmenter accurate = new Segmenter(EnricherConfig.Segmentation.ACCURATE);
    Segmenter fast = new Segmenter(EnricherConfig.Segmentation.FAST);
    EntityExtractor entities = new EntityExtractor();
    KeywordExtractor keywords = new KeywordExtractor();
    DateResolver dates = new DateResolver();
    List<List<Segmenter.Token>> tokens = bodies.stream().map(accurate::segment).toList();
    Map<String, Function<Integer, Object>> steps = new LinkedHashMap<>();
    Splitter splitter = new Splitter();
    steps.put("split (engine, per page)", i -> i < pages.size() ? splitter.split(pages.get(i)) : null);
    steps.put("edition inference (per article)",
        i -> dates.inferEditionDate(ChineseText.squeezeSpaces(ChineseText.foldWidth(items.get(i).page().text()))));
    steps.put("type refinement", i -> TypeRefiner.refineType(items.get(i).article().type(), "", bodies.get(i),
        items.get(i).article().byline(), null));
    TypeModel typeModel = TypeModel.shipped().orElseThrow();
    steps.put("type model (rules, features, prediction)",
        i -> typeModel.type(TypeFeatures.Form.of(items.get(i).article(), "", bodies.get(i))));
    steps.put("normalise (t2s, width, spaces)", i -> ChineseText.forAnalysis(items.get(i).article().text()));
    steps.put("topics", i -> classifier.classify("", bodies.get(i)));
    steps.put("segment ACCURATE (ansj NlpAnalysis)", i -> accurate.segment(bodies.get(i)));
    steps.put("segment FAST (ansj ToAnalysis)", i -> fast.segment(bodies.get(i)));
    steps.put("entities (filters)", i -> entities.extract(tokens.get(i), List.of()));
    steps.put("keywords (TextRank)", i -> keywords.extract(tokens.get(i), "", List.of()));
    steps.put("dates", i -> dates.resolve(bodies.get(i), null));
    steps.put("simhash", i -> SimHash.of(bodies.get(i)));
    long chars = bodies.stream().mapToLong(String::length).sum();
    for (Map.Entry<String, Function<Integer, Object>> step : steps.entrySet()) {
      for (int round = 0; round < WARMUP_ROUNDS; round++) {
        each(items.size(), step.getValue());
      }
      long start = CPU.getCurrentThreadCpuTime();
      for (int round = 0; round < ROUNDS; round++) {
        each(items.size(), step.getValue());
      }
      double seconds = (CPU.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf("%-38s %8.1f ms CPU per round of %d articles, %10.0f chars/s%n", step.getKey(),
          seconds * 1000 / ROUNDS, items.size(), chars * ROUNDS / seconds);
    }
  }

  private static void each(int n, Function<Integer, Object> step) {
    List<Object> sink = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sink.add(step.apply(i));
    }
    assertThat(sink).hasSize(n);
  }

  private static int run(List<Page> pages, Splitter splitter, Enricher enricher) {
    int articles = 0;
    for (Page page : pages) {
      PageSplit split = splitter.split(page);
      for (Article article : split.articles()) {
        enricher.enrich(article, page);
        articles++;
      }
    }
    return articles;
  }
}
