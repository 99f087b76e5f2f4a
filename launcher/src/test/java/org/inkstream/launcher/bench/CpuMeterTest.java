package org.inkstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The meter on this very JVM: work done on a thread must show up as CPU of the process. */
class CpuMeterTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void shouldCountTheCpuOfWorkDoneInTheWindow() {
    CpuMeter meter = CpuMeter.jvmOnly();
    CpuMeter.Reading start = meter.read();

    long spent = burnCpu(50);
    CpuMeter.Window window = meter.since(start);

    assertThat(window.cpu().jvmMs()).isGreaterThanOrEqualTo(spent / 1e6 * 0.9);
    assertThat(window.cpu().jitMs()).isGreaterThanOrEqualTo(0);
    assertThat(window.cpu().elasticsearchMs()).isEmpty();
    assertThat(window.elapsed().toNanos()).isPositive();
  }

  @Test
  void shouldReadAnotherProcessCpuFromItsHandle() {
    // This JVM stands in for the Elasticsearch process: what it burns must show on the handle.
    CpuMeter meter = CpuMeter.withProcess(() -> Optional.of(ProcessHandle.current()));
    CpuMeter.Reading start = meter.read();

    long spent = burnCpu(50);
    CpuMeter.Window window = meter.since(start);

    assertThat(start.elasticsearchCpuMillis()).isPresent();
    // /proc counts in clock ticks (10 ms): allow one tick at each end.
    assertThat(window.cpu().elasticsearchMs()).isPresent();
    assertThat(window.cpu().elasticsearchMs().getAsDouble()).isGreaterThanOrEqualTo(spent / 1e6 - 20);
  }

  @Test
  void shouldLeaveElasticsearchOutWhenItsProcessIsGone() {
    CpuMeter meter = CpuMeter.withProcess(Optional::empty);

    assertThat(meter.since(meter.read()).cpu().elasticsearchMs()).isEmpty();
  }

  /** Spins until this thread has used {@code millis} of CPU; returns the CPU nanoseconds it used. */
  private static long burnCpu(long millis) {
    long start = THREADS.getCurrentThreadCpuTime();
    long sink = 0;
    while (THREADS.getCurrentThreadCpuTime() - start < millis * 1_000_000) {
      sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
    }
    assertThat(sink).isNotNegative(); // keeps the loop from being optimised away
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
