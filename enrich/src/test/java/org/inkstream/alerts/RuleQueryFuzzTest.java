package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.inkstream.core.Article;
import org.inkstream.core.Entities;

/**
 * Any query a person can type either compiles or fails with {@link InvalidRuleException}, and a compiled rule never
 * fails while matching: a bad rule must be caught when it is stored, not crash a stream thread later.
 */
class RuleQueryFuzzTest {

  private static final List<Article> ARTICLES = List.of(
      Articles.of("省防办检查防汛工作", "工作组要求做好防汛抗旱准备，强化预案演练。"),
      Articles.builder("会议", "张三主持。").entities(new Entities(List.of("张三"), null, null)).topic("emergency")
          .build());

  @Property(tries = 1000)
  void anyQueryCompilesOrIsAnInvalidRule(
      @ForAll @NotBlank @StringLength(max = 40)
      @Chars({'防', '汛', '抗', '旱', '演', '练', '张', '三', 'a', 'b', '1', ' ', '(', ')', '"', '*', '?', '~', '^', ':',
          '/', '[', ']', '{', '}', '+', '-', '!', '\\', '&', '|', '、', '，', '（', '.', '>', '=', '<'})
      @Chars({'A', 'N', 'D', 'O', 'R', 'T'}) String query) {
    for (String text : List.of(query, "headline:" + query, "entities.persons:" + query, "topic:(" + query + ")")) {
      RuleMatcher matcher;
      try {
        matcher = new RuleMatcher(List.of(AlertRule.of("fuzz", "fuzz", text)));
      } catch (InvalidRuleException expected) {
        // (invalid rule) the documented failure: it names the rule
        assertThat(expected.ruleId()).isEqualTo("fuzz");
        Statistics.collect("invalid");
        continue;
      }
      Statistics.collect("compiles");
      for (Article article : ARTICLES) {
        matcher.match(article, Instant.EPOCH).forEach(alert -> assertThat(alert.ruleId()).isEqualTo("fuzz"));
      }
    }
  }
}
