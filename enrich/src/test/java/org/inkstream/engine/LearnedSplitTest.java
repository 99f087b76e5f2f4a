package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Test;

/**
 * The shipped line labeller, on pages of the kinds the structural rules were not written for (a national paper's
 * hard-wrapped columns with headlines after their bodies and full-width datelines; correspondents abroad with the
 * dateline closing the report). The pages are hand-written for these tests; no model trained on them.
 */
class LearnedSplitTest {

  private final Splitter learned = new Splitter();

  @Test
  void theShippedModelLoadsAndIsSmall() throws IOException {
    assertThat(LineLabeller.shipped()).isPresent();
    try (var in = LineLabeller.class.getResourceAsStream(LineLabeller.RESOURCE)) {
      assertThat(in.readAllBytes().length).isLessThan(20 * 1024 * 1024);
    }
    assertThat(LineLabeller.shipped().get().stages().get(1).getName()).isEqualTo(LineLabeller.MODEL_NAME + "-stage2");
  }

  @Test
  void wrappedColumnsWithTrailingHeadlinesAndFullWidthDatelines() throws IOException {
    List<Article> articles = split("wrapped_fullwidth_trailing.txt");

    assertThat(articles).hasSize(3);
    assertThat(block(articles.get(0))).contains("稳定粮食生产", "全国农村工作会议闭幕");
    assertThat(block(articles.get(1))).contains("上海港集装箱吞吐量创新高");
    assertThat(block(articles.get(2))).contains("广东今年新建改造农村公路五千公里");
    assertThat(articles).extracting(a -> a.byline().reporters())
        .containsExactly(List.of("周立平"), List.of("陈海燕"), List.of("林晓东"));
    assertThat(articles.get(1).text()).startsWith("上海港去年集装箱吞吐量再创新高");
  }

  @Test
  void correspondentsAbroadAreBylinesNotHeadlines() throws IOException {
    List<Article> articles = split("paragraph_correspondents.txt");

    assertThat(articles).extracting(Article::headline)
        .containsExactly("国际社会关注地区和平进程", "两国签署经贸合作协议", "国际油价小幅回落");
    assertThat(articles.get(0).byline().reporters()).containsExactly("王建新");
    assertThat(articles.get(1).byline().reporters()).containsExactly("李明远");
    assertThat(articles.get(2).byline().reporters()).containsExactly("张华");
    assertThat(articles.get(0).text()).doesNotContain("本报驻开罗记者");
  }

  private List<Article> split(String name) throws IOException {
    return learned.split(Page.of(name, name, SplitterPagesTest.read(name))).articles();
  }

  private static String block(Article article) {
    return String.join(" ", article.kicker() == null ? "" : article.kicker(),
        article.headline() == null ? "" : article.headline(), article.subtitle() == null ? "" : article.subtitle());
  }
}
