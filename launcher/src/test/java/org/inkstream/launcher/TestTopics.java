package org.inkstream.launcher;

import org.inkstream.core.Topics;

/** Creates a test's own set of topics, as the commands do, through {@link TopicSetup}. */
public final class TestTopics {

  private TestTopics() {}

  public static void create(String bootstrapServers, Topics topics) throws InterruptedException {
    create(bootstrapServers, topics, 3);
  }

  /** The topics with {@code partitions} partitions each (those that are not one-partition by design). */
  public static void create(String bootstrapServers, Topics topics, int partitions) throws InterruptedException {
    TopicSetup.ensure(bootstrapServers, topics, partitions, (short) 1);
  }
}
