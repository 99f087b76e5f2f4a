package org.inkstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCorpusTest {

  @Test
  void readsEveryArticleAndSplitsThemByHash() {
    SourceCorpus corpus = TestArticles.corpus();

    assertThat(corpus.size()).isEqualTo(12);
    assertThat(TestArticles.all()).allSatisfy(a -> assertThat(corpus.part(Split.of(a))).contains(a));
  }

  @Test
  void aBadLineIsNamedWithItsFileAndNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"source\":\"x\",\"id\":\"1\",\"paragraphs\":[\"一段足够长的文字。\"]}\nnot json\n");

    assertThatThrownBy(() -> SourceCorpus.read(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.jsonl:2");
  }

  @Test
  void anEmptyFolderSaysWhereToGetArticles(@TempDir Path dir) {
    assertThatThrownBy(() -> SourceCorpus.read(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("docs/data.md");
  }

  @Test
  void theCorpussOwnDatelineIsLeftOut() {
    SourceArticle article = new SourceArticle("s", "1", "t",
        java.util.List.of("新京报讯 （记者 刘玮）10月30日，某地举行活动。", "第二段。"), null);

    assertThat(article.paragraphs().get(0)).isEqualTo("10月30日，某地举行活动。");
  }
}
