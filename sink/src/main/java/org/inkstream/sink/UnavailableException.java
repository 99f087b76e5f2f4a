package org.inkstream.sink;

/**
 * A dependency (Elasticsearch, Kafka) did not answer: nothing listens yet, the connection closed, the request timed
 * out, or it answered that it is not ready. Unlike a configuration error it may pass by itself, so a stage starting up
 * waits and asks again ({@link StartupWait}) instead of exiting: a stage that dies because a dependency restarts at the
 * same moment loses the work nobody restarts it for.
 */
public class UnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
