package org.inkstream.launcher.bench;

import java.util.OptionalDouble;

/**
 * The CPU time one timed window cost, by whom. On a machine where every stage competes for the same cores, wall time
 * alone cannot tell a stage that waits from one that works; CPU time can, and it adds up across stages.
 *
 * @param jvmMs CPU time of this JVM (every thread: the stage's own, the garbage collector, the JIT compilers, and the
 *     Kafka broker when it is embedded here)
 * @param jitMs time the JIT compilers spent compiling, part of {@code jvmMs}: a cost of warming up, not of the work
 * @param elasticsearchMs CPU time of Elasticsearch: exact for the embedded node (its process), per-second resolution
 *     summed over the nodes for a given cluster ({@code process.cpu.total_in_millis} of the nodes stats); empty when
 *     it could not be read
 * @param machineMs CPU time the whole machine spent busy (Linux {@code /proc/stat}); empty elsewhere
 */
public record CpuUse(double jvmMs, double jitMs, OptionalDouble elasticsearchMs, OptionalDouble machineMs) {

  /** JVM and Elasticsearch together: what the window cost the machine, as far as it can be seen. */
  public double totalMs() {
    return jvmMs + elasticsearchMs.orElse(0);
  }

  /**
   * CPU time of every other process on this machine: what the bench competed with. With a given cluster whose nodes
   * run on this machine, they count here too. Empty where the machine's figure is unknown.
   */
  public OptionalDouble othersMs() {
    return machineMs.isPresent() ? OptionalDouble.of(Math.max(0, machineMs.getAsDouble() - totalMs()))
        : OptionalDouble.empty();
  }
}
