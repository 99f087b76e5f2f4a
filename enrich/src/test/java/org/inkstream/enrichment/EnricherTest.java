package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Entities;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnricherTest {

  /** One enricher for all tests, as in production: the accurate segmentation loads its models once. */
  private static final Enricher ENRICHER = Enricher.withDefaults();

  @Test
  void enrichesASeedArticle() {
    SeedGold.Item item = item("003", "a3");
    Page page = withEdition(item.page(), LocalDate.of(2023, 12, 12));

    Article enriched = ENRICHER.enrich(item.article(), page);

    assertThat(enriched.topic()).isEqualTo("law_safety");
    assertThat(enriched.topics()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    // the byline's reporters write the article; they are not persons it mentions
    assertThat(enriched.entities().persons()).contains("周向阳", "袁军红")
        .doesNotContain("严德勇", "王建宏", "张锐", "周龙");
    assertThat(enriched.entities().places()).contains("石首市", "松滋市", "南海镇");
    assertThat(enriched.keywords()).hasSizeBetween(5, 10)
        .allSatisfy(k -> assertThat(k.length()).isGreaterThanOrEqualTo(2));
    assertThat(enriched.datesMentioned()).contains(LocalDate.of(2023, 12, 10));
    assertThat(enriched.fingerprint()).matches("[0-9a-f]{16}");
    assertThat(enriched.editionDate()).isEqualTo(LocalDate.of(2023, 12, 12));
    assertThat(enriched.editionDateInferred()).isFalse();
    // text and headline stay as printed
    assertThat(enriched.text()).isEqualTo(item.article().text());
    System.out.println("keywords of 003/a3: " + enriched.keywords());
  }

  @Test
  void theDatelinesPlaceIsAPlaceTheArticleNames() {
    Article filed = article("15日，苏炳添在暨南大学为100名学生开课讲授短跑技巧。").toBuilder().datelinePlace("广州")
        .build();
    Article fromABody = article("安理会今天一致通过决议，呼吁各方停火。").toBuilder().datelinePlace("联合国").build();
    Page page = Page.of("p", "p.txt", "");

    Entities entities = ENRICHER.enrich(filed, page).entities();
    assertThat(entities.places()).containsExactly("广州");
    assertThat(entities.keys()).contains("广州市");
    // 联合国 sends the report but is no place
    assertThat(ENRICHER.enrich(fromABody, page).entities().places()).doesNotContain("联合国");
  }

  @Test
  void everySeedArticleGetsKeywords() {
    for (SeedGold.Item item : SeedGold.items()) {
      Article enriched = ENRICHER.enrich(item.article(), item.page());
      System.out.printf("%s %s %s %s%n", item.page().id().substring(0, 3), item.goldId(), enriched.keywords(),
          enriched.datesMentioned());
      if (item.article().text().length() > 300) {
        assertThat(enriched.keywords()).as(item.goldId()).hasSizeBetween(5, 10);
      }
      for (String credited : Enricher.creditedNames(item.article().byline())) {
        assertThat(enriched.keywords()).noneMatch(k -> k.contains(credited));
      }
    }
  }

  @Test
  void traditionalPrintGivesTheSameAnalysis() {
    for (String id : List.of("a3", "a4", "a5")) {
      SeedGold.Item item = item("003", id);
      Article simplified = item.article();
      // Given the same article printed in traditional characters (converted with the library the analysis uses)
      Article traditional = simplified.toBuilder()
          .headline(HanLP.convertToTraditionalChinese(simplified.headline()))
          .text(HanLP.convertToTraditionalChinese(simplified.text()))
          .build();
      assertThat(traditional.text()).isNotEqualTo(simplified.text());

      Article a = ENRICHER.enrich(simplified, item.page());
      Article b = ENRICHER.enrich(traditional, item.page());

      assertThat(b.topics()).isEqualTo(a.topics());
      assertThat(b.entities()).isEqualTo(a.entities());
      assertThat(b.keywords()).isEqualTo(a.keywords());
      assertThat(b.datesMentioned()).isEqualTo(a.datesMentioned());
      assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
      assertThat(b.text()).as("kept as printed").isEqualTo(traditional.text());
    }
  }

  @Test
  void infersTheEditionDateFromTheMasthead() {
    Article article = article("本报讯 记者昨日获悉,11月21日,全市召开防汛抗旱工作会议。");
    Page page = Page.of("p1", "p1.txt", "咸宁日报\n2023年11月22日 星期三\n" + article.text());

    Article enriched = ENRICHER.enrich(article, page);

    assertThat(enriched.editionDate()).isEqualTo(LocalDate.of(2023, 11, 22));
    assertThat(enriched.editionDateInferred()).isTrue();
    assertThat(enriched.datesMentioned()).containsExactly(LocalDate.of(2023, 11, 21));
  }

  @Test
  void withoutAnyDateMonthDaysStayUnresolved() {
    Article article = article("本报讯 11月21日,全市召开防汛抗旱工作会议。");

    Article enriched = ENRICHER.enrich(article, Page.of("p2", "p2.txt", article.text()));

    assertThat(enriched.editionDate()).isNull();
    assertThat(enriched.datesMentioned()).isEmpty();
  }

  @Test
  void storyIndexGroupsReprints() {
    Enricher enricher = Enricher.create(EnricherConfig.defaults()
        .withStoryIndex(new StoryIndex(3, 1000, Duration.ofDays(7))));
    Article original = item("003", "a3").article();
    Article reprint = original.toBuilder().id("other-paper-01").pageId("other-paper")
        .headline("荆州平安建设纪实").text(original.text().replace("，", ",")).build();
    Article unrelated = item("003", "a4").article();

    LocalDate edition = LocalDate.of(2023, 12, 12);
    Page page = withEdition(item("003", "a3").page(), edition);

    String story = enricher.enrich(original, page).storyId();

    // the reprint appears in another paper two days later
    Page otherPaper = withEdition(Page.of("other-paper", "x.txt", ""), edition.plusDays(2));
    assertThat(enricher.enrich(reprint, otherPaper).storyId()).isEqualTo(story);
    assertThat(enricher.enrich(unrelated, page).storyId()).isNotEqualTo(story);
  }

  @Test
  void userTaxonomyReplacesTheStandardOne(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file,
        "{\"topics\": [{\"key\": \"flood\", \"terms\": {\"5\": [\"防汛\", \"抗旱\"]}}]}");
    Enricher enricher = Enricher.create(EnricherConfig.defaults().withTaxonomyFile(file));

    Article enriched = enricher.enrich(article("本报讯 全市召开防汛抗旱工作会议。"), Page.of("p", "p.txt", ""));

    assertThat(enriched.topic()).isEqualTo("flood");
    assertThat(enricher.taxonomy().keys()).isEqualTo(List.of("flood"));
  }

  @Test
  void concurrentEnrichmentGivesTheSequentialResults() throws Exception {
    List<SeedGold.Item> items = SeedGold.items();
    List<Article> sequential = items.stream().map(i -> ENRICHER.enrich(i.article(), i.page())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (SeedGold.Item item : items) {
        futures.add(pool.submit(() -> ENRICHER.enrich(item.article(), item.page())));
      }
      for (int i = 0; i < items.size(); i++) {
        // one shared enricher, many threads: same answers as one thread
        assertThat(futures.get(i).get(1, TimeUnit.MINUTES)).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyArticleGetsEmptyFields() {
    Article enriched = ENRICHER.enrich(article(""), Page.of("p", "p.txt", ""));

    assertThat(enriched.topic()).isNull();
    assertThat(enriched.keywords()).isEmpty();
    assertThat(enriched.entities().persons()).isEmpty();
    assertThat(enriched.datesMentioned()).isEmpty();
  }

  private static SeedGold.Item item(String page, String id) {
    return SeedGold.items().stream()
        .filter(i -> i.page().id().startsWith(page) && i.goldId().equals(id))
        .findFirst().orElseThrow();
  }

  private static Page withEdition(Page page, LocalDate edition) {
    return new Page(page.id(), page.paper(), edition, page.pageNumber(), page.pageName(), page.file(), page.text(),
        null, null);
  }

  /** On a page of sports reports, an article whose words say little is filed with its page; alone it is not. */
  @Test
  void aPagesSectionFilesAnArticleItsWordsLeaveOpen() {
    List<Article> page = List.of(
        headed(1, "女排三比零战胜古巴队", "中国女排今晚在亚锦赛小组赛中以三比零战胜古巴队，取得两连胜。"),
        headed(2, "全国田径锦标赛决出六项冠军", "全国田径锦标赛昨天在成都开赛，四川选手获得女子百米冠军。"),
        headed(3, "足球联赛第五轮战罢", "甲级足球联赛第五轮比赛昨天结束，大连队主场二比一取胜，继续领跑积分榜。"),
        headed(4, "看清差距对症下药", "差距是明摆着的，关键在于能否对症下药，找准问题所在。"));
    Page printed = Page.of("p", "p.txt", "");

    Article alone = ENRICHER.enrich(page.get(3), printed);
    Article onItsPage = ENRICHER.enrichPage(page, printed).get(3);
    Article withoutThePage = Enricher.create(EnricherConfig.defaults().withPageTopicWeight(0))
        .enrichPage(page, printed).get(3);

    assertThat(alone.topic()).isNull();
    assertThat(withoutThePage.topics()).isEqualTo(alone.topics());
    assertThat(onItsPage.topic()).isEqualTo("sports");
  }

  private static Article headed(int ordinal, String headline, String text) {
    return Article.builder().id("p-0" + ordinal).pageId("p").ordinal(ordinal).type(ArticleType.NEWS)
        .headline(headline).text(text)
        .provenance(new Provenance("p.txt", List.of(LineRange.of(ordinal))))
        .build();
  }

  private static Article article(String text) {
    return Article.builder().id("p-01").pageId("p").ordinal(1).type(ArticleType.NEWS)
        .headline("会议").text(text)
        .provenance(new Provenance("p.txt", List.of(LineRange.of(1))))
        .build();
  }

}
