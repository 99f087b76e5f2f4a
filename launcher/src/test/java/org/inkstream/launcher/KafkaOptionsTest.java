package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaOptionsTest {

  @Test
  void shouldMapTheSecurityVariablesToClientProperties() {
    Map<String, String> environment = Map.of(
        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
        "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
        "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
        "KAFKA_SSL_TRUSTSTORE_PASSWORD", "secret",
        "KAFKA_SSL_TRUSTSTORE_TYPE", "",
        "PATH", "/usr/bin");

    assertThat(KafkaOptions.clientProperties(environment)).containsOnly(
        Map.entry("security.protocol", "SASL_SSL"),
        Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
        Map.entry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
        Map.entry("ssl.truststore.location", "/etc/kafka/ca.p12"),
        Map.entry("ssl.truststore.password", "secret"));
  }

  @Test
  void shouldGiveNothingForAPlainTextCluster() {
    assertThat(KafkaOptions.clientProperties(Map.of("PATH", "/usr/bin"))).isEmpty();
  }
}
