package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.inkstream.alerts.AlertRule;
import org.inkstream.alerts.RuleMatcher;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 2: an alert that no longer holds is retracted, with a tombstone on the alerts topic under its id
 * ({@code rule:article}), whether its article is gone from a corrected page or no longer matches the rule. Read as the
 * sink reads it (the last record per key, a tombstone deletes), the alerts topic then holds exactly the alerts the
 * current articles and rules produce.
 */
class AlertRetractionTest {

  private static final Topics TOPICS = Topics.defaults();
  private static final List<AlertRule> RULES =
      List.of(AlertRule.of("flood", "防汛", "防汛"), AlertRule.of("fire", "火灾", "火灾 OR 消防"));

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> pages;
  private TestOutputTopic<String, String> articles;
  private TestOutputTopic<String, String> alerts;
  /** The articles and the alerts topic as an index holds them: the last value per key, tombstones remove. */
  private final Map<String, Article> articleIndex = new HashMap<>();
  private final Map<String, Alert> alertIndex = new HashMap<>();

  @BeforeEach
  void start() {
    EnrichConfig config = new EnrichConfig("test", "unused:9092", stateDir, TOPICS, 100_000, 100);
    driver = new TopologyTestDriver(EnrichTopology.build(config, lineEngine()), config.streamsProperties());
    pages = driver.createInputTopic(TOPICS.pages(), new StringSerializer(), new ByteArraySerializer());
    articles = driver.createOutputTopic(TOPICS.articles(), new StringDeserializer(), new StringDeserializer());
    alerts = driver.createOutputTopic(TOPICS.alerts(), new StringDeserializer(), new StringDeserializer());
    TestInputTopic<String, String> rules =
        driver.createInputTopic(TOPICS.rules(), new StringSerializer(), new StringSerializer());
    RULES.forEach(rule -> rules.pipeInput(rule.id(), Json.write(rule)));
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldRetractTheAlertsOfAnArticleACorrectedPageNoLongerHas() {
    // Given a page whose second article fires both rules
    send("p", "全市部署防汛工作\n防汛与消防检查同步开展");
    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactlyInAnyOrder("flood:p-01", "flood:p-02", "fire:p-02");

    // When the page is corrected and has only its first article
    send("p", "全市部署防汛工作（更正）");

    // Then both alerts of the second article are retracted, and the first article's alert is published again
    List<TestRecord<String, String>> out = alerts.readRecordsToList();
    assertThat(out).extracting(TestRecord::key).containsExactlyInAnyOrder("flood:p-01", "flood:p-02", "fire:p-02");
    assertThat(out).filteredOn(r -> r.key().endsWith("p-02")).allMatch(r -> r.value() == null);
  }

  @Test
  void shouldRetractAnAlertWhenACorrectedArticleNoLongerMatchesItsRule() {
    send("p", "防汛与消防检查同步开展");
    alerts.readRecordsToList();

    // When the article is corrected: the fire brigade is no longer in it
    send("p", "防汛检查同步开展");

    // Then the flood alert stands (published again, same id) and the fire alert is retracted
    List<TestRecord<String, String>> out = alerts.readRecordsToList();
    assertThat(out).extracting(TestRecord::key).containsExactly("flood:p-01", "fire:p-01");
    assertThat(out.get(0).value()).isNotNull();
    assertThat(out.get(1).value()).isNull();
  }

  @Test
  void shouldLeaveTheAlertsTopicEqualToWhatTheCurrentArticlesAndRulesProduce() {
    // Given pages corrected several times: articles appear, disappear, gain and lose matches
    String[][] versions = {
        {"a", "防汛\n火灾\n会议"},
        {"b", "消防\n防汛 消防"},
        {"a", "防汛 火灾\n会议"},
        {"b", "会议"},
        {"a", "会议\n防汛\n消防\n防汛"},
        {"b", "火灾 防汛\n会议\n消防"},
        {"a", "会议"},
    };
    for (String[] version : versions) {
      send(version[0], version[1]);
      fold();

      // Then after each version the alerts are exactly those the rules fire on the articles that exist now
      assertThat(new TreeSet<>(alertIndex.keySet())).as("alerts after page %s: %s", version[0], version[1])
          .isEqualTo(expectedAlertIds());
    }
  }

  // ----- fixtures

  private void send(String pageId, String text) {
    pages.pipeInput(pageId, Json.writeBytes(Page.of(pageId, pageId + ".txt", text)));
  }

  private void fold() {
    articles.readKeyValuesToList().forEach(kv -> {
      if (kv.value == null) {
        articleIndex.remove(kv.key);
      } else {
        articleIndex.put(kv.key, Json.read(kv.value, Article.class));
      }
    });
    alerts.readKeyValuesToList().forEach(kv -> {
      if (kv.value == null) {
        alertIndex.remove(kv.key);
      } else {
        alertIndex.put(kv.key, Json.read(kv.value, Alert.class));
      }
    });
  }

  /** What the rules, run anew on every current article, fire: the state the alerts index must have. */
  private Set<String> expectedAlertIds() {
    RuleMatcher matcher = RuleMatcher.compile(RULES);
    Set<String> ids = new TreeSet<>();
    articleIndex.values().forEach(article -> matcher.match(article).forEach(alert -> ids.add(alert.id())));
    return ids;
  }

  /** An engine that makes one article of each line, its text the line. */
  private static Function<Page, PageSplit> lineEngine() {
    return page -> {
      List<Article> list = new ArrayList<>();
      String[] lines = page.text().split("\n");
      for (int i = 1; i <= lines.length; i++) {
        list.add(Article.builder().id(Article.idOf(page.id(), i)).pageId(page.id()).ordinal(i)
            .type(ArticleType.NEWS).headline("标题" + i).text(lines[i - 1])
            .provenance(new Provenance(page.file(), List.of(LineRange.of(i)))).build());
      }
      return new PageSplit(list, List.of());
    };
  }
}
