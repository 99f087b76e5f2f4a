package org.inkstream.core;

/**
 * The record headers that say where a dead letter came from, the same on every dead-letter topic, so that one replay
 * tool can read them all. Each stage adds headers of its own about why the record failed.
 */
public final class DeadLetterHeaders {

  /** The topic the failed record was read from. */
  public static final String SOURCE_TOPIC = "inkstream.source.topic";
  /** Its partition, in decimal. */
  public static final String SOURCE_PARTITION = "inkstream.source.partition";
  /** Its offset, in decimal. */
  public static final String SOURCE_OFFSET = "inkstream.source.offset";

  private DeadLetterHeaders() {}
}
