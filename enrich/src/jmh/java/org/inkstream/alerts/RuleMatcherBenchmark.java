package org.inkstream.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.engine.Splitter;
import org.inkstream.enrichment.Enricher;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Alert matching on one thread, in articles per second: {@code match} as the topology calls it (each rule's {@link
 * SkimGate} first, the index only for articles some rule's gate lets through, and only those rules' queries) beside
 * {@code matchIndexed}, which indexes every article and tries every rule, as matching did before the skim. Their ratio
 * is what the skim saves; the setup prints how many articles it turns away and how many rules it lets through, and
 * {@code skimOnly} what the skim itself costs. The articles are the seed pages, split and enriched as the topology
 * does; the rules those of the example rule file.
 *
 * <p>Run with {@code ./mvnw -q -pl enrich -am -Pbench verify -Dbench.includes=RuleMatcherBenchmark}. Other pages or
 * rules: system properties {@code bench.seeds=DIR} and {@code bench.rules=FILE} (paths relative to {@code enrich/}) of
 * the JVM that runs JMH (its forks inherit them). Maven's {@code -D} does not reach that JVM; the environment does, so
 * prefix the Maven command with {@code JAVA_TOOL_OPTIONS="-Dbench.seeds=DIR -Dbench.rules=FILE"}, or run {@code java
 * -Dbench.rules=FILE -cp ... org.openjdk.jmh.Main RuleMatcherBenchmark} from {@code enrich/} after a {@code -Pbench}
 * build.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RuleMatcherBenchmark {

  private static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");

  private final List<Article> articles = new ArrayList<>();
  private RuleMatcher matcher;

  @Setup
  public void prepare() {
    Path seeds = Path.of(System.getProperty("bench.seeds", "../seeds"));
    Path rules = Path.of(System.getProperty("bench.rules", "../deploy/rules.example.yaml"));
    Splitter splitter = new Splitter();
    Enricher enricher = Enricher.withDefaults();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        Page page = Page.of(name, name, Files.readString(file, StandardCharsets.UTF_8));
        splitter.split(page).articles().forEach(article -> articles.add(enricher.enrich(article, page)));
      }
      matcher = new RuleMatcher(RuleFile.read(rules));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark pages from " + seeds.toAbsolutePath() + " or rules from "
          + rules.toAbsolutePath(), e);
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no articles in the .txt pages of " + seeds.toAbsolutePath());
    }
    report(rules);
  }

  /** Checks that both paths agree on every article, and prints what the skim turns away. */
  private void report(Path rules) {
    int turnedAway = 0;
    int candidates = 0;
    int alerts = 0;
    for (Article article : articles) {
      List<Alert> indexed = matcher.matchIndexed(article, AT);
      if (!matcher.match(article, AT).equals(indexed)) {
        throw new IllegalStateException("the skim changes the alerts of " + article.id());
      }
      int passed = matcher.candidates(article).size();
      turnedAway += passed == 0 ? 1 : 0;
      candidates += passed;
      alerts += indexed.size();
    }
    long enabled = matcher.rules().stream().filter(AlertRule::enabled).count();
    System.out.printf("%n%d articles, %d rules (%d enabled) from %s: %d alerts; the skim turns %d articles away "
        + "unindexed and lets %d of %d (article, rule) pairs through%n", articles.size(), matcher.rules().size(),
        enabled, rules.getFileName(), alerts, turnedAway, candidates, enabled * articles.size());
  }

  /** Articles matched, reported by JMH per second next to the operation rate (one operation: all the articles). */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Articles {
    public long articles;

    @Setup(Level.Iteration)
    public void reset() {
      articles = 0;
    }
  }

  @Benchmark
  public void match(Articles counter, Blackhole sink) {
    for (Article article : articles) {
      sink.consume(matcher.match(article, AT));
    }
    counter.articles += articles.size();
  }

  /** The skim alone: its cost on top of {@code matchIndexed} for the articles it lets through. */
  @Benchmark
  public void skimOnly(Articles counter, Blackhole sink) {
    for (Article article : articles) {
      sink.consume(matcher.candidates(article));
    }
    counter.articles += articles.size();
  }

  /** The same without the skim: every article indexed. */
  @Benchmark
  public void matchIndexed(Articles counter, Blackhole sink) {
    for (Article article : articles) {
      sink.consume(matcher.matchIndexed(article, AT));
    }
    counter.articles += articles.size();
  }
}
