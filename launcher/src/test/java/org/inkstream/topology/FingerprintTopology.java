package org.inkstream.topology;

import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;

/**
 * The production topology on {@link TopologyTestDriver} with the {@link FingerprintLines} engine: send pages, read
 * the article records (JSON, with their headers).
 */
final class FingerprintTopology implements AutoCloseable {

  private static final Topics TOPICS = Topics.defaults();

  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> pages;
  private final TestOutputTopic<String, String> articles;

  FingerprintTopology(Path stateDir) {
    EnrichConfig config = new EnrichConfig("test", "unused:9092", stateDir, TOPICS, 1_000_000, 100);
    driver = new TopologyTestDriver(EnrichTopology.build(config, FingerprintLines.ENGINE), config.streamsProperties());
    pages = driver.createInputTopic(TOPICS.pages(), new StringSerializer(), new ByteArraySerializer());
    articles = driver.createOutputTopic(TOPICS.articles(), new StringDeserializer(), new StringDeserializer());
  }

  void send(Page page) {
    pages.pipeInput(page.id(), Json.writeBytes(page));
  }

  /** The article records published since the last call, in order. */
  List<TestRecord<String, String>> articles() {
    return articles.readRecordsToList();
  }

  @Override
  public void close() {
    driver.close();
  }
}
