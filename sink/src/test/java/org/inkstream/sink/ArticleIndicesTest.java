package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleIndicesTest {

  private final ArticleIndices indices = new ArticleIndices("articles");

  @Test
  void namesTheMonthOfTheEdition() {
    assertThat(indices.forEdition(LocalDate.of(2024, 5, 31), LocalDate.of(2026, 1, 1))).isEqualTo("articles-2024.05");
  }

  @Test
  void anArticleWithoutEditionDateGoesToThisMonth() {
    assertThat(indices.forEdition(null, LocalDate.of(2026, 11, 22))).isEqualTo("articles-2026.11");
  }

  @Test
  void everyMonthlyIndexMatchesTheTemplatePattern() {
    assertThat(indices.pattern()).isEqualTo("articles-*");
    assertThat(indices.monthly(java.time.YearMonth.of(1999, 12))).startsWith("articles-").isEqualTo("articles-1999.12");
  }
}
