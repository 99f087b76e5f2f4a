package org.inkstream.launcher;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command wait for Ctrl-C or SIGTERM and still close cleanly: the JVM runs shutdown hooks and then
 * halts, so the hook must not only wake the command up but also wait until the command has closed its Kafka clients
 * and servers ({@link #closed()}), up to a minute.
 */
final class ShutdownSignal {

  private static final long CLOSE_TIMEOUT_SECONDS = 60;

  private final CountDownLatch signalled = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  private ShutdownSignal() {}

  /** Registers the hook; from now on Ctrl-C and SIGTERM release {@link #await()}. */
  static ShutdownSignal register(String name) {
    ShutdownSignal signal = new ShutdownSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      signal.signalled.countDown();
      try {
        signal.closed.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name + "-shutdown"));
    return signal;
  }

  /** Blocks until Ctrl-C or SIGTERM. */
  void await() throws InterruptedException {
    signalled.await();
  }

  /** Tells the hook that everything is closed, so that the JVM may halt. */
  void closed() {
    closed.countDown();
  }
}
