package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command a container runs, as a process of its own: {@code inkstream enrich} starts, serves liveness, becomes
 * ready once Kafka Streams runs, serves its metrics, and stops cleanly on SIGTERM, as Docker and Kubernetes stop it.
 * A stage whose Kafka or Elasticsearch is away at start-up waits for it, live but not ready, until its start-up
 * timeout.
 */
class StageProcessTest {

  @TempDir Path dataDir;

  @Test
  void enrichServesHealthAndMetricsAndStopsOnSigterm() throws Exception {
    LocalStack stack = LocalStack.global();
    int port = freePort();
    Path log = dataDir.resolve("enrich.log");
    Process enrich = startStage(log, "enrich", "--bootstrap-servers", stack.bootstrapServers(), "--create-topics",
        "--application-id", "stage-" + UUID.randomUUID(), "--data-dir", dataDir.toString(),
        "--http-port", Integer.toString(port));
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      Awaitility.await("enrich ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .until(() -> status(http, base + "/health/ready") == 200);
      assertThat(status(http, base + "/health/live")).isEqualTo(200);
      String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(metrics).contains("inkstream_pages_in_total", "inkstream_engine_latency_seconds_bucket",
          "jvm_memory_used_bytes", "process_cpu_usage", "kafka_stream_thread_process_rate",
          "kafka_producer_record_send_rate");

      enrich.destroy(); // SIGTERM

      assertThat(enrich.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute of SIGTERM").isTrue();
      assertThat(enrich.exitValue()).as("exit status; log:%n%s", Files.readString(log)).isIn(0, 143);
      assertThat(Files.readString(log)).doesNotContain("Exception in thread");
    } finally {
      enrich.destroyForcibly();
    }
  }

  @Test
  void sinkWaitsLiveButNotReadyWhileElasticsearchIsUnreachable() throws Exception {
    int port = freePort();
    String elasticsearch = "http://127.0.0.1:" + freePort();
    Path log = dataDir.resolve("sink.log");
    Process sink = startStage(log, "sink", "--bootstrap-servers", "127.0.0.1:" + freePort(), "--es-url",
        elasticsearch, "--http-port", Integer.toString(port));
    assertWaitsLiveButNotReady(sink, log, port, "waiting for Elasticsearch at " + elasticsearch + ": attempt 2 failed");
  }

  @Test
  void enrichWaitsLiveButNotReadyWhileKafkaIsUnreachable() throws Exception {
    int port = freePort();
    String kafka = "127.0.0.1:" + freePort();
    Path log = dataDir.resolve("enrich.log");
    Process enrich = startStage(log, "enrich", "--bootstrap-servers", kafka, "--create-topics",
        "--data-dir", dataDir.toString(), "--http-port", Integer.toString(port));
    assertWaitsLiveButNotReady(enrich, log, port, "waiting for Kafka at " + kafka + ": attempt 2 failed");
  }

  @Test
  void sinkGivesUpAtItsStartupTimeout() throws Exception {
    Path log = dataDir.resolve("sink.log");
    Process sink = startStage(log, "sink", "--bootstrap-servers", "127.0.0.1:" + freePort(), "--es-url",
        "http://127.0.0.1:" + freePort(), "--http-port", "0", "--startup-timeout", "3s");
    try {
      assertThat(sink.waitFor(2, TimeUnit.MINUTES)).as("gave up within its timeout").isTrue();
      assertThat(sink.exitValue()).isEqualTo(1);
      assertThat(Files.readString(log)).contains("gave up waiting for Elasticsearch", "start-up timeout of PT3S");
    } finally {
      sink.destroyForcibly();
    }
  }

  @Test
  void sinkRefusesAMalformedStartupTimeout() throws Exception {
    Path log = dataDir.resolve("sink.log");
    Process sink = startStage(log, "sink", "--bootstrap-servers", "127.0.0.1:9", "--es-url", "http://127.0.0.1:9",
        "--http-port", "0", "--startup-timeout", "soon");
    try {
      assertThat(sink.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(sink.exitValue()).isEqualTo(1);
      assertThat(Files.readString(log)).contains("--startup-timeout: a duration is a number with ms, s, m or h",
          "'soon'");
    } finally {
      sink.destroyForcibly();
    }
  }

  /**
   * While the stage waits for a dependency: its log says so once per attempt, {@code /health/live} answers 200 and
   * {@code /health/ready} 503; SIGTERM ends it at once, as nothing is running yet.
   */
  private static void assertWaitsLiveButNotReady(Process stage, Path log, int port, String logLine)
      throws Exception {
    try {
      Awaitility.await("second attempt logged").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
          .until(() -> Files.readString(log).contains(logLine));
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      assertThat(status(http, base + "/health/live")).isEqualTo(200);
      assertThat(status(http, base + "/health/ready")).isEqualTo(503);
      assertThat(stage.isAlive()).as("still waiting; log:%n%s", Files.readString(log)).isTrue();

      stage.destroy(); // SIGTERM

      assertThat(stage.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM while waiting").isTrue();
    } finally {
      stage.destroyForcibly();
    }
  }

  /** {@code inkstream ARGS} in a JVM of its own, its output (stdout and stderr) in {@code log}. */
  private static Process startStage(Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Inkstream.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int status(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
