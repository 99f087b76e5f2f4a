package org.inkstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassHistogramTest {

  private static final String BEFORE = """
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:         12000        960000  [B (java.base@17.0.15)
         2:          9000        216000  java.lang.String (java.base@17.0.15)
         3:            10           800  org.inkstream.Cache$Node
      Total         21010       1176800
      """;

  private static final String AFTER = """
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:         12100        968000  [B (java.base@17.0.15)
         2:          8000        192000  java.lang.String (java.base@17.0.15)
         3:          5000        400000  org.inkstream.Cache$Node
         4:             3            72  org.inkstream.NewThing
      Total         25103       1560072
      """;

  @Test
  void readsTheRowsOfTheDiagnosticCommandAndSkipsHeaderAndTotal() {
    ClassHistogram histogram = ClassHistogram.parse(BEFORE);
    assertThat(histogram.classes()).containsOnlyKeys("[B", "java.lang.String", "org.inkstream.Cache$Node");
    assertThat(histogram.classes().get("java.lang.String")).isEqualTo(new ClassHistogram.Entry(9000, 216000));
  }

  @Test
  void namesTheClassesThatGrewMostAndLeavesOutThoseThatShrank() {
    List<ClassHistogram.Growth> growers = ClassHistogram.parse(AFTER).topGrowersSince(ClassHistogram.parse(BEFORE), 2);
    assertThat(growers).extracting(ClassHistogram.Growth::className).containsExactly("org.inkstream.Cache$Node", "[B");
    assertThat(growers.get(0).bytesGrown()).isEqualTo(399_200);
    assertThat(growers.get(0).instancesGrown()).isEqualTo(4990);
  }

  @Test
  void aClassNewSinceTheFirstHistogramGrewFromNothing() {
    List<ClassHistogram.Growth> growers = ClassHistogram.parse(AFTER).topGrowersSince(ClassHistogram.parse(BEFORE), 10);
    assertThat(growers).anySatisfy(g -> {
      assertThat(g.className()).isEqualTo("org.inkstream.NewThing");
      assertThat(g.before().bytes()).isZero();
    });
  }

  @Test
  void seesObjectsThisJvmKeepsAlive() {
    List<long[]> kept = new ArrayList<>();
    ClassHistogram before = ClassHistogram.ofThisJvm();
    for (int i = 0; i < 20_000; i++) {
      kept.add(new long[16]);
    }
    ClassHistogram after = ClassHistogram.ofThisJvm();
    assertThat(after.topGrowersSince(before, 3)).extracting(ClassHistogram.Growth::className).contains("[J");
    assertThat(kept).hasSize(20_000);
  }
}
