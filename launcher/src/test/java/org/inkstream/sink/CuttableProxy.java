package org.inkstream.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of Elasticsearch whose connection can be cut and restored, so that a test can take
 * Elasticsearch "down" for the sink without stopping the node that every test of the JVM shares. While cut, open
 * connections are reset and new ones refused, as with a stopped node.
 */
final class CuttableProxy implements AutoCloseable {

  private final URI target;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;

  CuttableProxy(URI target) {
    this.target = target;
    this.listener = bind(0);
    this.port = listener.getLocalPort();
    startAccepting(listener);
  }

  /** The relay's URL: give it to the client instead of Elasticsearch's. */
  URI url() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Resets every open connection and refuses new ones. */
  synchronized void cut() {
    closeQuietly(listener);
    sockets.forEach(CuttableProxy::closeQuietly);
    sockets.clear();
  }

  /** Accepts connections again, on the same port. */
  synchronized void restore() {
    listener = bind(port);
    startAccepting(listener);
  }

  @Override
  public void close() {
    cut();
  }

  private static ServerSocket bind(int port) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + port, e);
    }
  }

  private void startAccepting(ServerSocket server) {
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          Socket upstream = new Socket(target.getHost(), target.getPort());
          sockets.add(client);
          sockets.add(upstream);
          pump(client, upstream);
          pump(upstream, client);
        } catch (SocketException expected) {
          // cut() closed the listener: stop accepting.
          return;
        } catch (IOException e) {
          throw new UncheckedIOException("relay to " + target + " failed", e);
        }
      }
    }, "proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException expected) {
        // The other side or cut() closed the connection: that ends this direction.
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException expected) {
      // Closing to cut: an error here means it is closed already.
    }
  }
}
