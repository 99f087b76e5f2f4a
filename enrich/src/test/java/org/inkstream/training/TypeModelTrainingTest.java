package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inkstream.core.ArticleType;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.TestArticles;
import org.inkstream.engine.Splitter;
import org.inkstream.enrichment.TypeFeatures;
import org.inkstream.enrichment.TypeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type model's training path, end to end on a few rendered pages: render, split, pair with gold, train, reload. */
class TypeModelTrainingTest {

  @Test
  void aTinyModelLearnsFromRenderedPagesAndSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
    // Given 30 pages rendered from the test articles, and two hand-labelled texts
    List<RenderedPage> pages = RenderedPages.render("t-", TestArticles.all(), 30, 7, page -> { });
    List<TypeModelTrainer.TypeExample> examples = new ArrayList<>(TypeModelTrainer.fromPages(pages, new Splitter()));
    examples.addAll(TypeModelTrainer.fromLabels(List.of(
        new LabelledArticle("a", "评论：别让形式主义拖了后腿", "我们必须看到，形式主义害人不浅。", null, false, "commentary"),
        new LabelledArticle("b", "", "只有主题的文章", "politics", true, null))));

    // When a model is trained on them, written and read back
    TypeModel model = new TypeModelTrainer(TypeModelTrainer.Options.defaults()).train(examples);
    model.write(dir.resolve("type-model.gz"));
    TypeModel read = TypeModel.read(dir.resolve("type-model.gz"));

    // Then the rendered pages gave examples of several types, and the model gets most of its own examples right
    assertThat(examples).extracting(TypeModelTrainer.TypeExample::type).contains(ArticleType.NEWS,
        ArticleType.NOTICE_AD, ArticleType.COMMENTARY);
    long right = examples.stream().filter(e -> read.type(e.form(), 0) == e.type()).count();
    assertThat((double) right / examples.size()).isGreaterThan(0.7);
    assertThat(read.types()).contains("news", "notice_ad", "commentary");
  }

  @Test
  void onlyTypedArticlesAreExamples() {
    List<TypeModelTrainer.TypeExample> examples = TypeModelTrainer.fromLabels(List.of(
        new LabelledArticle("a", "标题", "正文。", null, false, "feature"),
        LabelledArticle.ofTopic("b", "标题", "正文。", "economy")));

    assertThat(examples).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(ArticleType.FEATURE);
      assertThat(e.labelled()).isTrue();
      assertThat(e.form().layout()).isNull();
    });
  }

  @Test
  void oneTypeIsNotEnoughToTrain() {
    List<TypeModelTrainer.TypeExample> one = List.of(new TypeModelTrainer.TypeExample(
        TypeFeatures.Form.ofText("标题", "本报讯 正文。"), ArticleType.NEWS, true));

    assertThatThrownBy(() -> new TypeModelTrainer(TypeModelTrainer.Options.defaults()).train(one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two types");
  }
}
