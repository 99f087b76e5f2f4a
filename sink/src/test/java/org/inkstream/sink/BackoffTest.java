package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

/** Retry waits double from the initial backoff up to the maximum, each between half and all of its step. */
class BackoffTest {

  private final ArticleSink sink = new ArticleSink(SinkConfig.builder().bootstrapServers("unused:9092")
      .initialBackoff(Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5)).build(), null);

  @RepeatedTest(20)
  void doublesWithJitterUpToTheMaximum() {
    assertThat(sink.backoff(1).toMillis()).isBetween(100L, 200L); // step 200 ms
    assertThat(sink.backoff(2).toMillis()).isBetween(200L, 400L); // step 400 ms
    assertThat(sink.backoff(5).toMillis()).isBetween(1600L, 3200L); // step 3.2 s
    assertThat(sink.backoff(6).toMillis()).isBetween(2500L, 5000L); // capped at 5 s
    assertThat(sink.backoff(1000).toMillis()).isBetween(2500L, 5000L); // no overflow on long outages
  }
}
