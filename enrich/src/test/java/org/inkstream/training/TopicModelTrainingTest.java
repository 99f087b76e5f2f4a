package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inkstream.enrichment.Taxonomy;
import org.inkstream.enrichment.TopicClassifier;
import org.inkstream.enrichment.TopicModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training path end to end on a handful of headlines: train, write, read back, predict. */
class TopicModelTrainingTest {

  private static final List<String> SPORTS = List.of("男篮主场大胜对手", "女排联赛首轮告捷", "马拉松赛鸣枪开跑",
      "足球联赛争冠进入关键阶段", "乒乓球公开赛决赛落幕", "游泳锦标赛再破纪录");
  private static final List<String> HEALTH = List.of("医院开展义诊活动", "流感疫苗接种开始预约", "医保报销范围扩大",
      "社区医生上门随访", "专家提醒冬季预防流感", "医院新增儿科门诊");

  @Test
  void aTinyModelLearnsItsExamplesAndSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
    List<LabelledArticle> articles = new ArrayList<>();
    SPORTS.forEach(h -> articles.add(LabelledArticle.ofTopic("s", h, "", "sports")));
    HEALTH.forEach(h -> articles.add(LabelledArticle.ofTopic("h", h, "", "health")));

    TopicModel model = new TopicModelTrainer(new TopicModelTrainer.Options(20, 0.5, 1, 1000, 1, 7)).train(articles);
    Path file = dir.resolve("model.gz");
    model.write(file);
    TopicModel read = TopicModel.read(file);

    assertThat(read.topics()).containsExactly("health", "sports");
    Map<String, Double> p = read.probabilities("女排联赛首轮告捷", "");
    assertThat(p.get("sports")).isGreaterThan(0.5);
    assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-6));
    assertThat(read.probabilities("医院开展义诊活动", "").get("health")).isGreaterThan(0.5);
    // no word the model knows: no opinion
    assertThat(read.probabilities("ZZZ", "")).isEmpty();
  }

  @Test
  void aCorpusArticlesHeadlineIsItsFirstLineOnly(@TempDir Path dir) throws Exception {
    // Both sides of the line break are Chinese: normalising first would join them into one headline
    String text = "男篮主场大胜对手\n本报讯 昨晚，市男篮在主场以98比80战胜对手，取得三连胜。";
    String line = "{\"source\": \"sina2018\", \"label\": \"sports\", \"text\": \"" + text.replace("\n", "\\n")
        + "\"}";
    Files.writeString(dir.resolve("corpus.jsonl"), line + "\n");

    List<LabelledArticle> read = new TopicCorpus(new TopicClassifier(Taxonomy.standard()))
        .read(dir, TopicCorpus.splitOf(text));

    assertThat(read).singleElement().satisfies(a -> {
      assertThat(a.headline()).isEqualTo("男篮主场大胜对手");
      assertThat(a.text()).startsWith("本报讯").contains("三连胜");
      assertThat(a.topic()).isEqualTo("sports");
    });
  }

  @Test
  void topicsWithTooFewExamplesAreLeftToTheTaxonomy() {
    List<LabelledArticle> articles = new ArrayList<>();
    SPORTS.forEach(h -> articles.add(LabelledArticle.ofTopic("s", h, "", "sports")));
    HEALTH.forEach(h -> articles.add(LabelledArticle.ofTopic("h", h, "", "health")));
    articles.add(LabelledArticle.ofTopic("p", "市委常委会召开会议", "", "politics"));

    TopicModel model = new TopicModelTrainer(new TopicModelTrainer.Options(5, 0.5, 1, 1000, 2, 7)).train(articles);

    assertThat(model.topics()).containsExactly("health", "sports");
  }

  @Test
  void oneTopicIsNotEnoughToTrain() {
    List<LabelledArticle> articles = SPORTS.stream().map(h -> LabelledArticle.ofTopic("s", h, "", "sports")).toList();

    assertThatThrownBy(() -> new TopicModelTrainer(TopicModelTrainer.Options.defaults()).train(articles))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two topics");
  }

  @Test
  void aFileThatIsNotATopicModelIsRefusedByName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("model.gz");
    Files.writeString(file, "hello");

    assertThatThrownBy(() -> TopicModel.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString());
  }
}
