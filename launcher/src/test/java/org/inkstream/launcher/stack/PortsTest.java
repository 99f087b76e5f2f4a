package org.inkstream.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

  /** Below the ephemeral range no outgoing connection takes the port while a slow server starts. */
  @Test
  void choosesFreePortsBelowTheEphemeralRangeAndNeverTheSameTwice() throws Exception {
    int ephemeralStart = Ports.ephemeralStart();
    assumeTrue(ephemeralStart > Ports.LOWEST, "the system's ephemeral range is known (Linux)");
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      int port = Ports.free();
      assertThat(port).isBetween(Ports.LOWEST, ephemeralStart - 1);
      assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertThat(socket.getLocalPort()).isEqualTo(port);
      }
    }
  }
}
