package org.inkstream.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's JIT compiler threads, read from Linux's {@code /proc/self/task/<tid>/stat}.
 *
 * <p>Those threads are not Java threads, so {@link java.lang.management.ThreadMXBean} cannot see them, and the JVM's
 * compilation-time counter is wall time. HotSpot names them {@code C1 CompilerThread0} and {@code C2 CompilerThread0}
 * (the kernel keeps the first 15 characters). Times are in clock ticks, 100 per second on every Linux HotSpot runs on
 * ({@code USER_HZ}). A compiler thread the JVM retires while idle takes its time with it; on 2 cores the JVM keeps one
 * of each, so nothing is lost there.
 */
final class CompilerThreads {

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final long MILLIS_PER_TICK = 10;

  private CompilerThreads() {}

  /** Milliseconds of CPU the compiler threads have used so far; empty where {@code /proc} is not there. */
  static OptionalLong cpuMillis() {
    if (!Files.isDirectory(TASKS)) {
      return OptionalLong.empty();
    }
    long ticks = 0;
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : tasks.toList()) {
        ticks += compilerTicks(task.resolve("stat"));
      }
    } catch (IOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ticks * MILLIS_PER_TICK);
  }

  /** User and system ticks of the task if it is a compiler thread; 0 otherwise or if it ended meanwhile. */
  private static long compilerTicks(Path stat) {
    String line;
    try {
      line = Files.readString(stat);
    } catch (IOException e) {
      return 0; // the thread ended between the listing and the read
    }
    return ticksIfCompiler(line);
  }

  /**
   * Parses one {@code stat} line: {@code tid (comm) state ppid ...}, where utime and stime are fields 14 and 15. The
   * name may hold spaces and parentheses, so the fields are counted from the last ')'.
   */
  static long ticksIfCompiler(String line) {
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    if (open < 0 || close < open) {
      return 0;
    }
    String name = line.substring(open + 1, close);
    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
      return 0;
    }
    String[] fields = line.substring(close + 2).split(" ");
    // fields[0] is field 3 (state): utime (14) and stime (15) are fields[11] and fields[12].
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
