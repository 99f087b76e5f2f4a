package org.inkstream.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inkstream.corpus.Split;
import org.junit.jupiter.api.Test;

class PaperHeadlinesTest {

  /** A filer that knows a few words: sure of 球 and 赛, of 会见, and unsure of everything else. */
  private static final Function<String, Map<String, Double>> FILING = headline -> {
    if (headline.contains("赛") || headline.contains("球")) {
      return Map.of("sports", 0.9, "international", 0.05, "economy", 0.05);
    }
    if (headline.contains("会见")) {
      return Map.of("sports", 0.05, "international", 0.9, "economy", 0.05);
    }
    return Map.of("sports", 0.34, "international", 0.33, "economy", 0.33);
  };

  private static List<PaperHeadlines.Printed> day(String... headlines) {
    return PaperHeadlines.days(Arrays.stream(headlines).map(h -> "1997-06-02 " + h).toList()).get(0);
  }

  /** Every part of the split at once: the test must not depend on which part a headline hashes to. */
  private static List<LabelledArticle> labelled(PaperHeadlines headlines, List<PaperHeadlines.Printed> day) {
    return Arrays.stream(Split.values()).flatMap(split -> headlines.label(day, split).stream()).toList();
  }

  private static String topicOf(List<LabelledArticle> labelled, String headline) {
    return labelled.stream().filter(a -> a.headline().equals(headline)).map(LabelledArticle::topic)
        .findFirst().orElse(null);
  }

  @Test
  void anUnsureHeadlineTakesTheTopicOfItsSection() {
    PaperHeadlines headlines = new PaperHeadlines(FILING, PaperHeadlines.Options.defaults());
    List<LabelledArticle> labelled = labelled(headlines, day(
        "中国女排三比零胜古巴", "全国田径锦标赛决出六项冠军", "令人失望的较量", "足球联赛第五轮战罢", "世界杯外围赛再胜"));

    assertThat(topicOf(labelled, "令人失望的较量")).isEqualTo("sports");
  }

  @Test
  void aHeadlineThatNamesItsTopicKeepsItAmongOthers() {
    PaperHeadlines headlines = new PaperHeadlines(FILING, PaperHeadlines.Options.defaults());
    List<LabelledArticle> labelled = labelled(headlines, day(
        "中国女排三比零胜古巴", "全国田径锦标赛决出六项冠军", "李鹏会见日本客人", "足球联赛第五轮战罢"));

    assertThat(topicOf(labelled, "李鹏会见日本客人")).isEqualTo("international");
  }

  @Test
  void aHeadlineNobodyIsSureOfGetsNoLabel() {
    PaperHeadlines headlines = new PaperHeadlines(FILING, PaperHeadlines.Options.defaults());
    List<LabelledArticle> labelled = labelled(headlines, day("令人失望的较量", "送给孩子的书", "天山深处雪莲花"));

    assertThat(labelled).isEmpty();
  }

  @Test
  void rubricsAreNeitherLabelledNorNeighbours() {
    PaperHeadlines headlines = new PaperHeadlines(FILING, new PaperHeadlines.Options(1, 1.0, 0.6));
    List<LabelledArticle> labelled = labelled(headlines, day(
        "中国女排三比零胜古巴", "图片", "令人失望的较量", "友好往来", "李鹏会见日本客人"));

    assertThat(labelled).extracting(LabelledArticle::headline).doesNotContain("图片", "友好往来");
    // With a window of one, the rubric 图片 would have been the only neighbour before 较量; passed over, the section
    // is the sports report on one side and the visit on the other, which settles nothing.
    assertThat(topicOf(labelled, "令人失望的较量")).isNull();
  }

  @Test
  void readsDaysInPrintedOrderOnceEachWithoutPhotoNotes() {
    List<List<PaperHeadlines.Printed>> days = PaperHeadlines.days(List.of("### 1997年06月",
        "1997-06-01 千名儿童会操天安门广场", "1997-06-01 飞越黄河（图片）", "1997-06-01 飞越黄河",
        "1997-06-02 惠及农民的善举", "not a headline line"));

    assertThat(days).hasSize(2);
    assertThat(days.get(0)).extracting(PaperHeadlines.Printed::headline)
        .containsExactly("千名儿童会操天安门广场", "飞越黄河");
    assertThat(days.get(1)).extracting(PaperHeadlines.Printed::day).containsExactly("1997-06-02");
  }
}
