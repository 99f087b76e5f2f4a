package org.inkstream.chaos;

import java.io.IOException;
import java.nio.file.Path;
import org.inkstream.launcher.stack.EmbeddedElasticsearch;

/**
 * A broker process and an Elasticsearch node of one chaos case, both restartable under a fixed address: the broker on
 * its fixed ports, the node behind a {@link TcpRelay}. Folders under {@code dir}; the unpacked distribution is shared
 * with the local stack ({@code target/local-stack/dist}).
 */
final class ChaosStack implements AutoCloseable {

  private static final Path DIST = Path.of("target", "local-stack", "dist").toAbsolutePath();

  private final Path dir;
  private final BrokerProcess broker;
  private final TcpRelay relay;
  private EmbeddedElasticsearch node;

  private ChaosStack(Path dir, BrokerProcess broker, EmbeddedElasticsearch node, TcpRelay relay) {
    this.dir = dir;
    this.broker = broker;
    this.node = node;
    this.relay = relay;
  }

  static ChaosStack start(Path dir) throws IOException {
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(DIST, dir.resolve("elasticsearch"));
    BrokerProcess broker;
    try {
      broker = BrokerProcess.start(dir.resolve("kafka"));
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
    return new ChaosStack(dir, broker, node, new TcpRelay(node.url()));
  }

  String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** The relay's address: stays the same across {@link #restartElasticsearch()}. */
  String elasticsearchUrl() {
    return relay.url().toString();
  }

  /** The node itself, for the test's own queries. */
  synchronized String directElasticsearchUrl() {
    return node.url().toString();
  }

  void restartBroker() throws InterruptedException {
    broker.restart();
  }

  /** Stops the node (SIGTERM), starts it again on the same data, and points the relay at it. */
  synchronized void restartElasticsearch() {
    node.close();
    node = EmbeddedElasticsearch.start(DIST, dir.resolve("elasticsearch"));
    relay.retarget(node.url());
  }

  @Override
  public synchronized void close() throws Exception {
    try (TcpRelay r = relay; BrokerProcess b = broker; EmbeddedElasticsearch n = node) {
      // closed in reverse order: node, broker, relay
    }
  }
}
