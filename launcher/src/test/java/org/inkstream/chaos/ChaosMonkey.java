package org.inkstream.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Strikes the pipeline at random moments drawn from a seed: kills the enrich or sink process with SIGKILL and starts
 * it again after a random pause, or restarts Elasticsearch or the broker. The same seed gives the same plan (moments,
 * faults, pauses); the moments the processes are in when struck still vary with the machine's speed.
 */
final class ChaosMonkey {

  enum Fault { KILL_ENRICH, KILL_SINK, RESTART_ELASTICSEARCH, RESTART_BROKER }

  /**
   * One planned fault.
   *
   * @param at when, from the start of the stream
   * @param fault what
   * @param pause for a kill, how long the process stays dead before it is started again
   */
  record Strike(Duration at, Fault fault, Duration pause) {}

  private final ChaosStack stack;
  private final ChildProcess enrich;
  private final ChildProcess sink;

  ChaosMonkey(ChaosStack stack, ChildProcess enrich, ChildProcess sink) {
    this.stack = stack;
    this.enrich = enrich;
    this.sink = sink;
  }

  /** Each of {@code faults} at a uniformly random moment of {@code window}, in time order. */
  static List<Strike> plan(long seed, List<Fault> faults, Duration window) {
    Random random = new Random(seed);
    List<Strike> strikes = new ArrayList<>();
    for (Fault fault : faults) {
      strikes.add(new Strike(Duration.ofMillis((long) (random.nextDouble() * window.toMillis())), fault,
          Duration.ofMillis(random.nextInt(3_000))));
    }
    strikes.sort(Comparator.comparing(Strike::at));
    return strikes;
  }

  /** Runs the plan on a thread of its own; the future fails when a fault could not be carried out. */
  CompletableFuture<List<String>> unleash(List<Strike> plan) {
    return CompletableFuture.supplyAsync(() -> {
      long started = System.nanoTime();
      List<String> done = new ArrayList<>();
      try {
        for (Strike strike : plan) {
          long wait = strike.at().toNanos() - (System.nanoTime() - started);
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000); // a planned moment, not a condition to await
          }
          long begun = System.nanoTime();
          strike(strike);
          done.add(String.format("%6.1f s %s (recovered in %.1f s)", (begun - started) / 1e9, strike.fault(),
              (System.nanoTime() - begun) / 1e9));
          System.out.println("chaos: " + done.get(done.size() - 1));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CompletionException(e);
      }
      return done;
    });
  }

  private void strike(Strike strike) throws InterruptedException {
    switch (strike.fault()) {
      case KILL_ENRICH -> killAndRestart(enrich, strike.pause());
      case KILL_SINK -> killAndRestart(sink, strike.pause());
      case RESTART_ELASTICSEARCH -> stack.restartElasticsearch();
      case RESTART_BROKER -> stack.restartBroker();
    }
  }

  private static void killAndRestart(ChildProcess process, Duration pause) throws InterruptedException {
    process.kill();
    Thread.sleep(pause.toMillis()); // the planned downtime
    process.start();
  }
}
