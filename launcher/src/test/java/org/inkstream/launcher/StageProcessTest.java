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
 */
class StageProcessTest {

  @TempDir Path dataDir;

  @Test
  void enrichServesHealthAndMetricsAndStopsOnSigterm() throws Exception {
    LocalStack stack = LocalStack.global();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = dataDir.resolve("enrich.log");
    Process enrich = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Inkstream.class.getName(), "enrich",
        "--bootstrap-servers", stack.bootstrapServers(), "--create-topics",
        "--application-id", "stage-" + UUID.randomUUID(), "--data-dir", dataDir.toString(),
        "--http-port", Integer.toString(port)))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

  private static int status(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
