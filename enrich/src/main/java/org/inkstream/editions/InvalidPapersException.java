package org.inkstream.editions;

/** A papers file that cannot be used; the message names the file, the paper and the field. */
public final class InvalidPapersException extends IllegalArgumentException {

  public InvalidPapersException(String message) {
    super(message);
  }

  public InvalidPapersException(String message, Throwable cause) {
    super(message, cause);
  }
}
