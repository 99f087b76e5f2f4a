package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.inkstream.core.Article;
import org.inkstream.core.Provenance;
import org.junit.jupiter.api.Test;

class PrintedFormTest {

  /** Two lines as PageAnalysis reads them, with what the page printed. */
  private final Line title = Line.of(1, "皇后后来回国", 0, false);
  private final Line body = Line.of(3, "据新华社电 皇后后来回国。", 1, false);
  private final PrintedForm printed = new PrintedForm(Map.of(1, "皇后後來回國", 3, "據新華社電 皇后後來回國。"));

  @Test
  void aCharacterPrintedTwoWaysGetsBackTheFormItsPlacePrinted() {
    Article article = Article.builder().id("p-1").pageId("p").ordinal(1)
        .type(org.inkstream.core.ArticleType.NEWS)
        .headline("皇后后来回国")
        .text("皇后后来回国。")
        .provenance(new Provenance("p.txt", List.of()))
        .build();

    Article restored = printed.restore(article, List.of(title, body));

    // 后 stands for 后 in 皇后 and for 後 in 後來: the place each was printed decides
    assertThat(restored.headline()).isEqualTo("皇后後來回國");
    assertThat(restored.text()).isEqualTo("皇后後來回國。");
  }

  @Test
  void leftoversAreThePrintedLines() {
    assertThat(printed.join(List.of(title, body))).isEqualTo("皇后後來回國\n據新華社電 皇后後來回國。");
  }

  @Test
  void aPagePrintedInSimplifiedCharactersIsLeftAsItIs() {
    Article article = Article.builder().id("p-1").pageId("p").ordinal(1)
        .type(org.inkstream.core.ArticleType.NEWS).headline("皇后后来回国").text("皇后后来回国。")
        .provenance(new Provenance("p.txt", List.of())).build();

    assertThat(PrintedForm.NONE.restore(article, List.of(title, body))).isSameAs(article);
  }
}
