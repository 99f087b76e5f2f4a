package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.junit.jupiter.api.Test;

/**
 * The example rules on real seed pages, split by the engine the topology runs. Assertions name articles by headline,
 * not by ordinal, so that a better splitter does not break them.
 */
class SeedPagesTest {

  private static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");

  @Test
  void floodControlRuleFiresOnTheFloodInspectionReport() throws IOException {
    RuleMatcher matcher = new RuleMatcher(RuleFile.read(Articles.ROOT.resolve("deploy/rules.example.yaml")));
    List<Article> articles = Articles.ofSeed("000_5df28f67ff30171a.txt");

    List<Alert> flood = articles.stream()
        .flatMap(article -> matcher.match(article, AT).stream())
        .filter(alert -> alert.ruleId().equals("flood-control"))
        .toList();

    // Given page 000 (咸宁日报), whose report 省防办来咸检查 防汛抗旱准备工作 mentions 演练 in its text only:
    // the rule excludes drills by headline, so it fires, once, on that report.
    assertThat(flood).hasSize(1);
    Alert alert = flood.get(0);
    assertThat(alert.headline()).contains("防汛抗旱准备工作");
    assertThat(alert.matchedTerms()).contains("防汛", "抗旱").doesNotContain("演练");
    assertThat(alert.snippet()).contains("<em>防汛抗旱</em>");
    assertThat(alert.provenance().file()).isEqualTo("000_5df28f67ff30171a.txt");
    assertThat(alert.provenance().lines()).isNotEmpty();
  }

  @Test
  void aNotOnTheWholeTextWouldHaveMissedIt() {
    // The brief's first idea, (防汛 OR 洪水) AND NOT 演练, loses this report: it says 强化预案演练 in passing.
    RuleMatcher naive = new RuleMatcher(List.of(AlertRule.of("naive", "naive", "(防汛 OR 洪水) AND NOT 演练")));
    Article report = Articles.ofSeed("000_5df28f67ff30171a.txt").stream()
        .filter(article -> article.headline().contains("防汛抗旱准备工作"))
        .findFirst()
        .orElseThrow();

    assertThat(naive.match(report, AT)).isEmpty();
  }

  @Test
  void noExampleRuleFiresOnAPageWithoutItsTopics() throws IOException {
    RuleMatcher matcher = new RuleMatcher(RuleFile.read(Articles.ROOT.resolve("deploy/rules.example.yaml")));

    // Page 001 (front page: diplomacy, public security, development) has none of the watched topics.
    List<Alert> alerts = Articles.ofSeed("001_87c94bae99bfe419.txt").stream()
        .flatMap(article -> matcher.match(article, AT).stream())
        .toList();

    assertThat(alerts).isEmpty();
  }
}
