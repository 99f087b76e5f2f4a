package org.inkstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

  @Test
  void aTraditionalTextIsReadSimplified() {
    assertThat(ChineseText.forAnalysis("台灣同胞　李登輝說：「１９９８年」")).isEqualTo("台湾同胞李登辉说:“1998年”");
  }

  /** HanLP would make 王丙乾 王丙干 and 程式化 程序化: a text with no traditional character keeps its own. */
  @Test
  void aSimplifiedTextKeepsItsCharactersAndWords() {
    assertThat(ChineseText.forAnalysis("王丙乾出席，程式化的「讲话」")).isEqualTo("王丙乾出席,程式化的“讲话”");
  }

  @Test
  void oneTraditionalCharacterMakesTheTextTraditional() {
    assertThat(ChineseText.forAnalysis("乾隆年間")).isEqualTo("乾隆年间");
  }
}
