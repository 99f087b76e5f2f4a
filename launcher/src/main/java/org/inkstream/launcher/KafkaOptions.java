package org.inkstream.launcher;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The Kafka connection options every command shares: a flag, or the KAFKA_BOOTSTRAP_SERVERS environment variable. */
final class KafkaOptions {

  @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS). Without it, demo starts an embedded broker.")
  String bootstrapServers;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  boolean given() {
    return bootstrapServers != null && !bootstrapServers.isBlank();
  }

  String requireBootstrapServers() {
    if (!given()) {
      throw new ParameterException(spec.commandLine(),
          "no Kafka given: pass --bootstrap-servers HOST:PORT or set KAFKA_BOOTSTRAP_SERVERS");
    }
    return bootstrapServers;
  }
}
