package org.inkstream.launcher;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How long a long-running stage waits at start-up for Kafka and Elasticsearch. By default it waits as long as it takes
 * (logging each attempt, {@code /health/ready} false meanwhile): a stage restarted while a dependency restarts too must
 * not exit. A deadline suits operators who prefer their orchestrator's restart policy. The value goes into the stage's
 * typed configuration ({@code SinkConfig.startupTimeout}, {@code EnrichConfig.startupTimeout}).
 */
final class StartupOptions {

  @Option(names = "--startup-timeout", defaultValue = "${env:INKSTREAM_STARTUP_TIMEOUT:-none}", paramLabel = "TIME",
      description = "Give up when Kafka or Elasticsearch is still unreachable after TIME at start-up: 90s, 10m, PT1H, "
          + "or none to wait as long as it takes (env INKSTREAM_STARTUP_TIMEOUT; default: ${DEFAULT-VALUE}).")
  String timeout;

  /** The deadline, or null for none. @throws IllegalArgumentException for a malformed or zero duration */
  Duration deadline() {
    if (timeout == null || timeout.isBlank() || timeout.strip().equalsIgnoreCase("none")) {
      return null;
    }
    Duration deadline;
    try {
      deadline = BenchCommand.parseDuration(timeout);
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--startup-timeout: " + e.getMessage() + ", or none", e);
    }
    if (deadline.isZero() || deadline.isNegative()) {
      throw new IllegalArgumentException("--startup-timeout must be positive or none, was '" + timeout + "'");
    }
    return deadline;
  }
}
