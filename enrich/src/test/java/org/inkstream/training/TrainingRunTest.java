package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inkstream.corpus.SourceArticle;
import org.inkstream.corpus.SourceCorpus;
import org.inkstream.corpus.TestArticles;
import org.junit.jupiter.api.Test;

/** {@code inkstream train}'s run on a corpus small enough for a unit test: every set is scored, the report written. */
class TrainingRunTest {

  /** The hand-written articles five times over under different ids, and once more as a source never trained on. */
  private static SourceCorpus corpus() {
    List<SourceArticle> articles = new ArrayList<>();
    for (int copy = 0; copy < 5; copy++) {
      for (SourceArticle a : TestArticles.all()) {
        articles.add(new SourceArticle("mine", copy + "-" + a.id(), a.title(), a.paragraphs(), null));
      }
    }
    TestArticles.all().forEach(a -> articles.add(new SourceArticle("theirs", a.id(), a.title(), a.paragraphs(), null)));
    return SourceCorpus.of(articles);
  }

  @Test
  void trainsScoresEverySetAndReports() {
    List<String> steps = new ArrayList<>();
    TrainingRun.Options options = new TrainingRun.Options(Set.of("mine"), 20, 4, List.of(10),
        new LineLabellerTrainer.Options(2, 0.1, 1, 42));

    TrainingRun.Result result = new TrainingRun(options, steps::add).run(corpus());

    assertThat(result.sets()).containsOnlyKeys("dev", "test", "cross-source");
    assertThat(result.sets().get("test")).containsOnlyKeys("rules", "model", "cascade");
    assertThat(result.sets().get("test").get("cascade").total().pages()).hasSize(4);
    assertThat(result.learningCurve()).containsOnlyKeys(10, 20);
    assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("training on 20 pages"));
    String report = TrainingReport.markdown(result, options, "inkstream train (test)");
    assertThat(report).contains("| test | cascade | 4 |", "## Learning curve", "| all pages | 4 |");
  }

  @Test
  void scoresAModelWithoutTrainingOnTheSamePages() {
    TrainingRun.Options options = new TrainingRun.Options(Set.of("mine"), 20, 4, List.of(10),
        new LineLabellerTrainer.Options(2, 0.1, 1, 42));
    TrainingRun.Result trained = new TrainingRun(options, s -> {}).run(corpus());
    List<String> steps = new ArrayList<>();

    TrainingRun.Result scored = new TrainingRun(options, steps::add).score(corpus(), trained.labeller());

    // The same pages and the same model give the same figures; nothing was trained, so there is no curve.
    assertThat(steps).noneSatisfy(s -> assertThat(s).startsWith("training"));
    assertThat(scored.trainMillis()).isEqualTo(-1);
    assertThat(scored.learningCurve()).isEmpty();
    assertThat(scored.sets().get("test").get("cascade").total().total())
        .isEqualTo(trained.sets().get("test").get("cascade").total().total());
    String report = TrainingReport.markdown(scored, options, "inkstream train --score-only (test)");
    assertThat(report).contains("scored as it ships", "| test | cascade | 4 |").doesNotContain("## Learning curve");
  }

  @Test
  void aSourceWithNoArticlesIsRefused() {
    TrainingRun.Options options = new TrainingRun.Options(Set.of("nobody"), 5, 2, List.of(),
        new LineLabellerTrainer.Options(1, 0.1, 1, 42));

    assertThatThrownBy(() -> new TrainingRun(options, s -> {}).run(corpus()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
  }
}
