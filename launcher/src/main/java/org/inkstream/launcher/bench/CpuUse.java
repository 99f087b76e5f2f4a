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
 */
public record CpuUse(double jvmMs, double jitMs, OptionalDouble elasticsearchMs) {

  /** JVM and Elasticsearch together: what the window cost the machine, as far as it can be seen. */
  public double totalMs() {
    return jvmMs + elasticsearchMs.orElse(0);
  }
}
