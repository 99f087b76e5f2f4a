package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkstream.engine.JumpLine.Direction;
import org.junit.jupiter.api.Test;

class JumpLineTest {

  @Test
  void standalonePointers() {
    assertThat(JumpLine.standalone("详见第六版")).contains(new JumpLine(Direction.POINTS_TO, "第六版"));
    assertThat(JumpLine.standalone("(详见第二版)")).contains(new JumpLine(Direction.POINTS_TO, "第二版"));
    assertThat(JumpLine.standalone("（下转第二版）")).contains(new JumpLine(Direction.CONTINUES_TO, "第二版"));
    assertThat(JumpLine.standalone("（上接A3版）")).contains(new JumpLine(Direction.CONTINUES_FROM, "A3版"));
    assertThat(JumpLine.standalone("详见第六版的报道内容")).isEmpty();
  }

  @Test
  void pointerOpeningAParagraph() {
    String text = "（上接第一版）会议要求,各地要压实责任。";
    assertThat(JumpLine.resumesAt(text)).contains(new JumpLine(Direction.CONTINUES_FROM, "第一版"));
    assertThat(JumpLine.stripResumes(text)).isEqualTo("会议要求,各地要压实责任。");
    assertThat(JumpLine.resumesAt("会议要求(上接第一版)")).isEmpty();
  }

  @Test
  void pointerAtTheEndOfAParagraph() {
    String text = "转化为人们的情感认同和行为习惯。(下转第二版)";
    assertThat(JumpLine.atEnd(text)).contains(new JumpLine(Direction.CONTINUES_TO, "第二版"));
    assertThat(JumpLine.stripAtEnd(text)).isEqualTo("转化为人们的情感认同和行为习惯。");
  }
}
