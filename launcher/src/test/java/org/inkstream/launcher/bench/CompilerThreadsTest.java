package org.inkstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading the JIT compiler threads' CPU from Linux's per-thread stat lines. */
class CompilerThreadsTest {

  @Test
  void shouldAddUserAndSystemTicksOfACompilerThread() {
    String line = "2238 (C2 CompilerThre) S 1 2221 1 0 -1 4194368 1 0 0 0 3401 275 0 0 20 0 2 0 480 0 0";

    assertThat(CompilerThreads.ticksIfCompiler(line)).isEqualTo(3676);
  }

  @Test
  void shouldIgnoreOtherThreadsEvenWithParenthesesInTheirName() {
    assertThat(CompilerThreads.ticksIfCompiler("77 (main) R 1 2 3 4 5 6 7 8 9 10 500 20 0 0")).isZero();
    assertThat(CompilerThreads.ticksIfCompiler("78 (a (C2 CompilerThre)) R 1 2 3 4 5 6 7 8 9 10 1 1 0")).isZero();
  }

  @Test
  void shouldFindTheCompilerThreadsOfThisJvmOnLinux() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");

    // By the time a test runs, the JIT has compiled the test framework: its threads have used CPU.
    assertThat(CompilerThreads.cpuMillis()).isPresent();
    assertThat(CompilerThreads.cpuMillis().getAsLong()).isPositive();
  }
}
