package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inkstream.alerts.Snippet.Hit;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void marksTheHitInItsSentence() {
    String text = "第一句话。各地要做好防汛准备。第三句话。";
    int at = text.indexOf("防汛");

    assertThat(Snippet.of(text, List.of(new Hit(at, at + 2)))).isEqualTo("各地要做好<em>防汛</em>准备。");
  }

  @Test
  void clipsALongSentenceAroundTheFirstHit() {
    String filler = "一".repeat(100);
    String text = filler + "防汛" + filler;
    int at = filler.length();

    String snippet = Snippet.of(text, List.of(new Hit(at, at + 2)));

    // Given/then: 40 characters either side, ellipses where the text was cut mid-sentence.
    assertThat(snippet).isEqualTo("…" + "一".repeat(Snippet.CONTEXT_CHARS) + "<em>防汛</em>"
        + "一".repeat(Snippet.CONTEXT_CHARS) + "…");
  }

  @Test
  void marksEveryHitInTheWindowAndJoinsOverlappingOnes() {
    String text = "防汛抗旱，防汛救灾。";

    String snippet = Snippet.of(text, List.of(new Hit(0, 2), new Hit(1, 4), new Hit(5, 7)));

    assertThat(snippet).isEqualTo("<em>防汛抗旱</em>，<em>防汛</em>救灾。");
  }

  @Test
  void withoutHitsShowsTheLead() {
    String text = "二".repeat(200);

    assertThat(Snippet.of(text, List.of())).isEqualTo("二".repeat(2 * Snippet.CONTEXT_CHARS) + "…");
    assertThat(Snippet.of("短文。", List.of())).isEqualTo("短文。");
  }

  @Test
  void hitsOutsideTheTextAreIgnored() {
    assertThat(Snippet.of("短文。", List.of(new Hit(10, 12)))).isEqualTo("短文。");
  }

  @Test
  void emptyHitsAreRefused() {
    assertThatThrownBy(() -> new Hit(3, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 3)");
    assertThatThrownBy(() -> new Hit(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
