package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link StartupWait}: which failures it waits out, which end it, and how its deadline counts. */
class StartupWaitTest {

  private static final Duration FIRST = Duration.ofMillis(1);
  private static final Duration MAX = Duration.ofMillis(5);

  @Test
  void shouldRetryAnUnavailableDependencyUntilItAnswers() {
    StartupWait wait = new StartupWait(null, FIRST, MAX);
    AtomicInteger failuresLeft = new AtomicInteger(5);

    String answer = wait.await("the test service", () -> {
      if (failuresLeft.getAndDecrement() > 0) {
        throw new UnavailableException("not yet", null);
      }
      return "up";
    });

    assertThat(answer).isEqualTo("up");
    assertThat(wait.attempts()).isEqualTo(6);
  }

  @Test
  void shouldRethrowAnyOtherFailureAtOnce() {
    StartupWait wait = new StartupWait(null, FIRST, MAX);
    IllegalStateException configuration = new IllegalStateException("wrong password");

    assertThatThrownBy(() -> wait.await("the test service", () -> {
      throw configuration;
    })).isSameAs(configuration);
    assertThat(wait.attempts()).isEqualTo(1);
  }

  @Test
  void shouldAcceptADeadlineShorterThanTheLongestDelay() {
    StartupWait wait = new StartupWait(Duration.ofMillis(50), FIRST, Duration.ofSeconds(30));

    assertThatThrownBy(() -> wait.await("the test service", StartupWaitTest::unavailable))
        .hasMessageStartingWith("gave up waiting for the test service after the start-up timeout of PT0.05S")
        .hasMessageEndingWith("down");
    assertThat(wait.attempts()).isGreaterThan(1);
  }

  @Test
  void shouldCountTheDeadlineOverTheWholeStartup() {
    StartupWait wait = new StartupWait(Duration.ofMillis(50), FIRST, MAX);
    assertThatThrownBy(() -> wait.await("the first service", StartupWaitTest::unavailable))
        .hasMessageContaining("the first service");
    int afterFirst = wait.attempts();

    assertThatThrownBy(() -> wait.await("the second service", StartupWaitTest::unavailable))
        .hasMessageStartingWith("gave up waiting for the second service");
    assertThat(wait.attempts()).as("one attempt left for the second, no waiting").isEqualTo(afterFirst + 1);
  }

  @Test
  void shouldRefuseANonPositiveDeadline() {
    assertThatThrownBy(() -> new StartupWait(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
  }

  private static String unavailable() {
    throw new UnavailableException("down", null);
  }
}
