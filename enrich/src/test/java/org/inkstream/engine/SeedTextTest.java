package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Test;

/** What the metrics do not see on the seed pages: the clean text, headline roles and credits of single articles. */
class SeedTextTest {

  private final Splitter splitter = new Splitter();

  @Test
  void duplicatedColumnIsLeftOutOfTheText() throws IOException {
    Article first = articles("000_5df28f67ff30171a.txt").get(0);
    // lines 15-17 repeat lines 37-39 of the third article; they stay in provenance, not in the text
    assertThat(first.text()).doesNotContain("会议指出").endsWith("“跨域通办”工作。");
  }

  @Test
  void oneLineTitleAndSubtitleAreSplit() throws IOException {
    Article feature = articles("000_5df28f67ff30171a.txt").get(5);
    assertThat(feature.headline()).isEqualTo("学史明志 鉴往知来");
    assertThat(feature.subtitle()).isEqualTo("——市文化和旅游局党史学习教育读书班侧记");
    assertThat(feature.subheads()).hasSize(3);
  }

  @Test
  void wrappedLetterSpacedColumnsReadAsText() throws IOException {
    List<Article> articles = articles("003_3fcea7782f4eb9a4.txt");
    assertThat(articles.get(0).text()).contains("着力提升政务服务标准化水平。以政府购买服务方式")
        .contains("自“一窗受理、受审分离”政务服务外包工作开展以来");
    assertThat(articles.get(2).agency()).isEqualTo("光明日报");
    // the boxed study column: no private-use glyphs, no doubled box header in the text
    assertThat(articles.get(8).text()).startsWith("发挥先进典型示范激励作用")
        .doesNotContainPattern("[\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{10FFFF}]");
  }

  @Test
  void captionsInTheMiddleOfASentenceAreTakenOut() throws IOException {
    Article feature = articles("004_c4f9367712752f11.txt").get(0);
    assertThat(feature.captions()).contains("第八届汉江樱桃节活动现场", "奖励“最美劳动者”");
    assertThat(feature.text()).contains("要求各项目党支部按照服务重点项目要求")
        .contains("梁家沟村村民增收致富有门路");
  }

  @Test
  void frontPageCreditsColumnSeriesAndJump() throws IOException {
    List<Article> articles = articles("001_87c94bae99bfe419.txt");
    assertThat(articles.get(3).column()).isEqualTo("香城时评");
    assertThat(articles.get(3).byline().authors()).containsExactly("邓昌炉");
    assertThat(articles.get(5).byline().photographers()).containsExactly("陈红菊");
    assertThat(articles.get(6).series()).isEqualTo("聚焦咸宁文明城市建设系列报道 ①");
    assertThat(articles.get(6).jump().continuesTo()).containsExactly("第二版");
    assertThat(articles.get(6).text()).doesNotContain("下转");
  }

  private List<Article> articles(String file) throws IOException {
    String text = Files.readString(Path.of("..", "seeds", file), StandardCharsets.UTF_8);
    return splitter.split(Page.of(file, file, text)).articles();
  }
}
