package org.inkstream.launcher;

import org.inkstream.core.Topics;

/** Creates a test's own set of topics, as the commands do, through {@link TopicSetup}. */
public final class TestTopics {

  private TestTopics() {}

  public static void create(String bootstrapServers, Topics topics) throws InterruptedException {
    TopicSetup.ensure(bootstrapServers, topics, 3, (short) 1);
  }
}
