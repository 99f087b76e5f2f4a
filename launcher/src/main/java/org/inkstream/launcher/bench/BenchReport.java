package org.inkstream.launcher.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inkstream.core.Json;

/**
 * The figures of one bench run: each stage alone, the pipeline end to end on the same pages, latency at a steady
 * offered load, the heap, and (in soak mode) heap after GC over time.
 *
 * @param settings the knobs the run used (commit interval, batch size...), printed so that a figure can be reproduced
 * @param stages each stage alone
 * @param endToEnd the pipeline, from the first page sent to the last article searchable
 * @param offeredPagesPerSecond the steady load of the latency phase: half of {@code endToEnd}
 * @param latency page-to-searchable latency at that load
 * @param heap heap of this process (the pipeline; with an embedded broker, the broker too)
 * @param soak the heap during the soak phase; {@link Soak#NONE} without {@code --duration}
 */
public record BenchReport(Map<String, Object> settings, List<StageFigures> stages, StageFigures endToEnd,
    double offeredPagesPerSecond, LatencyFigures latency, HeapFigures heap, Soak soak) {

  /**
   * The heap over a soak.
   *
   * @param afterGc heap after each collection during the soak
   * @param liveBeforeMb heap after a full collection just before the soak: the live set then
   * @param liveAfterMb the same just after it; equal to {@code liveBeforeMb} give or take noise when nothing leaks
   * @param topGrowers the classes whose live bytes grew most over the soak: where growth, if any, comes from
   */
  public record Soak(List<HeapWatch.Sample> afterGc, double liveBeforeMb, double liveAfterMb,
      List<ClassHistogram.Growth> topGrowers) {

    public static final Soak NONE = new Soak(List.of(), 0, 0, List.of());

    public Soak {
      afterGc = List.copyOf(afterGc);
      topGrowers = List.copyOf(topGrowers);
    }

    boolean ran() {
      return !afterGc.isEmpty();
    }
  }

  /**
   * @param maxAfterGcMb the largest heap after a collection during the run: what the process needed
   * @param peakUsedMb the fullest the heap got before a collection
   * @param limitMb {@code -Xmx}
   */
  public record HeapFigures(double maxAfterGcMb, double peakUsedMb, double limitMb) {}

  public BenchReport {
    settings = Map.copyOf(settings);
    stages = List.copyOf(stages);
    Objects.requireNonNull(endToEnd, "endToEnd");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(heap, "heap");
    Objects.requireNonNull(soak, "soak");
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one stage measured alone");
    }
  }

  public StageFigures slowestStage() {
    return stages.stream().min(Comparator.comparingDouble(StageFigures::pagesPerSecond)).orElseThrow();
  }

  /** The sink's throughput over the plain BulkIngester loop's, when both were measured. */
  public java.util.OptionalDouble ratioSinkToBulk() {
    java.util.Optional<StageFigures> sink = stage("sink");
    java.util.Optional<StageFigures> bulk = stage("bulk-index");
    return sink.isPresent() && bulk.isPresent()
        ? java.util.OptionalDouble.of(sink.get().pagesPerSecond() / bulk.get().pagesPerSecond())
        : java.util.OptionalDouble.empty();
  }

  private java.util.Optional<StageFigures> stage(String name) {
    return stages.stream().filter(s -> s.stage().equals(name)).findFirst();
  }

  /** End-to-end pages/s over the slowest stage's: 1.0 means the pipeline adds no cost of its own. */
  public double ratioEndToEndToSlowest() {
    return endToEnd.pagesPerSecond() / slowestStage().pagesPerSecond();
  }

  /** The stages the pipeline chains: the engine, Kafka both ways and the sink (the plain bulk loop is its baseline). */
  private static final List<String> CHAINED = List.of("engine", "kafka-produce", "kafka-consume", "sink");

  /** CPU milliseconds per page of the chained stages, each measured alone, added up. */
  public double chainedStagesCpuMillisPerPage() {
    return stages.stream().filter(s -> CHAINED.contains(s.stage())).mapToDouble(StageFigures::cpuMillisPerPage).sum();
  }

  /**
   * The most pages/s {@code cores} cores can give when every page costs {@code cpuMillisPerPage} of CPU: the ceiling
   * of a CPU-bound pipeline, whatever its design.
   */
  private static double cpuBound(int cores, double cpuMillisPerPage) {
    return cores * 1000 / cpuMillisPerPage;
  }

  /**
   * Other processes using more than this many cores during a timed pass spoil the run's comparisons: the timer, the
   * kernel and a shell take a few hundredths.
   */
  private static final double QUIET_MACHINE_OTHER_CORES = 0.25;

  /** The timed pass during which other processes took the most CPU, if they took more than a quiet machine's share. */
  public java.util.Optional<StageFigures> busiestNeighbour() {
    return java.util.stream.Stream.concat(stages.stream(), java.util.stream.Stream.of(endToEnd))
        .max(Comparator.comparingDouble(StageFigures::otherCoresBusy))
        .filter(stage -> stage.otherCoresBusy() > QUIET_MACHINE_OTHER_CORES);
  }

  private int cores() {
    return settings.get("available_processors") instanceof Integer cores ? cores
        : Runtime.getRuntime().availableProcessors();
  }

  /**
   * The highest end-to-end / slowest ratio these cores allow even if chaining the stages cost nothing: the chained
   * stages' CPU added up, over the cores, against the slowest stage. Where each stage alone keeps every core busy, it
   * is well under 1, and no pipeline design can beat it.
   */
  public double ratioCeiling() {
    return Math.min(1, cpuBound(cores(), chainedStagesCpuMillisPerPage()) / slowestStage().pagesPerSecond());
  }

  public void print(PrintWriter out) {
    out.println();
    out.println("Inkstream bench");
    settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.printf("  %-26s %s%n", e.getKey(), e.getValue()));
    out.printf("%n  %-14s %8s %9s %11s %9s %7s %11s %7s %6s %6s %6s %7s%n", "stage", "pages", "pages/s", "articles/s",
        "ms/page", "share", "cpu ms/page", "cores", "jvm", "jit", "es", "others");
    for (StageFigures stage : stages) {
      printStage(out, stage, String.format("%8.0f%%", 100 * stage.millisPerPage() / endToEnd.millisPerPage()));
    }
    printStage(out, endToEnd, "    100%");
    out.printf("%n  slowest stage alone: %s, %.1f pages/s; end to end / slowest = %.2f%n",
        slowestStage().stage(), slowestStage().pagesPerSecond(), ratioEndToEndToSlowest());
    out.printf("  CPU per page: end to end %.1f ms; the chained stages alone (engine, Kafka both ways, sink) add up to "
        + "%.1f ms%n", endToEnd.cpuMillisPerPage(), chainedStagesCpuMillisPerPage());
    out.printf("  on %d cores: end to end used %.2f cores, %.0f%% of its CPU bound (%.1f pages/s); with no cost for "
        + "chaining the stages, end to end / slowest could reach at most %.2f%n", cores(), endToEnd.coresBusy(),
        100 * endToEnd.pagesPerSecond() / cpuBound(cores(), endToEnd.cpuMillisPerPage()),
        cpuBound(cores(), endToEnd.cpuMillisPerPage()), ratioCeiling());
    busiestNeighbour().ifPresent(stage -> out.printf("  WARNING: other processes kept %.2f cores busy during %s: "
        + "stages measured beside them look slower than they are, and the ratios of this run are off. Run on a quiet "
        + "machine.%n", stage.otherCoresBusy(), stage.stage()));
    ratioSinkToBulk().ifPresent(ratio -> out.printf(
        "  Inkstream's sink / a plain BulkIngester loop over the same articles = %.2f%n", ratio));
    out.printf("  latency page produced -> last article searchable at %.1f pages/s offered (%d pages, %d missed, "
        + "resolution %d ms): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", offeredPagesPerSecond, latency.count(),
        latency.missed(), latency.resolutionMs(), latency.percentile(50), latency.percentile(95),
        latency.percentile(99), latency.max());
    out.printf("    of which until the sink stamped the last article (Kafka + topology): p50 %d ms, p95 %d ms, p99 %d ms%n",
        latency.toSinkPercentile(50), latency.toSinkPercentile(95), latency.toSinkPercentile(99));
    out.printf("  heap: max after GC %.0f MB, peak used %.0f MB, limit %.0f MB%n", heap.maxAfterGcMb(),
        heap.peakUsedMb(), heap.limitMb());
    if (soak.ran()) {
      printSoak(out);
    }
    out.flush();
  }

  private static void printStage(PrintWriter out, StageFigures stage, String share) {
    CpuUse cpu = stage.cpu();
    double pages = Math.max(1, stage.pages());
    out.printf("  %-14s %8d %9.1f %11.1f %9.2f %7s %11.1f %7.2f %6.1f %6.1f %6s %7s%n", stage.stage(), stage.pages(),
        stage.pagesPerSecond(), stage.articlesPerSecond(), stage.millisPerPage(), share.strip(),
        stage.cpuMillisPerPage(), stage.coresBusy(), cpu.jvmMs() / pages, cpu.jitMs() / pages,
        cpu.elasticsearchMs().isPresent() ? String.format("%.1f", cpu.elasticsearchMs().getAsDouble() / pages) : "-",
        cpu.othersMs().isPresent() ? String.format("%.2f", stage.otherCoresBusy()) : "-");
  }

  /** One line per 10 s of the soak: the mean heap after GC in that window, so a trend shows at a glance. */
  private void printSoak(PrintWriter out) {
    List<HeapWatch.Sample> afterGc = soak.afterGc();
    out.printf("  soak: live heap after a full GC %.1f MB before, %.1f MB after%n", soak.liveBeforeMb(),
        soak.liveAfterMb());
    out.println("  soak: classes whose live bytes grew most (instances and KB, before -> after)");
    for (ClassHistogram.Growth g : soak.topGrowers()) {
      out.printf("    %-60s %9d -> %9d  %9.1f -> %9.1f KB%n", g.className(), g.before().instances(),
          g.after().instances(), g.before().bytes() / 1024.0, g.after().bytes() / 1024.0);
    }
    out.println("  soak: heap after GC (mean per 10 s window)");
    double start = afterGc.get(0).secondsSinceStart();
    double end = afterGc.get(afterGc.size() - 1).secondsSinceStart();
    for (double from = start; from <= end; from += 10) {
      double windowStart = from;
      List<HeapWatch.Sample> window = afterGc.stream()
          .filter(s -> s.secondsSinceStart() >= windowStart && s.secondsSinceStart() < windowStart + 10).toList();
      if (!window.isEmpty()) {
        out.printf("    t=%4.0f s  %6.1f MB  (%d GCs)%n", windowStart - start,
            window.stream().mapToDouble(HeapWatch.Sample::afterGcMb).average().orElseThrow(), window.size());
      }
    }
  }

  /** The figures as JSON; the key names are a contract with scripts that compare runs. */
  public ObjectNode toJson() {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("end_to_end_pages_per_s", endToEnd.pagesPerSecond());
    root.put("end_to_end_articles_per_s", endToEnd.articlesPerSecond());
    root.put("slowest_stage", slowestStage().stage());
    root.put("slowest_stage_pages_per_s", slowestStage().pagesPerSecond());
    root.put("ratio_end_to_end_to_slowest", ratioEndToEndToSlowest());
    ratioSinkToBulk().ifPresent(ratio -> root.put("ratio_sink_to_bulk", ratio));
    root.put("cores", cores());
    root.put("end_to_end_cpu_ms_per_page", endToEnd.cpuMillisPerPage());
    root.put("chained_stages_cpu_ms_per_page", chainedStagesCpuMillisPerPage());
    root.put("end_to_end_cores_busy", endToEnd.coresBusy());
    root.put("ratio_ceiling_on_these_cores", ratioCeiling());
    root.put("quiet_machine", busiestNeighbour().isEmpty());
    ObjectNode latencyNode = root.putObject("latency_ms");
    latencyNode.put("p50", latency.percentile(50));
    latencyNode.put("p95", latency.percentile(95));
    latencyNode.put("p99", latency.percentile(99));
    latencyNode.put("max", latency.max());
    ObjectNode toSinkNode = latencyNode.putObject("until_sink_ms");
    toSinkNode.put("p50", latency.toSinkPercentile(50));
    toSinkNode.put("p95", latency.toSinkPercentile(95));
    toSinkNode.put("p99", latency.toSinkPercentile(99));
    latencyNode.put("pages", latency.count());
    latencyNode.put("missed", latency.missed());
    latencyNode.put("resolution_ms", latency.resolutionMs());
    latencyNode.put("offered_pages_per_s", offeredPagesPerSecond);
    root.put("heap_max_mb", heap.maxAfterGcMb());
    root.put("heap_peak_used_mb", heap.peakUsedMb());
    root.put("heap_limit_mb", heap.limitMb());
    ArrayNode stageNodes = root.putArray("stages");
    for (StageFigures stage : stages) {
      stageNodes.add(stageJson(stage));
    }
    root.set("end_to_end", stageJson(endToEnd));
    root.set("settings", Json.mapper().valueToTree(settings));
    if (soak.ran()) {
      root.putObject("soak_live_heap_mb").put("before", soak.liveBeforeMb()).put("after", soak.liveAfterMb());
      ArrayNode growers = root.putArray("soak_top_growers");
      soak.topGrowers().forEach(g -> growers.addObject().put("class", g.className())
          .put("instances_before", g.before().instances()).put("instances_after", g.after().instances())
          .put("bytes_before", g.before().bytes()).put("bytes_after", g.after().bytes()));
    }
    ArrayNode soakNodes = root.putArray("soak_heap_after_gc");
    soak.afterGc().forEach(s -> soakNodes.addObject().put("t_s", s.secondsSinceStart()).put("mb", s.afterGcMb()));
    return root;
  }

  private static ObjectNode stageJson(StageFigures stage) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("stage", stage.stage());
    node.put("pages", stage.pages());
    node.put("articles", stage.articles());
    node.put("bytes", stage.bytes());
    node.put("seconds", stage.elapsed().toNanos() / 1e9);
    node.put("pages_per_s", stage.pagesPerSecond());
    node.put("articles_per_s", stage.articlesPerSecond());
    node.put("cpu_ms_per_page", stage.cpuMillisPerPage());
    node.put("cores_busy", stage.coresBusy());
    node.put("jvm_cpu_ms", stage.cpu().jvmMs());
    node.put("jit_ms", stage.cpu().jitMs());
    stage.cpu().elasticsearchMs().ifPresent(ms -> node.put("elasticsearch_cpu_ms", ms));
    stage.cpu().othersMs().ifPresent(ms -> node.put("other_processes_cpu_ms", ms));
    return node;
  }
}
