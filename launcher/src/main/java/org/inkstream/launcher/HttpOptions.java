package org.inkstream.launcher;

import picocli.CommandLine.Option;

/** Where a long-running command serves {@code /health/live}, {@code /health/ready} and {@code /metrics}. */
final class HttpOptions {

  @Option(names = "--http-port", defaultValue = "${env:INKSTREAM_HTTP_PORT:-8080}",
      description = "Port of /health/live, /health/ready and /metrics (env INKSTREAM_HTTP_PORT; default: "
          + "${DEFAULT-VALUE}; 0: a free port).")
  int port;
}
