package org.inkstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The machine's busy time from the first line of /proc/stat. */
class MachineCpuTest {

  @Test
  void shouldCountEveryBusyFieldButIdleAndIowait() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    String line = "cpu  100 2 30 9000 50 4 5 6 7 0";

    assertThat(MachineCpu.busyTicks(line)).isEqualTo(100 + 2 + 30 + 4 + 5 + 6);
  }

  @Test
  void shouldRefuseALineThatIsNotTheMachineTotal() {
    assertThatThrownBy(() -> MachineCpu.busyTicks("cpu0 1 2 3 4 5 6 7 8"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReadThisMachineOnLinux() {
    assumeTrue(Files.isReadable(Path.of("/proc/stat")), "Linux only");

    assertThat(MachineCpu.busyMillis()).isPresent();
    assertThat(MachineCpu.busyMillis().getAsLong()).isPositive();
  }
}
