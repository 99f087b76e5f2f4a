package org.inkstream.enrichment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.engine.Splitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the learned topic model adds to topic filing, one thread, in operations (all the seed pages' articles) per
 * second: {@code taxonomyAlone} is the classifier before it, {@code combined} the shipped {@link TopicFiler}. Read
 * {@code combined / taxonomyAlone} (same run), and both against {@code EngineBenchmark.splitAndEnrich}. Run with
 * {@code ./mvnw -q -pl enrich -am -Pbench verify -DskipTests -Dbench.includes=TopicFilingBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TopicFilingBenchmark {

  private final TopicClassifier taxonomy = new TopicClassifier(Taxonomy.standard());
  private final TopicFiler filer = new TopicFiler(taxonomy, TopicModel.shipped().orElseThrow(),
      EnricherConfig.DEFAULT_MIN_TOPIC_PROBABILITY, TopicFiler.Weights.DEFAULT);
  private final List<String[]> articles = new ArrayList<>();

  @Setup
  public void readArticles() {
    Splitter splitter = new Splitter();
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("bench.seeds", "../seeds")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        Page page = Page.of(name, name, Files.readString(file, StandardCharsets.UTF_8));
        for (Article article : splitter.split(page).articles()) {
          articles.add(new String[] {ChineseText.forAnalysis(article.headline()),
              ChineseText.forAnalysis(article.text())});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed pages", e);
    }
  }

  @Benchmark
  public void taxonomyAlone(Blackhole sink) {
    for (String[] article : articles) {
      sink.consume(taxonomy.classify(article[0], article[1]));
    }
  }

  @Benchmark
  public void combined(Blackhole sink) {
    for (String[] article : articles) {
      sink.consume(filer.file(article[0], article[1]));
    }
  }
}
