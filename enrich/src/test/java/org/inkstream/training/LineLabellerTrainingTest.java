package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.TestArticles;
import org.inkstream.engine.LineLabel;
import org.inkstream.engine.LineLabeller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training path end to end, on a tiny model: render pages, train, label, save, load. */
class LineLabellerTrainingTest {

  private static List<LabelledPage> training;
  private static List<LabelledPage> fresh;
  private static LineLabeller labeller;

  @BeforeAll
  static void train() {
    training = RenderedPages.render("train-", TestArticles.all(), 40, 100, k -> {}).stream()
        .map(LabelledPage::of).toList();
    fresh = RenderedPages.render("fresh-", TestArticles.all(), 15, 900, k -> {}).stream()
        .map(LabelledPage::of).toList();
    labeller = new LineLabellerTrainer(new LineLabellerTrainer.Options(3, 0.1, 1, 42)).train(training);
  }

  @Test
  void learnsTheLabelsOfItsTrainingPages() {
    assertThat(LineLabellerTrainer.lineLabelAccuracy(labeller, training)).isGreaterThan(0.9);
  }

  @Test
  void labelsPagesItHasNotSeenFarBetterThanTheMostCommonLabel() {
    long body = fresh.stream().flatMap(p -> p.labels().stream()).filter(l -> l.key().equals("I-BODY")).count();
    long all = fresh.stream().mapToLong(p -> p.labels().size()).sum();

    assertThat(LineLabellerTrainer.lineLabelAccuracy(labeller, fresh)).isGreaterThan((double) body / all + 0.1);
  }

  @Test
  void aWrittenModelReadsBackAndLabelsTheSame(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("model.zip");
    labeller.write(file);

    LineLabeller read = LineLabeller.read(file);

    for (LabelledPage page : fresh) {
      assertThat(read.label(page.features())).isEqualTo(labeller.label(page.features()));
    }
  }

  @Test
  void goldLabelsOpenEachItemOnce() {
    RenderedPage page = RenderedPages.render("p-", TestArticles.all(), 1, 5, k -> {}).get(0);
    List<LineLabel> labels = LabelledPage.of(page).labels();

    assertThat(labels.stream().filter(LineLabel::begins).count()).isEqualTo(page.gold().items().size());
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> new LineLabellerTrainer.Options(0, 0.1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
    assertThatThrownBy(() -> new LineLabellerTrainer.Options(1, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
    assertThatThrownBy(() -> new LineLabellerTrainer.Options(1, 0.1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minFeatureCount");
  }
}
