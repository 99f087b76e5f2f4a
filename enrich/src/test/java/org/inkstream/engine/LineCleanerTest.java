package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCleanerTest {

  @Test
  void closesLetterSpacing() {
    boolean[] doubled = new boolean[1];
    assertThat(LineCleaner.clean("着 力 提 升 政 务 服 务 标 准 化 水", doubled)).isEqualTo("着力提升政务服务标准化水");
    // a title with one meaningful space keeps it
    assertThat(LineCleaner.clean("点滴文明 幸福生活", doubled)).isEqualTo("点滴文明 幸福生活");
  }

  @Test
  void dropsPrivateUseGlyphs() {
    boolean[] doubled = new boolean[1];
    assertThat(LineCleaner.clean("微课堂 \uDBC0\uDCCA\uDBC0\uDC91\uE001", doubled)).isEqualTo("微课堂");
    assertThat(LineCleaner.clean("\uDBC0\uDCCA\uDBC0\uDC91", doubled)).isEmpty();
  }

  @Test
  void undoesDoubledPrint() {
    boolean[] doubled = new boolean[1];
    assertThat(LineCleaner.clean("荆报微课堂荆报微课堂", doubled)).isEqualTo("荆报微课堂");
    assertThat(doubled[0]).isTrue();
    assertThat(LineCleaner.clean("荆报微课堂", doubled)).isEqualTo("荆报微课堂");
    assertThat(doubled[0]).isFalse();
  }
}
