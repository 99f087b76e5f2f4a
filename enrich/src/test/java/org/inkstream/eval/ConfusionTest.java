package org.inkstream.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusionTest {

  @Test
  void countsPairsAddsMatricesAndPrintsThem() {
    Confusion page1 = Confusion.empty().with("rural", "rural").with("rural", "economy");
    Confusion page2 = Confusion.empty().with("rural", "rural").with(null, "health");

    Confusion total = page1.plus(page2);

    assertThat(total.count("rural", "rural")).isEqualTo(2);
    assertThat(total.count("rural", "economy")).isEqualTo(1);
    assertThat(total.count(null, "health")).isEqualTo(1);
    assertThat(total.total()).isEqualTo(4);
    assertThat(total.accuracy()).isEqualTo(0.5);
    assertThat(total.values()).containsExactly("-", "economy", "health", "rural");
    assertThat(total.toTable("topic").lines().toList()).hasSize(5)
        .anySatisfy(line -> assertThat(line).startsWith("rural").contains(" 2 ").endsWith("3"));
  }

  @Test
  void anEmptyMatrixIsAllRight() {
    assertThat(Confusion.empty().accuracy()).isEqualTo(1.0);
    assertThat(Confusion.empty().total()).isZero();
  }
}
