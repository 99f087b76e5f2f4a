package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.inkstream.chaos.TcpRelay;
import org.inkstream.launcher.stack.EmbeddedKafka;
import org.inkstream.sink.StartupWait;
import org.inkstream.sink.UnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KafkaStartupCheck}: a stage waits for a broker that is not there yet, proceeds once it answers, gives up at
 * its deadline, and says what is wrong. Delays are milliseconds; every wait is on a condition.
 */
class KafkaStartupCheckTest {

  private static final Duration ATTEMPT = Duration.ofMillis(300);

  @TempDir Path dataDir;

  @Test
  void shouldWaitWhileNoBrokerAnswersAndProceedOnceItDoes() throws Exception {
    try (TcpRelay relay = new TcpRelay(URI.create("tcp://127.0.0.1:" + freePort()))) {
      String bootstrap = relay.url().getAuthority();
      StartupWait wait = new StartupWait(null, Duration.ofMillis(10), Duration.ofMillis(50));
      CompletableFuture<Void> startup =
          CompletableFuture.runAsync(() -> KafkaStartupCheck.await(bootstrap, Map.of(), wait, ATTEMPT));

      await().atMost(Duration.ofSeconds(30)).until(() -> wait.attempts() >= 2);
      assertThat(startup).as("still waiting, not failed").isNotDone();

      try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
        relay.retarget(URI.create("tcp://" + kafka.bootstrapServers()));
        startup.get(60, TimeUnit.SECONDS);
      }
      assertThat(wait.attempts()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void shouldGiveUpAtTheStartupDeadline() throws Exception {
    String bootstrap = "127.0.0.1:" + freePort();
    StartupWait wait = new StartupWait(Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ofMillis(50));

    assertThatThrownBy(() -> KafkaStartupCheck.await(bootstrap, Map.of(), wait, ATTEMPT))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(UnavailableException.class)
        .hasMessageStartingWith("gave up waiting for Kafka at " + bootstrap + " after the start-up timeout of PT1S")
        .hasMessageContaining("cannot reach Kafka at " + bootstrap);
  }

  @Test
  void shouldEndAtOnceOnABadSecuritySetting() {
    StartupWait wait = new StartupWait(null, Duration.ofMillis(10), Duration.ofMillis(50));

    assertThatThrownBy(() -> KafkaStartupCheck.await("127.0.0.1:9", Map.of("security.protocol", "NOT_A_PROTOCOL"),
        wait, ATTEMPT))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(UnavailableException.class)
        .hasMessageContaining("Kafka at 127.0.0.1:9 failed")
        .hasMessageContaining("NOT_A_PROTOCOL");
    assertThat(wait.attempts()).isEqualTo(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
