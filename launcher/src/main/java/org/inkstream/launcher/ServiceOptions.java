package org.inkstream.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a long-running stage keeps its local state. */
final class ServiceOptions {

  @Option(names = "--data-dir", defaultValue = "${env:INKSTREAM_DATA_DIR:-.inkstream}", paramLabel = "DIR",
      description = "Local state: Kafka Streams stores (env INKSTREAM_DATA_DIR; default: ${DEFAULT-VALUE}).")
  Path dataDir;
}
