package org.inkstream.topology;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.streams.KafkaStreams;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.launcher.Engine;
import org.inkstream.launcher.TestTopics;
import org.inkstream.launcher.stack.EmbeddedKafka;

/**
 * Throughput of one, two and three enrich instances (one stream thread each, in one JVM, on one embedded broker) over
 * six partitions, as ratios to one instance measured in the same run. Not a test: run it with {@code ./mvnw -q -o -pl
 * launcher -am -Pscale-bench -DskipTests verify} ({@code -Dbench.pages=600 -Dbench.rounds=2}).
 *
 * <p>Each run gets fresh topics, starts its instances, waits until they run, then sends the pages (the seed pages under
 * distinct ids, the real engine) and times until a read-committed reader has every article. Unmeasured runs with
 * three instances come first ({@code -Dbench.warmups=3}), to warm the JVM up. The instance counts run
 * in the order 1, 2, 3, 3, 2, 1 (per round pair), so that a drift in the machine's load weighs on all alike. It prints
 * pages per second, the process's CPU time per page and the share of the machine's cores the process used: where that
 * share is near 1, the cores are the limit, not the topology.
 */
public final class ScaleOutBenchmark {

  private ScaleOutBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pageCount = Integer.getInteger("bench.pages", 600);
    int rounds = Integer.getInteger("bench.rounds", 2);
    int warmUps = Integer.getInteger("bench.warmups", 3);
    Path root = Files.createTempDirectory("inkstream-scale-bench");
    Engine engine = Engine.create();
    List<Page> pages = ExactlyOnceRestartTest.seedPages(pageCount);
    int articles = 0;
    for (Page page : pages) {
      articles += engine.apply(page).articles().size(); // also warms the engine up
    }
    Map<Integer, List<Run>> runs = new TreeMap<>();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(root.resolve("kafka"))) {
      // Unmeasured: the first runs pay for compiling the topology's and the clients' code (up to 2.5 times the CPU per
      // page of a warm run).
      for (int i = 0; i < warmUps; i++) {
        run(kafka.bootstrapServers(), root, engine, pages, articles, 3);
      }
      for (int round = 0; round < rounds; round++) {
        int[] order = round % 2 == 0 ? new int[] {1, 2, 3} : new int[] {3, 2, 1};
        for (int instances : order) {
          Run run = run(kafka.bootstrapServers(), root, engine, pages, articles, instances);
          System.out.printf(Locale.ROOT, "round %d, %d instance(s): %.1f pages/s, %.1f ms CPU/page, cores used %.2f"
              + " of %d%n", round + 1, instances, run.pagesPerSecond(), run.cpuMsPerPage(), run.coresUsed(),
              Runtime.getRuntime().availableProcessors());
          runs.computeIfAbsent(instances, k -> new ArrayList<>()).add(run);
        }
      }
    }
    double one = mean(runs.get(1));
    System.out.printf(Locale.ROOT, "%n%d pages (%d articles), %d cores, load average at the end %.2f%n", pageCount,
        articles, Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("| instances | pages/s (each run) | mean | ratio to one | CPU ms/page | cores used |");
    System.out.println("|---|---|---|---|---|---|");
    runs.forEach((instances, list) -> System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.2f | %.1f | %.2f |%n",
        instances, list.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.pagesPerSecond())).toList(),
        mean(list), mean(list) / one, list.stream().mapToDouble(Run::cpuMsPerPage).average().orElse(0),
        list.stream().mapToDouble(Run::coresUsed).average().orElse(0)));
  }

  private record Run(double pagesPerSecond, double cpuMsPerPage, double coresUsed) {}

  private static double mean(List<Run> runs) {
    return runs.stream().mapToDouble(Run::pagesPerSecond).average().orElse(Double.NaN);
  }

  private static Run run(String bootstrap, Path root, Engine engine, List<Page> pages, int articles, int instances)
      throws Exception {
    String name = "bench-" + instances + "-" + UUID.randomUUID();
    Topics topics = Topics.defaults().withPrefix(name + "-");
    TestTopics.create(bootstrap, topics, 6);
    List<KafkaStreams> running = new ArrayList<>();
    try (KafkaConsumer<String, String> reader = ExactlyOnceRestartTest.consumer(bootstrap, "read_committed")) {
      reader.subscribe(List.of(topics.articles()));
      for (int i = 0; i < instances; i++) {
        EnrichConfig config = new EnrichConfig(name, bootstrap, root.resolve(name + "-" + i), topics,
            EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100);
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, engine), config.streamsProperties());
        streams.start();
        running.add(streams);
      }
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!running.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING)) {
        reader.poll(Duration.ofMillis(100)); // also joins the reader before the clock starts
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("instances not running after 2 minutes");
        }
      }
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      ExactlyOnceRestartTest.produce(bootstrap, topics.pages(), pages);
      Set<String> seen = new HashSet<>();
      while (seen.size() < articles) {
        reader.poll(Duration.ofMillis(100)).forEach(r -> seen.add(r.key()));
        if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
          throw new IllegalStateException("only " + seen.size() + " of " + articles + " articles in 10 minutes");
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      return new Run(pages.size() / seconds, cpuSeconds * 1000 / pages.size(),
          cpuSeconds / seconds / Runtime.getRuntime().availableProcessors());
    } finally {
      running.forEach(s -> s.close(Duration.ofSeconds(30)));
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
