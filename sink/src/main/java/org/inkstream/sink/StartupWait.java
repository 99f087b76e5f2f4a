package org.inkstream.sink;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.event.ExecutionScheduledEvent;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up of one stage: waits, with exponential backoff, for each dependency its start-up check finds
 * {@linkplain UnavailableException unavailable}, logging one line per failed attempt with the delay before the next,
 * until the check passes or the stage's start-up deadline has passed. Any other failure of a check (refused
 * credentials, a TLS failure, a missing privilege) ends the wait at once: waiting does not fix a configuration.
 *
 * <p>Why wait at all: a stage restarted while Elasticsearch or the broker restarts too (a node drain, a chaos run)
 * used to print "cannot reach ..." and exit, and nothing restarted it. The deadline (none by default) is for
 * operators who prefer the orchestrator's restart policy to an endless wait; it counts from the creation of this
 * object, so it bounds the whole start-up, not each dependency.
 */
public final class StartupWait {

  /** The first delay after a failed attempt; it doubles up to {@link #MAX_DELAY}. */
  public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  /** The longest delay between two attempts: a dependency back up is noticed within this time. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(StartupWait.class);

  private final Duration deadline;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final long startedNanos = System.nanoTime();
  private final AtomicInteger attempts = new AtomicInteger();

  /** A start-up that gives up after {@code deadline}, or never when it is null. */
  public StartupWait(Duration deadline) {
    this(deadline, FIRST_DELAY, MAX_DELAY);
  }

  /** Like {@link #StartupWait(Duration)} with other delays: tests use milliseconds. */
  public StartupWait(Duration deadline, Duration firstDelay, Duration maxDelay) {
    if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
      throw new IllegalArgumentException("the start-up deadline must be positive (or none), was " + deadline);
    }
    this.deadline = deadline;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
  }

  /**
   * Runs {@code check} until it returns, retrying while it throws {@link UnavailableException}.
   *
   * @param dependency what is waited for, for the log lines and the error ("Elasticsearch at http://es:9200")
   * @throws IllegalStateException when the deadline passes, with the last reason; any other exception of the check
   *     unchanged, at once
   */
  public <T> T await(String dependency, Supplier<T> check) {
    RetryPolicy<T> policy = policy(dependency);
    try {
      return Failsafe.with(policy).get(() -> {
        attempts.incrementAndGet();
        return check.get();
      });
    } catch (UnavailableException e) {
      throw new IllegalStateException("gave up waiting for " + dependency + " after the start-up timeout of "
          + deadline + " (" + attempts.get() + " attempts): " + e.getMessage(), e);
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + dependency, e.getCause());
      }
      throw e;
    }
  }

  /** Attempts made so far by every {@link #await} of this start-up. */
  public int attempts() {
    return attempts.get();
  }

  private <T> RetryPolicy<T> policy(String dependency) {
    var builder = RetryPolicy.<T>builder().handle(UnavailableException.class).withMaxRetries(-1)
        .withBackoff(firstDelay, maxDelay).onRetryScheduled(event -> logAttempt(dependency, event));
    if (deadline != null) {
      Duration left = deadline.minusNanos(System.nanoTime() - startedNanos);
      if (left.compareTo(firstDelay) > 0) {
        builder.withMaxDuration(left);
      } else { // no time left for a retry: one attempt (Failsafe refuses a max duration below the delay)
        builder.withMaxRetries(0);
      }
    }
    return builder.build();
  }

  private static void logAttempt(String dependency, ExecutionScheduledEvent<?> event) {
    LOG.warn("waiting for {}: attempt {} failed ({}); next attempt in {} ms", dependency, event.getAttemptCount(),
        event.getLastException().getMessage(), event.getDelay().toMillis());
  }
}
