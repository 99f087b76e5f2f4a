package org.inkstream.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the long-running commands: where they keep state and where they serve health and metrics. */
final class ServiceOptions {

  @Option(names = "--http-port", defaultValue = "${env:INKSTREAM_HTTP_PORT:-8080}",
      description = "Port of /health/live, /health/ready and /metrics (env INKSTREAM_HTTP_PORT; default: "
          + "${DEFAULT-VALUE}; 0: a free port).")
  int httpPort;

  @Option(names = "--data-dir", defaultValue = "${env:INKSTREAM_DATA_DIR:-.inkstream}", paramLabel = "DIR",
      description = "Local state: Kafka Streams stores (env INKSTREAM_DATA_DIR; default: ${DEFAULT-VALUE}).")
  Path dataDir;
}
