package org.inkstream.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.inkstream.core.Topics;
import org.inkstream.launcher.stack.LocalStack;
import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;

/**
 * One end-to-end run on the shared broker and Elasticsearch of {@link LocalStack}: a random name that prefixes its
 * topics (created here), its application id, consumer groups and indices, so that runs in one JVM keep apart.
 *
 * @param stack the shared stack
 * @param name the run's name, {@code PREFIX-xxxxxxxx}
 * @param topics the run's topics, created
 */
record PipelineRun(LocalStack stack, String name, Topics topics) {

  /** A run named {@code prefix-} and 8 random characters, its topics created. */
  static PipelineRun create(String prefix) throws InterruptedException {
    LocalStack stack = LocalStack.global();
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = Topics.defaults().withPrefix(name + "-");
    TestTopics.create(stack.bootstrapServers(), topics);
    return new PipelineRun(stack, name, topics);
  }

  /** The topology's configuration: application id the run's name, state in {@code stateDir}. */
  EnrichConfig enrich(Path stateDir) {
    return new EnrichConfig(name, stack.bootstrapServers(), stateDir, topics, EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100);
  }

  /** The sinks' configuration: indices and consumer groups named after the run. */
  SinkConfig sink() {
    return SinkConfig.builder().bootstrapServers(stack.bootstrapServers()).groupId(name + "-sink")
        .topics(topics).elasticsearchUrl(URI.create(stack.elasticsearchUrl())).indexPrefix(name).build();
  }
}
