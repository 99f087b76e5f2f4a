package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SinkConfigTest {

  @Test
  void defaultsNeedOnlyKafka() {
    SinkConfig config = SinkConfig.builder().bootstrapServers("localhost:9092").build();

    assertThat(config.indices().alias()).isEqualTo("articles");
    assertThat(config.analyzer()).isEqualTo("standard");
    assertThat(config.replicas()).isZero();
    assertThat(config.topics().sinkDeadLetter()).isEqualTo("articles-dead-letter");
    assertThat(config.startupTimeout()).as("no start-up deadline: wait as long as it takes").isNull();
  }

  @Test
  void alertsAndEditionsSinksKeepTheTimeouts() {
    SinkConfig config = SinkConfig.builder().bootstrapServers("localhost:9092")
        .startupTimeout(Duration.ofMinutes(5)).connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(7)).build();

    for (SinkConfig sibling : java.util.List.of(config.forAlerts(), config.forEditions())) {
      assertThat(sibling.startupTimeout()).isEqualTo(Duration.ofMinutes(5));
      assertThat(sibling.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(sibling.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void everyWaitOnElasticsearchIsBoundedByDefault() {
    SinkConfig config = SinkConfig.builder().bootstrapServers("localhost:9092").build();

    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void toStringHidesSecrets() {
    String basic = SinkConfig.builder().bootstrapServers("k:9092")
        .credentials(Credentials.basic("elastic", "s3cr3t-password")).build().toString();
    String apiKey = SinkConfig.builder().bootstrapServers("k:9092")
        .credentials(Credentials.apiKey("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==")).build()
        .toString();

    assertThat(basic).contains("elastic").doesNotContain("s3cr3t-password");
    assertThat(apiKey).doesNotContain("VnVhQ2ZHY0JDZGJr");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void rejectsBadValues(String expectedMessage, UnaryOperator<SinkConfig.Builder> change) {
    SinkConfig.Builder builder = change.apply(SinkConfig.builder().bootstrapServers("localhost:9092"));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(expectedMessage);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad("index prefix", b -> b.indexPrefix("Articles")), // upper case is not a valid index name
        bad("index prefix", b -> b.indexPrefix("articles*")),
        bad("analyzer", b -> b.analyzer(" ")),
        bad("replicas", b -> b.replicas(-1)),
        bad("refresh interval", b -> b.refreshInterval("soon")),
        bad("batch size", b -> b.batchSize(0)),
        bad("flush interval", b -> b.flushInterval(Duration.ZERO)),
        bad("concurrent", b -> b.maxConcurrentRequests(0)),
        bad("max in-flight", b -> b.batchSize(100).maxInFlight(99)),
        bad("initial backoff", b -> b.initialBackoff(Duration.ofMillis(-1))),
        bad("max backoff", b -> b.initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1))),
        bad("not both", b -> b.elasticsearchUrl(URI.create("https://es:9200"))
            .caCertificate(Path.of("ca.crt")).caFingerprint("AB:CD")),
        bad("https", b -> b.caFingerprint("AB:CD")),
        bad("start-up timeout", b -> b.startupTimeout(Duration.ZERO)),
        bad("connect timeout", b -> b.connectTimeout(Duration.ZERO)),
        bad("request timeout", b -> b.requestTimeout(null)),
        bad("request timeout", b -> b.requestTimeout(Duration.ofSeconds(-1))));
  }

  @Test
  void rejectsEmptyCredentials() {
    assertThatThrownBy(() -> Credentials.basic("", "x")).hasMessageContaining("user name");
    assertThatThrownBy(() -> Credentials.apiKey(" ")).hasMessageContaining("API key");
  }

  private static Arguments bad(String message, UnaryOperator<SinkConfig.Builder> change) {
    return Arguments.of(message, change);
  }
}
