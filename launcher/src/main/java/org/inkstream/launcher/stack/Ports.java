package org.inkstream.launcher.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free TCP ports for the embedded servers. */
final class Ports {

  private Ports() {}

  /**
   * A port of 127.0.0.1 that was free a moment ago. Taken from the OS rather than chosen, since fixed ports in the
   * ephemeral range collide with client connections; the small race until the server binds it is accepted.
   */
  static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free TCP port", e);
    }
  }
}
