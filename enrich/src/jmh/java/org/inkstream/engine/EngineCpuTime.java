package org.inkstream.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.inkstream.core.Page;
import org.inkstream.enrichment.Enricher;

/**
 * The engine's speed in thread CPU time, beside {@link EngineBenchmark}'s wall-clock JMH figures. On a shared machine
 * whose other tenants take the cores, JMH's scores swing by more than their own size; the CPU time one thread spends
 * on a page does not count the time it waited for a core, so it shows what a core of its own would do. Same pages as
 * the benchmark (system property {@code bench.seeds}, default {@code ../seeds}); {@code bench.rounds} rounds (default
 * 10), the first {@value #WARM_UP_ROUNDS} warm the JIT up and are left out of the summary. The summary is each
 * benchmark's median over the other rounds: even CPU time swings by a tenth from round to round on a shared machine
 * (frequency, caches, the collector's threads), and one slow round should not decide a target. Run with {@code ./mvnw
 * -q -pl enrich -am -Pbench verify -Dbench.main=org.inkstream.engine.EngineCpuTime}.
 */
public final class EngineCpuTime {

  private static final int WARM_UP_ROUNDS = 3;

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
    int rounds = Integer.getInteger("bench.rounds", 10);
    Map<String, List<Double>> warm = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      Map<String, Double> rates = new LinkedHashMap<>();
      rates.put("splitRulesOnly", report(round, "splitRulesOnly", 400, pages, bytes, threads, page -> rules.split(page)));
      rates.put("split", report(round, "split", 100, pages, bytes, threads, page -> splitter.split(page)));
      rates.put("splitAndEnrich", report(round, "splitAndEnrich", 40, pages, bytes, threads,
          page -> enricher.enrichPage(splitter.split(page).articles(), page)));
      if (round > WARM_UP_ROUNDS) {
        rates.forEach((name, rate) -> warm.computeIfAbsent(name, k -> new ArrayList<>()).add(rate));
      }
    }
    double megabytesPerPage = bytes / 1e6 / pages.size();
    warm.forEach((name, rate) -> System.out.printf("median of rounds %d-%d  %-15s %8.1f pages/s  %6.2f MB/s%n",
        WARM_UP_ROUNDS + 1, rounds, name, median(rate), median(rate) * megabytesPerPage));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** Runs {@code work} over the pages {@code passes} times and prints and returns the pages split a CPU second. */
  private static double report(int round, String name, int passes, List<Page> pages, long bytes, ThreadMXBean threads,
      Consumer<Page> work) {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < passes; i++) {
      pages.forEach(work);
    }
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf("round %d  %-15s %8.1f pages/s  %6.2f MB/s  (thread CPU time)%n", round, name,
        passes * pages.size() / seconds, passes * bytes / seconds / 1e6);
    return passes * pages.size() / seconds;
  }
}
