package org.inkstream.launcher.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka 4.3 broker (KRaft, broker and controller in one) running inside this JVM, on free ports of
 * 127.0.0.1. Start it with {@link #start(Path)}, hand {@link #bootstrapServers()} to clients, {@link #close()} it.
 *
 * <p>In-process keeps the demo and the tests to one JVM and starts in 2-6 s. The price: a fatal broker fault ends the
 * whole JVM (Kafka's fault handler calls {@code exit}), so production runs a real cluster.
 *
 * <p>The data directory survives a restart: storage is formatted only when it holds no {@code meta.properties}, since
 * formatting it again with another cluster id would fail.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts a broker keeping its log in {@code dataDir} (created when missing) and returns once a client can see it.
   *
   * @throws IllegalStateException when storage cannot be formatted or the broker does not answer within a minute
   */
  public static EmbeddedKafka start(Path dataDir) {
    long started = System.nanoTime();
    int brokerPort = Ports.free();
    int controllerPort = Ports.free();
    Path logDir = dataDir.toAbsolutePath().resolve("log");
    Properties props = brokerProperties(logDir, brokerPort, controllerPort);
    formatIfNew(dataDir.toAbsolutePath(), logDir, props);

    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    server.startup();
    EmbeddedKafka kafka = new EmbeddedKafka(server, "127.0.0.1:" + brokerPort);
    try {
      kafka.awaitReady();
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
    log.info("Kafka broker ready at {} in {} ms (data in {})", kafka.bootstrapServers,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDir);
    return kafka;
  }

  /** {@code host:port} of the PLAINTEXT listener, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Stops the broker and waits until it has closed its logs. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  /**
   * What one node needs: both roles, a one-voter quorum, replication factor 1 everywhere (internal topics with the
   * default 3 make consumer groups and transactions hang silently), no initial rebalance delay (tests would wait 3 s per
   * group) and a small log-cleaner dedupe buffer (the default 128 MiB makes small heaps fail with OOM).
   */
  static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
    Properties props = new Properties();
    props.putAll(Map.ofEntries(
        Map.entry("process.roles", "broker,controller"),
        Map.entry("node.id", "1"),
        Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
        Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
        Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
        Map.entry("controller.listener.names", "CONTROLLER"),
        Map.entry("inter.broker.listener.name", "PLAINTEXT"),
        Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
        Map.entry("log.dirs", logDir.toString()),
        Map.entry("num.partitions", "1"),
        Map.entry("offsets.topic.replication.factor", "1"),
        Map.entry("offsets.topic.num.partitions", "5"),
        Map.entry("transaction.state.log.replication.factor", "1"),
        Map.entry("transaction.state.log.min.isr", "1"),
        Map.entry("transaction.state.log.num.partitions", "5"),
        Map.entry("share.coordinator.state.topic.replication.factor", "1"),
        Map.entry("share.coordinator.state.topic.min.isr", "1"),
        Map.entry("group.initial.rebalance.delay.ms", "0"),
        Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024))));
    return props;
  }

  private static void formatIfNew(Path dataDir, Path logDir, Properties props) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(logDir);
      Path propsFile = dataDir.resolve("server.properties");
      try (OutputStream out = Files.newOutputStream(propsFile)) {
        props.store(out, "written by Inkstream's embedded Kafka before formatting storage");
      }
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      // execute, not main: main calls System.exit.
      int status = StorageTool.execute(
          new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString()},
          new PrintStream(output, true, StandardCharsets.UTF_8));
      if (status != 0) {
        throw new IllegalStateException("cannot format Kafka storage in " + logDir + " (status " + status + "): "
            + output.toString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka storage in " + logDir, e);
    }
  }

  /** A TCP connect succeeds before the broker has registered; describeCluster answers only once it serves. */
  private void awaitReady() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(props)) {
      admin.describeCluster().nodes().get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within " + READY_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Kafka at " + bootstrapServers, e);
    }
  }
}
