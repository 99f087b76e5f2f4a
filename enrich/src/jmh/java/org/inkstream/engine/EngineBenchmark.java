package org.inkstream.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.inkstream.core.Page;
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
 * The whole engine, in pages per second on one thread, beside its floor measured in the same run: the ansj word
 * segmentation of the same text, which enrichment cannot do without. {@code splitAndEnrich / segmentationOnly} is the
 * share of the engine's cost that is Inkstream's own work rather than the library's; {@code split} alone shows what the
 * splitter costs, in pages and in MB of page text per second, and {@code splitRulesOnly} what it cost before the line
 * labeller (the structural rules alone). Run with {@code ./mvnw -q -pl enrich -am -Pbench verify
 * -Dbench.includes=EngineBenchmark}.
 *
 * <p>Other pages: system property {@code bench.seeds=DIR} (default {@code ../seeds}, relative to {@code enrich/}) of
 * the JVM that runs the benchmark. Maven's {@code -D} does not reach it (the profile starts JMH in a JVM of its own,
 * which forks another); the environment does, so prefix the Maven command with {@code
 * JAVA_TOOL_OPTIONS=-Dbench.seeds=DIR}, or run {@code java -Dbench.seeds=DIR -cp ... org.openjdk.jmh.Main
 * EngineBenchmark} from {@code enrich/} after a {@code -Pbench} build.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {

  private final Splitter splitter = new Splitter();
  private final Splitter rules = Splitter.rules();
  private final Enricher enricher = Enricher.withDefaults();
  private final List<Page> pages = new ArrayList<>();

  @Setup
  public void readPages() {
    Path dir = Path.of(System.getProperty("bench.seeds", "../seeds"));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        pages.add(Page.of(name, name, text));
        pageBytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark pages from " + dir.toAbsolutePath(), e);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no .txt pages in " + dir.toAbsolutePath());
    }
  }

  /**
   * Pages and UTF-8 bytes of page text processed, reported by JMH per second next to the operation rate (one operation:
   * all the pages).
   */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Pages {
    public long pages;
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      pages = 0;
      bytes = 0;
    }
  }

  private long pageBytes;

  @Benchmark
  public void split(Pages counter, Blackhole sink) {
    splitAll(splitter, counter, sink);
  }

  /** The structural rules alone, without the line labeller: the baseline {@code split} is read against. */
  @Benchmark
  public void splitRulesOnly(Pages counter, Blackhole sink) {
    splitAll(rules, counter, sink);
  }

  private void splitAll(Splitter with, Pages counter, Blackhole sink) {
    for (Page page : pages) {
      sink.consume(with.split(page));
    }
    counter.pages += pages.size();
    counter.bytes += pageBytes;
  }

  @Benchmark
  public void splitAndEnrich(Pages counter, Blackhole sink) {
    for (Page page : pages) {
      sink.consume(enricher.enrichPage(splitter.split(page).articles(), page));
    }
    counter.pages += pages.size();
    counter.bytes += pageBytes;
  }

  /** The floor: segmenting the pages' text once, as enrichment must. */
  @Benchmark
  public void segmentationOnly(Pages counter, Blackhole sink) {
    for (Page page : pages) {
      sink.consume(ToAnalysis.parse(page.text()));
    }
    counter.pages += pages.size();
    counter.bytes += pageBytes;
  }
}
