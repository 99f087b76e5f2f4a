package org.inkstream.ingest;

/** A page file that cannot become a page (empty, binary, undecodable, too large), with a message a user can act on. */
public final class BadPageException extends Exception {

  public BadPageException(String message) {
    super(message);
  }
}
