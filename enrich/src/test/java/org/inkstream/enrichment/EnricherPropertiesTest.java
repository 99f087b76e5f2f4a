package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;

/** Invariants of enrichment for any text: no exception, and every field within its contract. */
class EnricherPropertiesTest {

  private static final Enricher ENRICHER = Enricher.withDefaults();

  @Property(tries = 100)
  void anyTextEnrichesWithinContract(
      @ForAll @StringLength(max = 400) @CharRange(from = '\u4e00', to = '\u4fff')
          @Chars({'年', '月', '日', '，', '。', '“', '”', ' ', '\n', '1', '2', '3', '0', '—', '至', '昨', '市', '区'})
          String text) {
    Article article = Article.builder().id("p-01").pageId("p").ordinal(1).type(ArticleType.NEWS)
        .headline(text.length() > 10 ? text.substring(0, 10) : text).text(text)
        .provenance(new Provenance("p.txt", List.of(LineRange.of(1)))).build();

    Article enriched = ENRICHER.enrich(article, Page.of("p", "p.txt", text));

    assertThat(enriched.keywords()).hasSizeLessThanOrEqualTo(10)
        .allSatisfy(k -> assertThat(k.length()).isGreaterThanOrEqualTo(2));
    assertThat(enriched.topics()).hasSizeLessThanOrEqualTo(ENRICHER.taxonomy().maxTopics())
        .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(enriched.topic()).isEqualTo(enriched.topics().isEmpty() ? null : enriched.topics().get(0).key());
    assertThat(enriched.fingerprint()).matches("[0-9a-f]{16}");
    assertThat(enriched.entities().persons()).doesNotHaveDuplicates();
    assertThat(enriched.entities().places()).doesNotHaveDuplicates();
    assertThat(enriched.datesMentioned()).isSorted().doesNotHaveDuplicates();
    assertThat(enriched.text()).isEqualTo(text);
  }
}
