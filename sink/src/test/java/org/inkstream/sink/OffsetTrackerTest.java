package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

  private static final TopicPartition P0 = new TopicPartition("articles", 0);
  private static final TopicPartition P1 = new TopicPartition("articles", 1);

  private final OffsetTracker tracker = new OffsetTracker();

  @Test
  void commitsOnlyUpToTheFirstUnacknowledgedOffset() {
    tracker.begin(P0, 10, 1);
    tracker.begin(P0, 11, 1);
    tracker.begin(P0, 12, 1);

    tracker.complete(P0, 11); // acknowledged out of order
    assertThat(tracker.positions().get(P0).offset()).isEqualTo(10); // 10 still open

    tracker.complete(P0, 10);
    assertThat(tracker.positions().get(P0).offset()).isEqualTo(12); // 10 and 11 done, 12 open

    tracker.complete(P0, 12);
    assertThat(tracker.positions().get(P0).offset()).isEqualTo(13); // all done: one past the last read
    assertThat(tracker.inFlight()).isZero();
  }

  @Test
  void aRecordOfSeveralOperationsCompletesWithItsLast() {
    tracker.begin(P0, 5, 3);

    assertThat(tracker.complete(P0, 5)).isFalse();
    assertThat(tracker.complete(P0, 5)).isFalse();
    assertThat(tracker.positions().get(P0).offset()).isEqualTo(5);
    assertThat(tracker.complete(P0, 5)).isTrue();
    assertThat(tracker.positions().get(P0).offset()).isEqualTo(6);
  }

  @Test
  void aRecordWithoutOperationsIsDoneAtOnce() {
    tracker.begin(P0, 7, 0); // a tombstone when no index exists yet

    assertThat(tracker.positions().get(P0).offset()).isEqualTo(8);
    assertThat(tracker.idle(List.of(P0))).isTrue();
  }

  @Test
  void gapsInOffsetsDoNotHoldCommitsBack() {
    tracker.begin(P0, 3, 1);
    tracker.begin(P0, 9, 1); // 4-8: transaction markers or compacted away
    tracker.complete(P0, 3);
    tracker.complete(P0, 9);

    assertThat(tracker.positions().get(P0).offset()).isEqualTo(10);
  }

  @Test
  void partitionsAreIndependent() {
    tracker.begin(P0, 0, 1);
    tracker.begin(P1, 0, 1);
    tracker.complete(P1, 0);

    assertThat(tracker.idle(List.of(P1))).isTrue();
    assertThat(tracker.idle(List.of(P0, P1))).isFalse();
    assertThat(tracker.positions().get(P1).offset()).isEqualTo(1);
    assertThat(tracker.positions().get(P0).offset()).isEqualTo(0);
  }

  @Test
  void lateAcknowledgementsOfAForgottenPartitionAreIgnored() {
    tracker.begin(P0, 0, 1);
    tracker.forget(List.of(P0));

    assertThat(tracker.complete(P0, 0)).isFalse();
    assertThat(tracker.positions()).doesNotContainKey(P0);
  }

  @Test
  void rejectsMisuse() {
    tracker.begin(P0, 4, 1);
    assertThatThrownBy(() -> tracker.begin(P0, 4, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("offset 4");
    assertThatThrownBy(() -> tracker.complete(P0, 3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tracker.begin(P1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
