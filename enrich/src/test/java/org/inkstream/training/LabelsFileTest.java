package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsFileTest {

  private static final Set<String> TOPICS = Set.of("rural", "sports");

  @Test
  void readsTextsTopicsTypesAndNoTopic(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("labels.jsonl");
    Files.writeString(file, """
        # corrected in Kibana
        {"id": "p-01", "headline": "春耕备耕全面展开", "text": "本报讯 ……", "topic": "rural", "type": "news"}

        {"text": "今日导读", "topic": null}
        {"headline": "男篮主场大胜对手", "topic": "sports"}
        {"text": "编者按……", "type": "commentary"}
        """);

    List<LabelledArticle> articles = LabelsFile.read(file, TOPICS);

    assertThat(articles).hasSize(4);
    assertThat(articles.get(0)).isEqualTo(new LabelledArticle("p-01", "春耕备耕全面展开", "本报讯 ……", "rural", true,
        "news"));
    assertThat(articles.get(1).topicLabelled()).isTrue();
    assertThat(articles.get(1).topic()).isNull();
    assertThat(articles.get(1).id()).isEqualTo("labels.jsonl:4");
    assertThat(articles.get(3).topicLabelled()).isFalse();
    assertThat(articles.get(3).type()).isEqualTo("commentary");
  }

  @Test
  void writesWhatItReads(@TempDir Path dir) throws Exception {
    List<LabelledArticle> articles = List.of(new LabelledArticle("a", "标题", "正文", "sports", true, "news"),
        new LabelledArticle("b", "", "正文", null, true, null));
    Path file = dir.resolve("out.jsonl");

    LabelsFile.write(file, articles);

    assertThat(LabelsFile.read(file, TOPICS)).isEqualTo(articles);
  }

  @Test
  void aMalformedLineIsNamedByFileAndLine(@TempDir Path dir) throws Exception {
    assertError(dir, "{\"text\": \"甲\", \"topic\": \"rural\"}\n{\"text\": \"乙\", \"topic\": \"rural\"\n",
        "line 2", "not a JSON object");
    assertError(dir, "{\"text\": \"甲\", \"topic\": \"weather\"}\n", "line 1", "unknown topic 'weather'");
    assertError(dir, "{\"topic\": \"rural\"}\n", "line 1", "no \"text\"");
    assertError(dir, "{\"text\": \"甲\"}\n", "line 1", "neither \"topic\" nor \"type\"");
    assertError(dir, "{\"text\": \"甲\", \"type\": \"essay\"}\n", "line 1", "unknown article type 'essay'");
  }

  private static void assertError(Path dir, String content, String line, String message) throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, content);
    assertThatThrownBy(() -> LabelsFile.read(file, TOPICS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining(line).hasMessageContaining(message);
  }
}
