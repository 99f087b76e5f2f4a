package org.inkstream.launcher.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.nodes.Stats;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads the CPU time spent so far by this JVM, by its JIT compilers, and by Elasticsearch, so that a timed window can
 * say what it cost as well as how long it took (see {@link CpuUse}).
 *
 * <p>Usage: {@code Reading start = meter.read(); ...work...; Window window = meter.since(start);}.
 */
public final class CpuMeter {

  private final OperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private final Supplier<OptionalLong> elasticsearchCpuMillis;

  /**
   * @param elasticsearchCpuMillis the CPU milliseconds Elasticsearch has used so far (a running total), or empty when it
   *     cannot be read
   */
  public CpuMeter(Supplier<OptionalLong> elasticsearchCpuMillis) {
    this.elasticsearchCpuMillis = elasticsearchCpuMillis;
  }

  /** A meter that sees this JVM only. */
  public static CpuMeter jvmOnly() {
    return new CpuMeter(OptionalLong::empty);
  }

  /** Elasticsearch's CPU read from its process on this machine (the embedded node): exact. */
  public static CpuMeter withProcess(Supplier<Optional<ProcessHandle>> elasticsearch) {
    return new CpuMeter(() -> elasticsearch.get().flatMap(handle -> handle.info().totalCpuDuration())
        .map(cpu -> OptionalLong.of(cpu.toMillis())).orElse(OptionalLong.empty()));
  }

  /**
   * Elasticsearch's CPU from the nodes stats of a cluster, summed over its nodes. Each node refreshes the figure once a
   * second ({@code monitor.process.refresh_interval}), so a window of a few seconds is off by up to a second of CPU
   * per node; and a node that joins or leaves during the run spoils the sum.
   */
  public static CpuMeter withNodesStats(ElasticsearchClient client) {
    return new CpuMeter(() -> {
      try {
        long total = 0;
        for (Stats node : client.nodes().stats(s -> s.metric("process")).nodes().values()) {
          if (node.process() == null || node.process().cpu() == null
              || node.process().cpu().totalInMillis() == null) {
            return OptionalLong.empty();
          }
          total += node.process().cpu().totalInMillis();
        }
        return OptionalLong.of(total);
      } catch (IOException | ElasticsearchException e) {
        return OptionalLong.empty(); // the figure is a bonus: a failed read leaves it out, the bench goes on
      }
    });
  }

  /** The counters at one moment. */
  public record Reading(long nanoTime, long jvmCpuNanos, long jitMillis, OptionalLong elasticsearchCpuMillis,
      OptionalLong machineBusyMillis) {}

  /**
   * What happened between a reading and now.
   *
   * @param elapsed wall-clock time
   * @param cpu CPU time spent in it
   */
  public record Window(Duration elapsed, CpuUse cpu) {}

  public Reading read() {
    return new Reading(System.nanoTime(), os.getProcessCpuTime(), jitMillis(), elasticsearchCpuMillis.get(),
        MachineCpu.busyMillis());
  }

  /**
   * The CPU time of HotSpot's compiler threads, from {@code /proc/self/task} on Linux. Elsewhere, the JVM's own
   * compilation time, which is wall time in the compiler threads: on a machine short of cores it counts the time they
   * waited for one too, and overstates.
   */
  private long jitMillis() {
    OptionalLong fromProc = CompilerThreads.cpuMillis();
    if (fromProc.isPresent()) {
      return fromProc.getAsLong();
    }
    return jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  public Window since(Reading start) {
    Reading end = read();
    return new Window(Duration.ofNanos(end.nanoTime() - start.nanoTime()),
        new CpuUse((end.jvmCpuNanos() - start.jvmCpuNanos()) / 1e6, Math.max(0, end.jitMillis() - start.jitMillis()),
            difference(start.elasticsearchCpuMillis(), end.elasticsearchCpuMillis()),
            difference(start.machineBusyMillis(), end.machineBusyMillis())));
  }

  private static OptionalDouble difference(OptionalLong start, OptionalLong end) {
    return start.isPresent() && end.isPresent()
        ? OptionalDouble.of(end.getAsLong() - start.getAsLong())
        : OptionalDouble.empty();
  }
}
