package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.awaitility.Awaitility;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.inkstream.launcher.TestTopics;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 4, on the real broker: three enrich instances share six partitions, one dies in the middle of a
 * transaction (its stream thread fails and the instance shuts down without committing or leaving the group), and a
 * read-committed reader of the articles topic sees every article exactly once, with the story ids of a one-instance
 * run over the same pages.
 *
 * <p>Why the ids can be compared across runs at all: a story id depends on which near articles were filed before
 * (see {@code StoryIndex}), and the order of pages on different partitions is up to the scheduler. The stream here is
 * built so that order does not matter: the first wave (one edition date) is filed before the second is sent, and every
 * second-wave article is either a copy of one first-wave article with up to three bits changed (its story is that
 * article, the first filed of all its near articles, whatever came between) or a new text far from everything.
 */
class ScaleOutTest {

  private static final int FIRST_WAVE = 60;
  private static final int SECOND_WAVE = 240;
  private static final int ARTICLES_PER_PAGE = 3;
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path stateDir;
  private final LocalStack stack = LocalStack.global();

  @Test
  void shouldPublishEachArticleOnceWithTheStoriesOfOneInstanceWhenOneOfThreeDies() throws Exception {
    Pages pages = Pages.generate(new Random(17));

    Map<String, String> alone = run(pages, 1, -1);
    Map<String, String> shared = run(pages, 3, 20);

    assertThat(shared).hasSize(pages.articleCount()).isEqualTo(alone);
    long joined = alone.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
    assertThat(joined).as("second-wave articles in a first-wave story").isGreaterThan(SECOND_WAVE);
  }

  /**
   * Runs {@code instances} instances over fresh six-partition topics, the second wave sent once the first is
   * published; when {@code killAt} is positive, the second instance dies on its {@code killAt}-th second-wave page.
   * Returns each article's story id, after checking that a read-committed reader sees each article exactly once.
   */
  private Map<String, String> run(Pages pages, int instances, int killAt) throws Exception {
    String run = "scale-" + instances + "-" + UUID.randomUUID();
    Topics topics = Topics.defaults().withPrefix(run + "-");
    TestTopics.create(stack.bootstrapServers(), topics, 6);
    AtomicInteger secondWaveSeen = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    List<KafkaStreams> running = new ArrayList<>();
    try (KafkaConsumer<String, String> reader = ExactlyOnceRestartTest.consumer(stack.bootstrapServers(),
        "read_committed")) {
      reader.subscribe(List.of(topics.articles()));
      for (int i = 0; i < instances; i++) {
        Function<Page, PageSplit> engine = i == 1 && killAt > 0
            ? dyingOn(killAt, secondWaveSeen, killed) : FingerprintLines.ENGINE;
        running.add(start(run, topics, stateDir.resolve(run + "-" + i), engine));
      }
      Awaitility.await("all instances running").atMost(TIMEOUT)
          .until(() -> running.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING));
      Map<String, Integer> seen = new HashMap<>();
      Map<String, String> stories = new HashMap<>();

      ExactlyOnceRestartTest.produce(stack.bootstrapServers(), topics.pages(), pages.firstWave());
      awaitArticles(reader, FIRST_WAVE * ARTICLES_PER_PAGE, seen, stories);
      ExactlyOnceRestartTest.produce(stack.bootstrapServers(), topics.pages(), pages.secondWave());
      awaitArticles(reader, pages.articleCount(), seen, stories);

      if (killAt > 0) {
        assertThat(killed).as("the second instance died mid-stream").isTrue();
        assertThat(running.get(1).state()).isIn(KafkaStreams.State.ERROR, KafkaStreams.State.NOT_RUNNING,
            KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.PENDING_SHUTDOWN);
      }
      assertThat(seen).hasSize(pages.articleCount());
      assertThat(seen.values()).as("each article once").containsOnly(1);
      return stories;
    } finally {
      running.forEach(s -> s.close(Duration.ofSeconds(30)));
    }
  }

  /** An instance of the production topology; its session times out in 10 s, so the survivors take over quickly. */
  private KafkaStreams start(String applicationId, Topics topics, Path stateDir, Function<Page, PageSplit> engine) {
    EnrichConfig config = new EnrichConfig(applicationId, stack.bootstrapServers(), stateDir, topics,
        EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100);
    Properties props = config.streamsProperties();
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
    KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, engine), props);
    // An instance whose thread fails shuts down, as a crashed process would: the open transaction is aborted.
    streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    streams.start();
    return streams;
  }

  /** The engine, failing once with an Error (the topology catches exceptions, not errors) on a second-wave page. */
  private static Function<Page, PageSplit> dyingOn(int page, AtomicInteger seen, AtomicBoolean killed) {
    return p -> {
      if (p.id().startsWith("w2-") && seen.incrementAndGet() == page && killed.compareAndSet(false, true)) {
        throw new Error("simulated death of an enrich instance");
      }
      return FingerprintLines.ENGINE.apply(p);
    };
  }

  private void awaitArticles(KafkaConsumer<String, String> reader, int expected, Map<String, Integer> seen,
      Map<String, String> stories) {
    Awaitility.await(expected + " articles committed").atMost(TIMEOUT).pollInterval(Duration.ofMillis(50))
        .until(() -> {
          for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(200))) {
            seen.merge(r.key(), 1, Integer::sum);
            stories.put(r.key(), Json.read(r.value(), Article.class).storyId());
          }
          return seen.size() >= expected;
        });
    // Read on a little: a duplicate would come after the last new id.
    for (int i = 0; i < 5; i++) {
      reader.poll(Duration.ofMillis(200)).forEach(r -> seen.merge(r.key(), 1, Integer::sum));
    }
  }

  /**
   * The two waves: first-wave pages of May 1st with three new texts each; second-wave pages of May 2nd to 5th whose
   * articles copy a first-wave text with zero to three bits changed, or (one in five) are new ({@link
   * FingerprintLines}).
   */
  private record Pages(List<Page> firstWave, List<Page> secondWave) {

    static Pages generate(Random random) {
      long[] firstPrints = random.longs(FIRST_WAVE * ARTICLES_PER_PAGE).toArray();
      List<Page> first = new ArrayList<>();
      for (int p = 0; p < FIRST_WAVE; p++) {
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < ARTICLES_PER_PAGE; a++) {
          lines.add(FingerprintLines.line(firstPrints[p * ARTICLES_PER_PAGE + a], LocalDate.of(2024, 5, 1)));
        }
        first.add(page("w1-" + p, lines));
      }
      List<Page> second = new ArrayList<>();
      for (int p = 0; p < SECOND_WAVE; p++) {
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < ARTICLES_PER_PAGE; a++) {
          long print = random.nextInt(5) == 0 ? random.nextLong() : firstPrints[random.nextInt(firstPrints.length)];
          for (int flips = random.nextInt(4); flips > 0; flips--) {
            print ^= 1L << random.nextInt(64);
          }
          lines.add(FingerprintLines.line(print, LocalDate.of(2024, 5, 2 + random.nextInt(4))));
        }
        second.add(page("w2-" + p, lines));
      }
      return new Pages(first, second);
    }

    int articleCount() {
      return (firstWave.size() + secondWave.size()) * ARTICLES_PER_PAGE;
    }

    private static Page page(String id, List<String> lines) {
      return Page.of(id, id + ".txt", String.join("\n", lines));
    }
  }
}
