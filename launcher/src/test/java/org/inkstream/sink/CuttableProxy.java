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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay in front of Elasticsearch whose connection can be cut, hung and restored, so that a test can take
 * Elasticsearch "down" for the sink without stopping the node that every test of the JVM shares.
 *
 * <ul>
 *   <li>{@link #cut()}: open connections are reset and new ones refused, as with a stopped node.
 *   <li>{@link #hang(Stall)}: connections stay open and nothing comes back: with {@link Stall#SILENT} requests never
 *       reach Elasticsearch and no byte answers (a node that accepts and never answers: a full disk, a long GC, a
 *       black-holed network), with {@link Stall#HALF_ANSWER} requests go through and each connection gets half of its
 *       next answer, then nothing. Only a client-side timeout ends such a request.
 * </ul>
 */
final class CuttableProxy implements AutoCloseable {

  /** How a hung relay fails. */
  enum Stall {
    /** Accepts, reads and drops requests, never answers. */
    SILENT,
    /** Relays requests and then half of an answer, then stalls. */
    HALF_ANSWER
  }

  private final URI target;
  private final int port;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();
  private final AtomicInteger stalled = new AtomicInteger();
  private final AtomicLong firstStallNanos = new AtomicLong();
  private volatile ServerSocket listener;
  private volatile Stall stall;

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
    links.forEach(Link::close);
    links.clear();
  }

  /** From now on, every connection, open or new, fails as {@code how} says. */
  void hang(Stall how) {
    stall = how;
  }

  /** How many reads the relay has swallowed since it was hung: above 0, a request is hanging. */
  int stalledReads() {
    return stalled.get();
  }

  /** When ({@link System#nanoTime()}) the relay first swallowed a read since it was hung; 0 if it has not. */
  long firstStallNanos() {
    return firstStallNanos.get();
  }

  /**
   * Relays again: accepts connections on the same port, and resets those that lost bytes while hung (their HTTP
   * stream is broken; a client would have timed them out anyway).
   */
  synchronized void restore() {
    stall = null;
    links.stream().filter(link -> link.tainted).forEach(Link::close);
    links.removeIf(link -> link.tainted);
    stalled.set(0);
    firstStallNanos.set(0);
    if (listener.isClosed()) {
      listener = bind(port);
      startAccepting(listener);
    }
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
          Link link = new Link(client, new Socket(target.getHost(), target.getPort()));
          links.add(link);
          pump(link, link.client, link.upstream, true);
          pump(link, link.upstream, link.client, false);
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

  /** Copies one direction of a link, dropping what the current stall says to drop. */
  private void pump(Link link, Socket from, Socket to, boolean request) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          int relayed = relayable(link, n, request);
          out.write(buffer, 0, relayed);
          out.flush();
        }
      } catch (IOException expected) {
        // The other side or cut() closed the connection: that ends this direction.
      } finally {
        link.close();
        links.remove(link);
      }
    }, "proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  /** How many of {@code n} bytes just read go through: all while relaying, half of one answer, or none. */
  private int relayable(Link link, int n, boolean request) {
    Stall now = stall;
    if (now == null || (now == Stall.HALF_ANSWER && request)) {
      return n;
    }
    link.tainted = true;
    firstStallNanos.compareAndSet(0, System.nanoTime());
    stalled.incrementAndGet();
    if (now == Stall.HALF_ANSWER && !link.halved) {
      link.halved = true;
      return n / 2;
    }
    return 0;
  }

  /** One relayed connection: the client's socket and Elasticsearch's. */
  private static final class Link {
    final Socket client;
    final Socket upstream;
    /** Bytes were dropped: the HTTP stream of this connection is broken. */
    volatile boolean tainted;
    volatile boolean halved;

    Link(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void close() {
      closeQuietly(client);
      closeQuietly(upstream);
    }
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException expected) {
      // Closing to cut: an error here means it is closed already.
    }
  }
}
