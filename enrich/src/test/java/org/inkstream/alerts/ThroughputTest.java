package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inkstream.core.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how many seed articles per second of CPU one thread matches against 50 rules. A print, not a benchmark: it
 * asserts only that the rules did fire, never a time (timings on the shared 2-core machine vary 2-3x).
 */
@Tag("benchmark")
class ThroughputTest {

  private static final List<String> WORDS = List.of("防汛", "抗旱", "洪水", "食品安全", "河长制", "生态环境", "事故",
      "交通", "长江", "疫情", "招商", "营商环境", "学校", "医院", "大数据", "政务服务", "乡村振兴", "党史", "安全生产",
      "信访", "扶贫", "城市建设", "文明", "旅游", "科技");

  @Test
  void printsArticlesPerSecondAgainstFiftyRules() {
    List<AlertRule> rules = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String a = WORDS.get(i % WORDS.size());
      String b = WORDS.get((i * 7 + 3) % WORDS.size());
      String query = i % 2 == 0 ? a + " OR " + b : "(" + a + " OR headline:" + b + ") AND NOT 演练";
      rules.add(AlertRule.of("rule-" + i, a, query));
    }
    RuleMatcher matcher = new RuleMatcher(rules);
    List<Article> articles = new ArrayList<>();
    for (String seed : List.of("000_5df28f67ff30171a.txt", "001_87c94bae99bfe419.txt", "002_316ee59862540308.txt",
        "003_3fcea7782f4eb9a4.txt", "004_c4f9367712752f11.txt")) {
      articles.addAll(Articles.ofSeed(seed));
    }
    Instant at = Instant.now();

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    long alerts = run(matcher, articles, at, 3); // warm-up
    int rounds = 10;
    long wallStart = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    alerts = run(matcher, articles, at, rounds);
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    int matched = articles.size() * rounds;
    long chars = articles.stream().mapToLong(article -> article.text().length()).sum() * rounds;

    // CPU time of this thread, because wall time on a shared machine mostly measures the neighbours.
    System.out.printf("alert matching, one thread, 50 rules: %d articles (%.1f k chars each) in %.2f s CPU "
        + "(%.2f s wall): %.0f articles/s, %.2f M chars/s of CPU; %d alerts%n", matched,
        chars / 1e3 / matched, cpuSeconds, wallSeconds, matched / cpuSeconds, chars / cpuSeconds / 1e6, alerts);
    assertThat(alerts).isPositive();
  }

  private static long run(RuleMatcher matcher, List<Article> articles, Instant at, int rounds) {
    long alerts = 0;
    for (int round = 0; round < rounds; round++) {
      for (Article article : articles) {
        alerts += matcher.match(article, at).size();
      }
    }
    return alerts;
  }
}
