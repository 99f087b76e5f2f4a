package org.inkstream.sink;

/** A record that cannot become a bulk operation (no key, not a JSON object); it goes to the dead-letter topic. */
final class InvalidRecordException extends Exception {

  InvalidRecordException(String reason) {
    super(reason);
  }

  InvalidRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
