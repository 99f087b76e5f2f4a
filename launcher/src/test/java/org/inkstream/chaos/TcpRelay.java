package org.inkstream.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed address in front of Elasticsearch: an embedded node takes new ports at each start, and the sink process must
 * keep its URL across a restart of the node. {@link #retarget(URI)} points new connections at the restarted node; while
 * the node is down, connections fail as they would without the relay (the target refuses them). Public: the start-up
 * tests of the launcher use it too, for a Kafka that is away first and answers later.
 */
public final class TcpRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TcpRelay.class);

  private final ServerSocket listener;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile URI target;

  public TcpRelay(URI target) throws IOException {
    this.target = target;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepter = new Thread(this::accept, "tcp-relay-" + listener.getLocalPort());
    accepter.setDaemon(true);
    accepter.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** New connections go to {@code newTarget}; open ones are closed, as the node that served them is gone. */
  public void retarget(URI newTarget) {
    target = newTarget;
    sockets.forEach(TcpRelay::closeQuietly);
    sockets.clear();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        relay(client);
      } catch (SocketException closed) {
        return; // close() closed the listener: the loop ends
      } catch (IOException e) {
        log.warn("relay accept failed", e);
      }
    }
  }

  private void relay(Socket client) {
    URI to = target;
    try {
      Socket server = new Socket(to.getHost(), to.getPort());
      sockets.add(client);
      sockets.add(server);
      pump(client, server);
      pump(server, client);
    } catch (IOException e) {
      closeQuietly(client); // the node is down: the client sees a closed connection, as with no relay
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException closed) {
        // one side closed or reset the connection: closing both below tells the other side
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        sockets.remove(from);
        sockets.remove(to);
      }
    }, "tcp-relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close a relay socket", e);
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(TcpRelay::closeQuietly);
  }
}
