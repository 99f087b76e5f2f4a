package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link EnrichConfig#startupTimeout()}: none by default, kept by every {@code with} method, positive when given. */
class EnrichConfigTest {

  private final EnrichConfig config = EnrichConfig.of("localhost:9092", Path.of("state"));

  @Test
  void shouldWaitForTheBrokerWithoutDeadlineByDefault() {
    assertThat(config.startupTimeout()).isNull();
  }

  @Test
  void shouldKeepTheStartupTimeoutThroughTheOtherSettings() {
    EnrichConfig changed = config.withStartupTimeout(Duration.ofMinutes(2))
        .withClientProperties(Map.of("security.protocol", "SSL"))
        .withEditionTracking(2, Duration.ofSeconds(30));

    assertThat(changed.startupTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(changed.clientProperties()).containsEntry("security.protocol", "SSL");
  }

  @Test
  void shouldRefuseAStartupTimeoutThatIsNotPositive() {
    assertThatThrownBy(() -> config.withStartupTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startupTimeout must be positive");
  }
}
