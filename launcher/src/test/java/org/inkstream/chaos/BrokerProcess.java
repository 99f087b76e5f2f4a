package org.inkstream.chaos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.awaitility.Awaitility;

/**
 * A single-node KRaft broker in a child JVM ({@code kafka.Kafka server.properties}) on ports fixed at the first start,
 * so that it can be restarted under the same address while clients keep running. The in-process {@code EmbeddedKafka}
 * cannot do this: it takes new ports at each start, and a broker fault would end the test JVM.
 *
 * <p>The properties are those {@code EmbeddedKafka.brokerProperties} sets for one node (see there for why each).
 */
final class BrokerProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  private final ChildProcess process;
  private final String bootstrapServers;

  private BrokerProcess(ChildProcess process, String bootstrapServers) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  static BrokerProcess start(Path dir) throws IOException {
    int brokerPort = freePort();
    int controllerPort = freePort();
    Path logDir = dir.resolve("log");
    Path propsFile = dir.resolve("server.properties");
    Files.createDirectories(logDir);
    try (OutputStream out = Files.newOutputStream(propsFile)) {
      properties(logDir, brokerPort, controllerPort).store(out, "chaos-suite broker");
    }
    format(propsFile);
    ChildProcess child = ChildProcess.java("kafka", "384m", dir, "kafka.Kafka", List.of(propsFile.toString()));
    BrokerProcess broker = new BrokerProcess(child, "127.0.0.1:" + brokerPort);
    broker.process.start();
    broker.awaitReady();
    return broker;
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  /** SIGTERM (a controlled shutdown, as an operator's restart), then the same broker again on the same ports. */
  void restart() throws InterruptedException {
    process.stop(60);
    process.start();
    awaitReady();
  }

  private void awaitReady() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    try (Admin admin = Admin.create(props)) {
      Awaitility.await("broker at " + bootstrapServers + " serving").atMost(READY_TIMEOUT)
          .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
          .until(() -> !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
    }
  }

  private static void format(Path propsFile) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = StorageTool.execute(
        new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString()},
        new PrintStream(output, true, StandardCharsets.UTF_8));
    if (status != 0) {
      throw new IllegalStateException("cannot format " + propsFile + ": " + output.toString(StandardCharsets.UTF_8));
    }
  }

  private static Properties properties(Path logDir, int brokerPort, int controllerPort) {
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", logDir.toString());
    props.put("num.partitions", "1");
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "5");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    return props;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
