package org.inkstream.topology;

import java.util.Objects;

/**
 * The result of one step of the topology for one record: a value, or the reason the record must go to the dead-letter
 * topic. It never leaves the Streams task (no serde), it only lets a step hand its failures to the next branch.
 *
 * @param value the step's result, null when it failed
 * @param failure why the step failed, null when it succeeded
 */
record Outcome<T>(T value, DeadLetter failure) {

  static <T> Outcome<T> success(T value) {
    return new Outcome<>(Objects.requireNonNull(value, "value"), null);
  }

  static <T> Outcome<T> failure(DeadLetter failure) {
    return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
  }

  boolean failed() {
    return failure != null;
  }
}
