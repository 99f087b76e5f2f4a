package org.inkstream.launcher.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Free TCP ports for the embedded servers. */
final class Ports {

  /** Where the system's range of ephemeral ports is written, on Linux. */
  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  /** The lowest port chosen: above the ports services are usually configured on (8080, 9092, 9200). */
  static final int LOWEST = 20_000;
  private static final int ATTEMPTS = 100;
  /** Ports handed out in this JVM: two chosen before either server binds (HTTP and transport) must differ. */
  private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

  private Ports() {}

  /**
   * A port of 127.0.0.1 that is free now, below the system's range of ephemeral ports where it is known. Why: a port
   * the OS hands out for a server socket ({@code new ServerSocket(0)}) comes from the same range as the source ports of
   * outgoing connections, and Elasticsearch takes 10 to 20 s to bind its port after it is chosen; in that time a
   * client connection took it once in CI ("Address already in use", the demo failed to restart). Below the range only
   * a server that binds that very port can take it. Where the range is unknown (not Linux), the OS chooses.
   */
  static int free() {
    int ephemeralStart = ephemeralStart();
    if (ephemeralStart > LOWEST) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        int port = ThreadLocalRandom.current().nextInt(LOWEST, ephemeralStart);
        if (isFree(port) && GIVEN.add(port)) {
          return port;
        }
      }
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free TCP port", e);
    }
  }

  /**
   * The first port of the system's ephemeral range, or 0 when it cannot be read. Read a line at a time: {@code
   * Files.readString} trusts the size a {@code /proc} file reports and returned only its first character.
   */
  static int ephemeralStart() {
    try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
      String line = reader.readLine();
      return line == null ? 0 : Integer.parseInt(line.strip().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort() == port;
    } catch (IOException e) {
      return false;
    }
  }
}
