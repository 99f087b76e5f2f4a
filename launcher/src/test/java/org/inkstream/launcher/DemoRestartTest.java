package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * {@code inkstream demo} as a person runs it, in a process of its own with its own embedded Kafka and Elasticsearch:
 * stopped by a signal, it closes the pipeline, the broker and the node within 10 s and says so in one line; a second
 * demo on the same data folder starts on that data and runs without a warning. The console carries progress and the
 * summary only: the libraries' logs are in {@code <data>/logs/inkstream.log}.
 *
 * <p>SIGTERM stands in for Ctrl-C: the JVM handles both by running its shutdown hooks, which is what the demo's
 * clean stop relies on. (A child started without a terminal may ignore SIGINT, as shells do for background jobs.)
 */
class DemoRestartTest {

  /** Under target/, not /tmp: as root the node runs as a system user, which must reach its folder. */
  private static final Path DATA = Path.of("target", "demo-restart").toAbsolutePath();

  @Test
  void stopsCleanlyOnASignalAndStartsAgainOnItsData() throws Exception {
    // Given a demo that has indexed the seed pages and keeps running
    Files.createDirectories(DATA);
    Path firstOut = DATA.resolve("first.out");
    Path firstErr = DATA.resolve("first.err");
    Process first = demo(firstOut, firstErr, "--fresh");
    try {
      Awaitility.await("the first demo indexes the seeds and waits for Ctrl-C").atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> read(firstOut).contains("Ctrl-C to stop") || !first.isAlive());
      assertThat(first.isAlive()).as("first demo running; it printed:%n%s%n%s", read(firstOut), read(firstErr))
          .isTrue();
      long nodePid = Long.parseLong(Files.readString(nodePidFile()).strip());

      // When it gets the signal
      first.destroy();

      // Then it stops within 10 s, with one line saying so, and the Elasticsearch node is gone
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s of the signal").isTrue();
      assertThat(lines(firstOut)).filteredOn(line -> line.startsWith("Stopped"))
          .singleElement().asString().startsWith("Stopped the pipeline, Kafka and Elasticsearch in");
      assertThat(ProcessHandle.of(nodePid).map(ProcessHandle::isAlive)).as("Elasticsearch server process")
          .isNotEqualTo(Optional.of(true));
      assertQuietConsole(firstOut, firstErr);
    } finally {
      first.destroyForcibly();
    }

    // When a second demo starts on the same data
    Path secondOut = DATA.resolve("second.out");
    Path secondErr = DATA.resolve("second.err");
    Process second = demo(secondOut, secondErr, "--once");
    try {
      assertThat(second.waitFor(5, TimeUnit.MINUTES)).as("second demo finished").isTrue();

      // Then it reuses the broker's and the node's data and finds every article searchable, without a warning
      assertThat(second.exitValue()).as("exit status; it printed:%n%s%n%s", read(secondOut), read(secondErr))
          .isZero();
      assertThat(read(secondOut)).contains("reusing the data in " + DATA.resolve("kafka"))
          .contains("reusing the data in " + DATA.resolve("elasticsearch"))
          .containsPattern("Inkstream demo: 5 pages, 28 articles searchable");
      assertQuietConsole(secondOut, secondErr);
      assertThat(DATA.resolve("logs").resolve("inkstream.log")).as("the libraries' log").isNotEmptyFile();
    } finally {
      second.destroyForcibly();
    }
  }

  /**
   * The console has the demo's own lines on stdout and progress bars on stderr: no log line, warning, error or stack
   * trace on either.
   */
  private static void assertQuietConsole(Path out, Path err) throws IOException {
    assertThat(lines(out)).as("stdout of the demo")
        .noneMatch(line -> line.matches("^\\d{2}:\\d{2}:\\d{2}.*|.*\\b(WARN|ERROR|Warning|Error|Exception)\\b.*"));
    List<String> lines = new ArrayList<>();
    for (String line : read(err).split("[\r\n]+")) {
      String text = line.strip();
      if (!text.isEmpty() && !text.matches("(Pages sent|Articles searchable|Alerts searchable|Editions searchable)\\b.*")) {
        lines.add(text);
      }
    }
    assertThat(lines).as("console lines besides the progress bars").isEmpty();
  }

  private static Process demo(Path out, Path err, String... options) throws IOException {
    Path home = Path.of(System.getProperty("inkstream.seeds", "../seeds")).toAbsolutePath().getParent();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
        "-Dinkstream.home=" + home,
        "-cp", System.getProperty("java.class.path"), Inkstream.class.getName(), "demo",
        "--data-dir", DATA.toString(), "--http-port", "0"));
    String zip = System.getProperty("inkstream.es.zip");
    if (zip != null && !zip.isBlank()) {
      command.add(1, "-Dinkstream.es.zip=" + zip);
    }
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    // The console must be quiet on its own, not because a variable asks for full logs.
    builder.environment().remove("INKSTREAM_LOG_LEVEL");
    return builder.start();
  }

  /** The running node's pid file (Elasticsearch deletes it when it stops). */
  private static Path nodePidFile() {
    Path pid = DATA.resolve("elasticsearch").resolve("run").resolve("elasticsearch.pid");
    assertThat(pid).as("pid file of the demo's Elasticsearch node").exists();
    return pid;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static List<String> lines(Path file) throws IOException {
    return List.of(read(file).split("\n"));
  }
}
