package org.inkstream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.inkstream.chaos.ChaosMonkey.Fault;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline under faults, on real processes: whatever is killed or restarted during a stream of pages, Elasticsearch
 * ends up holding exactly the articles the engine makes of those pages (same ids, same content hashes: nothing lost,
 * nothing extra, nothing stale), and nothing is dead-lettered.
 *
 * <p>The untagged case runs in the default build and is kept short; the {@code chaos}-tagged ones run with {@code
 * ./mvnw -Pchaos verify}. Every case prints its seed; seeds that once failed are pinned as regression cases.
 */
class ChaosTest {

  private static final List<Fault> ALL_FAULTS = List.of(Fault.KILL_ENRICH, Fault.KILL_SINK,
      Fault.RESTART_ELASTICSEARCH, Fault.RESTART_BROKER, Fault.KILL_ENRICH, Fault.KILL_SINK);

  @Test
  void shouldIndexExactlyTheExpectedArticlesWhenEnrichAndSinkAreKilled() throws Exception {
    // A representative case, short enough for every build: each stage process killed once, mid-stream
    verify("kill-enrich-and-sink", 80, Duration.ofSeconds(15), List.of(Fault.KILL_ENRICH, Fault.KILL_SINK));
  }

  @Test
  @Tag("chaos")
  void shouldSurviveTheEnrichProcessKilledRepeatedly() throws Exception {
    verify("kill-enrich-x3", 300, Duration.ofSeconds(60),
        List.of(Fault.KILL_ENRICH, Fault.KILL_ENRICH, Fault.KILL_ENRICH));
  }

  @Test
  @Tag("chaos")
  void shouldSurviveTheSinkKilledRepeatedly() throws Exception {
    verify("kill-sink-x3", 300, Duration.ofSeconds(60), List.of(Fault.KILL_SINK, Fault.KILL_SINK, Fault.KILL_SINK));
  }

  @Test
  @Tag("chaos")
  void shouldSurviveAnElasticsearchRestart() throws Exception {
    verify("restart-elasticsearch", 300, Duration.ofSeconds(60), List.of(Fault.RESTART_ELASTICSEARCH));
  }

  @Test
  @Tag("chaos")
  void shouldSurviveABrokerRestart() throws Exception {
    verify("restart-broker", 300, Duration.ofSeconds(60), List.of(Fault.RESTART_BROKER));
  }

  @Test
  @Tag("chaos")
  void shouldSurviveEveryFaultInOneStream() throws Exception {
    verify("all-faults", 400, Duration.ofSeconds(90), ALL_FAULTS);
  }

  /**
   * The all-faults case on every seed that once failed, so that a fixed failure stays fixed. Add the seed of each new
   * chaos failure here, with the date and what went wrong.
   *
   * <ul>
   *   <li>3106334097549 (issue 17): the sink, restarted after a kill while Elasticsearch was restarting, found it
   *       unreachable at start-up and exited; 1596 of 2240 articles were never indexed. The sink now waits
   *       ({@code StartupWait}).
   * </ul>
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3106334097549L})
  @Tag("chaos")
  void shouldSurviveEveryFaultOnTheSeedsThatOnceFailed(long seed) throws Exception {
    verify("all-faults-" + seed, seed, 400, Duration.ofSeconds(90), ALL_FAULTS);
  }

  private static void verify(String name, int pageCount, Duration window, List<Fault> faults) throws Exception {
    verify(name, null, pageCount, window, faults);
  }

  /**
   * Given {@code pageCount} pages and what the engine makes of them offline; when they stream in over {@code window}
   * while {@code faults} strike at random moments of that window; then Elasticsearch converges to exactly the expected
   * articles, the dead-letter topics stay empty, and both stage processes are up.
   */
  private static void verify(String name, Long seed, int pageCount, Duration window, List<Fault> faults)
      throws Exception {
    List<Page> pages = ChaosRun.pages(pageCount);
    Map<String, String> expected = ChaosRun.expected(pages);
    try (ChaosRun run = seed == null ? ChaosRun.start(name) : ChaosRun.start(name, seed)) {
      List<ChaosMonkey.Strike> plan = ChaosMonkey.plan(run.seed(), faults, window);
      System.out.printf("chaos case %s: %d pages, %d articles, plan %s, logs in %s%n", name, pages.size(),
          expected.size(), plan, run.dir());

      var monkey = run.monkey().unleash(plan);
      run.stream(pages, window);
      List<String> struck = monkey.get();

      Map<String, String> indexed = run.awaitConverged(expected);
      assertThat(struck).as("faults carried out").hasSize(faults.size());
      assertThat(ChaosRun.difference(expected, indexed)).as("Elasticsearch against the engine offline (seed %d)",
          run.seed()).isEqualTo(ChaosRun.difference(expected, expected));
      assertThat(indexed).as("article id -> content hash in Elasticsearch").isEqualTo(expected);
      assertThat(run.deadLetters()).as("records in the dead-letter topics").isZero();
      assertThat(run.stagesAlive()).as("enrich and sink still running").isTrue();
    }
  }
}
