package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.streams.test.TestRecord;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.enrichment.StoryIndex;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partitioned story step (LSH band values on their own partitions, answers merged per article) gives exactly the
 * story ids of one {@link StoryIndex} fed the same article versions in the same order: reprints with a few bits
 * changed, chains of edits, editions out of date order, same-day ties, articles near the window's edge, corrected
 * pages (new versions, retractions) and pages sent again unchanged.
 */
class StoryPartitioningTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 1);

  @TempDir Path stateDir;

  @ParameterizedTest
  @ValueSource(longs = {1, 17, 2024, 31337, 987654321})
  void shouldGiveTheStoryIdsOfOneIndex(long seed) {
    // Given a random stream of page versions whose articles' fingerprints are noisy copies of a few stories
    List<Page> sends = pageSends(new Random(seed), 160);
    Map<String, List<String>> published = new LinkedHashMap<>();
    try (FingerprintTopology topology = new FingerprintTopology(stateDir)) {
      // When the topology files them
      sends.forEach(topology::send);

      // Then every article version has the story id one index gives it, in the same order per article
      for (TestRecord<String, String> record : topology.articles()) {
        String story = record.value() == null ? "(retracted)" : Json.read(record.value(), Article.class).storyId();
        published.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(story);
      }
    }
    Map<String, List<String>> expected = oneIndex(sends);
    assertThat(published).isEqualTo(expected);
    // and the stream was not trivial: stories joined, articles were retracted
    assertThat(expected.values().stream().flatMap(List::stream).filter(s -> s.equals("(retracted)"))).isNotEmpty();
    long joined = expected.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(s -> !s.equals(e.getKey()) && !s.equals("(retracted)"))).count();
    assertThat(joined).as("articles that joined another's story").isGreaterThan(20);
  }

  /** The reference: one index, fed every published article version in the order the pages came. */
  private static Map<String, List<String>> oneIndex(List<Page> sends) {
    StoryIndex index = StoryIndex.withDefaults();
    Map<String, Page> last = new HashMap<>();
    Map<String, List<String>> stories = new LinkedHashMap<>();
    for (Page page : sends) {
      Page before = last.put(page.id(), page);
      if (before != null && before.contentHash().equals(page.contentHash())) {
        continue; // an unchanged page publishes nothing
      }
      List<Article> now = FingerprintLines.ENGINE.apply(page).articles();
      for (Article article : now) {
        long print = Long.parseUnsignedLong(article.fingerprint(), 16);
        String story = index.assign(article.id(), print,
            article.editionDate().atStartOfDay().toInstant(ZoneOffset.UTC));
        stories.computeIfAbsent(article.id(), k -> new ArrayList<>()).add(story);
      }
      if (before != null) {
        Set<String> ids = Set.copyOf(now.stream().map(Article::id).toList());
        FingerprintLines.ENGINE.apply(before).articles().stream().map(Article::id).filter(id -> !ids.contains(id))
            .forEach(id -> stories.computeIfAbsent(id, k -> new ArrayList<>()).add("(retracted)"));
      }
    }
    return stories;
  }

  /**
   * Pages of one to four articles, each a line "fingerprint date": a story's fingerprint with zero to five bits
   * flipped (so near, far, and chains of both), dated over three weeks in random order (the window is two); one send
   * in six corrects an earlier page, one in twenty sends one again unchanged.
   */
  private static List<Page> pageSends(Random random, int count) {
    long[] storyPrints = random.longs(12).toArray();
    List<Page> sends = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int pick = random.nextInt(20);
      if (pick == 0 && !sends.isEmpty()) {
        sends.add(sends.get(random.nextInt(sends.size())));
        continue;
      }
      String id = pick < 4 && !sends.isEmpty() ? sends.get(random.nextInt(sends.size())).id() : "p" + i;
      StringBuilder text = new StringBuilder();
      for (int a = random.nextInt(4); a >= 0; a--) {
        long print = random.nextInt(5) == 0 ? random.nextLong() : storyPrints[random.nextInt(storyPrints.length)];
        for (int flips = random.nextInt(6); flips > 0; flips--) {
          print ^= 1L << random.nextInt(64);
        }
        text.append(FingerprintLines.line(print, FIRST_DAY.plusDays(random.nextInt(21)))).append('\n');
      }
      sends.add(Page.of(id, id + ".txt", text.toString()));
    }
    return sends;
  }
}
