package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoryIndexTest {

  private static final Instant T0 = Instant.parse("2023-12-10T00:00:00Z");

  @Test
  void reprintWithSmallEditsJoinsTheStory() {
    String wire = wireStory();
    // Given another paper's reprint: other punctuation, a changed phrase, a dropped sentence, a new last line
    String reprint = wire.replace("，", ",").replace("。", ". ")
        .replaceFirst("荆州市", "湖北荆州市")
        .replace("科技赋能，守卫着这一路段的平安。", "")
        .replace("科技赋能,守卫着这一路段的平安. ", "")
        + "（本报转载）";
    StoryIndex index = StoryIndex.withDefaults();

    String first = index.assign("guangming-1", fingerprint(wire), T0);
    String second = index.assign("jingzhou-3", fingerprint(reprint), T0.plus(Duration.ofDays(1)));

    assertThat(first).isEqualTo("guangming-1");
    assertThat(second).as("distance %d", SimHash.distance(fingerprint(wire), fingerprint(reprint)))
        .isEqualTo("guangming-1");
  }

  @Test
  void unrelatedArticlesOpenTheirOwnStories() {
    StoryIndex index = StoryIndex.withDefaults();
    List<SeedGold.Item> items = SeedGold.items();

    for (SeedGold.Item item : items) {
      String id = item.article().id();
      // every seed article is its own story: no two of them are reprints of each other
      assertThat(index.assign(id, fingerprint(item.article().text()), T0)).isEqualTo(id);
    }
  }

  @Test
  void unrelatedSeedArticlesAreFarApart() {
    List<Long> prints = SeedGold.items().stream()
        .filter(i -> i.article().text().length() > 200)
        .map(i -> fingerprint(i.article().text())).toList();
    int closest = 64;
    for (int i = 0; i < prints.size(); i++) {
      for (int j = i + 1; j < prints.size(); j++) {
        closest = Math.min(closest, SimHash.distance(prints.get(i), prints.get(j)));
      }
    }
    System.out.println("closest pair of unrelated seed articles: " + closest + " bits");
    assertThat(closest).isGreaterThan(6);
  }

  @Test
  void correctedArticleIsFiledByItsNewTextAndNeverByItself() {
    StoryIndex index = StoryIndex.withDefaults();
    index.assign("a", 0xFFL, T0);
    assertThat(index.assign("b", 0xFFL, T0)).isEqualTo("a");

    // b corrected into another text: its old version is no candidate of its own, and nothing else is near
    assertThat(index.assign("b", 0L, T0)).isEqualTo("b");
    // both versions of b stay remembered, so c, near a and b's first version, is named by the first-filed: a
    assertThat(index.assign("c", 0xFFL, T0)).isEqualTo("a");
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void earliestArticleNamesTheStory() {
    StoryIndex index = StoryIndex.withDefaults();
    assertThat(index.assign("late", 0b1L, T0.plusSeconds(60))).isEqualTo("late");

    // an earlier printing arriving later names the story from then on; the one already sent keeps its id
    assertThat(index.assign("early", 0b11L, T0)).isEqualTo("early");
    assertThat(index.assign("third", 0b111L, T0.plusSeconds(120))).isEqualTo("early");
  }

  @Test
  void sameTimeTiesGoToTheSmallestId() {
    StoryIndex index = StoryIndex.withDefaults();
    assertThat(index.assign("p2-01", 7L, T0)).isEqualTo("p2-01");
    assertThat(index.assign("p1-01", 7L, T0)).isEqualTo("p1-01");
    assertThat(index.assign("p3-01", 7L, T0)).isEqualTo("p1-01");
  }

  @Test
  void nearFingerprintsShareABandKey() {
    long print = 0x0123_4567_89AB_CDEFL;
    long threeBitsAway = print ^ (1L << 3) ^ (1L << 20) ^ (1L << 50);

    assertThat(StoryIndex.bandKeys(print, 3)).hasSize(4)
        .containsAnyElementsOf(StoryIndex.bandKeys(threeBitsAway, 3));
  }

  @Test
  void forgetsArticlesOutsideTheWindow() {
    StoryIndex index = new StoryIndex(3, 100, Duration.ofDays(1));
    index.assign("old", 42L, T0);

    assertThat(index.assign("new", 42L, T0.plus(Duration.ofDays(2)))).isEqualTo("new");
    assertThat(index.snapshot()).extracting(StoryIndex.Entry::articleId).containsExactly("new");
  }

  @Test
  void keepsAtMostMaxEntries() {
    StoryIndex index = new StoryIndex(3, 2, Duration.ofDays(1));
    index.assign("a", 1L << 40, T0);
    index.assign("b", 1L << 20, T0);
    index.assign("c", 1L, T0);

    assertThat(index.snapshot()).extracting(StoryIndex.Entry::articleId).containsExactly("b", "c");
  }

  @Test
  void stateRestoresTheSameAssignments() throws Exception {
    StoryIndex index = StoryIndex.withDefaults();
    index.assign("a", 0xF0F0L, T0);

    // through Java serialisation, as a state store serde might do it
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(index.state());
    }
    StoryIndex.State state;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      state = (StoryIndex.State) in.readObject();
    }
    StoryIndex restored = StoryIndex.of(state);

    assertThat(state).isEqualTo(index.state());
    assertThat(restored.assign("b", 0xF0F1L, T0.plusSeconds(1))).isEqualTo("a");
    assertThat(restored.snapshot()).hasSize(2);
  }

  @Test
  void stateRoundTripsThroughJson() {
    StoryIndex index = StoryIndex.withDefaults();
    index.assign("a", -42L, T0);

    String json = Json.write(index.state());

    assertThat(Json.read(json, StoryIndex.State.class)).isEqualTo(index.state());
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(-1, 10, Duration.ofDays(1), "maxDistance must be within [0, 15], was -1"),
        Arguments.of(16, 10, Duration.ofDays(1), "maxDistance must be within [0, 15], was 16"),
        Arguments.of(3, 0, Duration.ofDays(1), "maxEntries must be at least 1, was 0"),
        Arguments.of(3, 10, Duration.ZERO, "window must be positive, was PT0S"),
        Arguments.of(3, 10, null, "window must be positive, was null"));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void rejectsBadSettings(int distance, int entries, Duration window, String message) {
    assertThatThrownBy(() -> new StoryIndex(distance, entries, window))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  private static long fingerprint(String text) {
    return SimHash.of(ChineseText.forAnalysis(text));
  }

  /** The 光明日报 feature page 003 reprints, as the gold items give it. */
  private static String wireStory() {
    return SeedGold.items().stream()
        .filter(i -> i.article().text().contains("平安建设奏响和谐乐章") || i.article().headline().contains("平安建设"))
        .findFirst().orElseThrow().article().text();
  }
}
