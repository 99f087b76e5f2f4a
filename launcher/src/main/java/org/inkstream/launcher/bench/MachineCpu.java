package org.inkstream.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * CPU time the whole machine has spent busy, from the first line of Linux's {@code /proc/stat}. Against this process's
 * and Elasticsearch's, it shows what <em>other</em> processes took during a timed pass: on a shared machine a stage
 * measured while a build ran beside it looks slower than it is, and every ratio built on it is off.
 */
final class MachineCpu {

  private static final Path STAT = Path.of("/proc/stat");
  private static final long MILLIS_PER_TICK = 10; // USER_HZ, 100 on every Linux HotSpot runs on

  private MachineCpu() {}

  /** Milliseconds all cores have spent busy so far; empty where {@code /proc/stat} is not there. */
  static OptionalLong busyMillis() {
    try {
      List<String> lines = Files.readAllLines(STAT);
      return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(busyTicks(lines.get(0)) * MILLIS_PER_TICK);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Busy ticks of the {@code cpu} line: user, nice, system, irq, softirq and steal; not idle nor iowait (fields 4 and
   * 5). Guest time is already counted in user.
   */
  static long busyTicks(String cpuLine) {
    String[] fields = cpuLine.trim().split("\\s+");
    if (!fields[0].equals("cpu")) {
      throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
    }
    long busy = 0;
    for (int i = 1; i < fields.length && i <= 8; i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(fields[i]);
      }
    }
    return busy;
  }
}
