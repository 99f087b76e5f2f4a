package org.inkstream.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.inkstream.enrichment.Enricher;

/**
 * The engine's speed in thread CPU time, beside {@link EngineBenchmark}'s wall-clock JMH figures. On a shared machine
 * whose other tenants take the cores, JMH's scores swing by more than their own size; the CPU time one thread spends
 * on a page does not count the time it waited for a core, so it shows what a core of its own would do. Same pages as
 * the benchmark (system property {@code bench.seeds}, default {@code ../seeds}); six rounds, the first ones warm the
 * JIT up. Run with {@code ./mvnw -q -pl enrich -am -Pbench verify -Dbench.main=org.inkstream.engine.EngineCpuTime}.
 */
public final class EngineCpuTime {

  private EngineCpuTime() {}

  public static void main(String[] args) throws IOException {
    List<Page> pages = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("bench.seeds", "../seeds")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        pages.add(Page.of(file.getFileName().toString(), file.getFileName().toString(), text));
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Splitter splitter = new Splitter();
    Splitter rules = Splitter.rules();
    Enricher enricher = Enricher.withDefaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 6; round++) {
      report(round, "splitRulesOnly", 400, pages, bytes, threads, page -> rules.split(page));
      report(round, "split", 100, pages, bytes, threads, page -> splitter.split(page));
      report(round, "splitAndEnrich", 40, pages, bytes, threads, page -> {
        for (Article article : splitter.split(page).articles()) {
          enricher.enrich(article, page);
        }
      });
    }
  }

  private static void report(int round, String name, int passes, List<Page> pages, long bytes, ThreadMXBean threads,
      Consumer<Page> work) {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < passes; i++) {
      pages.forEach(work);
    }
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf("round %d  %-15s %8.1f pages/s  %6.2f MB/s  (thread CPU time)%n", round, name,
        passes * pages.size() / seconds, passes * bytes / seconds / 1e6);
  }
}
