package org.inkstream.engine;

/**
 * The one exception the engine throws: a page it cannot turn into articles, with the reason. Each pipeline stage catches
 * it in one place and sends the page, with {@link #getMessage()} as the reason, to the dead-letter topic.
 */
public final class EngineException extends RuntimeException {

  public EngineException(String message) {
    super(message);
  }

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
