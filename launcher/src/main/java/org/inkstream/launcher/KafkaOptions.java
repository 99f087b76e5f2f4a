package org.inkstream.launcher;

import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Kafka connection options every command shares: the bootstrap servers (a flag, or KAFKA_BOOTSTRAP_SERVERS) and,
 * for a secured cluster, the client security settings, read from the environment so that secrets stay off the
 * command line:
 *
 * <ul>
 *   <li>{@code KAFKA_SECURITY_PROTOCOL}: {@code SSL}, {@code SASL_SSL}, {@code SASL_PLAINTEXT};
 *   <li>{@code KAFKA_SASL_MECHANISM} ({@code SCRAM-SHA-512}, {@code PLAIN}...) and {@code KAFKA_SASL_JAAS_CONFIG};
 *   <li>{@code KAFKA_SSL_TRUSTSTORE_LOCATION}, {@code KAFKA_SSL_TRUSTSTORE_PASSWORD}, {@code
 *       KAFKA_SSL_TRUSTSTORE_TYPE} ({@code PEM} takes a CA file directly).
 * </ul>
 */
final class KafkaOptions {

  @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
      description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS). Without it, demo starts an embedded broker.")
  String bootstrapServers;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** Environment variables and the Kafka client setting each one sets. */
  private static final Map<String, String> SECURITY_VARIABLES = Map.of(
      "KAFKA_SECURITY_PROTOCOL", "security.protocol",
      "KAFKA_SASL_MECHANISM", "sasl.mechanism",
      "KAFKA_SASL_JAAS_CONFIG", "sasl.jaas.config",
      "KAFKA_SSL_TRUSTSTORE_LOCATION", "ssl.truststore.location",
      "KAFKA_SSL_TRUSTSTORE_PASSWORD", "ssl.truststore.password",
      "KAFKA_SSL_TRUSTSTORE_TYPE", "ssl.truststore.type");

  /** The security settings the environment gives, as Kafka client properties; empty for a plain-text cluster. */
  static Map<String, String> clientProperties(Map<String, String> environment) {
    Map<String, String> properties = new TreeMap<>();
    SECURITY_VARIABLES.forEach((variable, property) -> {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        properties.put(property, value);
      }
    });
    return properties;
  }

  Map<String, String> clientProperties() {
    return clientProperties(System.getenv());
  }

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
