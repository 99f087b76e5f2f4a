package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineLabelTest {

  @Test
  void everyLabelReadsBackFromItsKey() {
    for (LineRole role : LineRole.values()) {
      for (boolean begins : new boolean[] {false, true}) {
        if (role == LineRole.OTHER && begins) {
          continue;
        }
        LineLabel label = new LineLabel(role, begins);
        assertThat(LineLabel.parse(label.key())).isEqualTo(label);
      }
    }
    assertThat(new LineLabel(LineRole.TITLE, true).key()).isEqualTo("B-TITLE");
    assertThat(LineLabel.OUTSIDE.key()).isEqualTo("O");
  }

  @Test
  void aLineOfNoArticleCannotOpenOne() {
    assertThatThrownBy(() -> new LineLabel(LineRole.OTHER, true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void strangersAreRefused() {
    assertThatThrownBy(() -> LineLabel.parse("X-TITLE")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-TITLE");
    assertThatThrownBy(() -> LineLabel.parse("B-NOPE")).isInstanceOf(IllegalArgumentException.class);
  }
}
