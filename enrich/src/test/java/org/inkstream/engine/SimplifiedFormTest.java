package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifiedFormTest {

  @Test
  void traditionalCharactersReadAsSimplifiedOneForOne() {
    String printed = "本報北京１月１日訊（記者 劉子富）據新華社電，臺灣後來";

    String simplified = SimplifiedForm.of(printed);

    assertThat(simplified).isEqualTo("本报北京１月１日讯（记者 刘子富）据新华社电，台湾后来");
    assertThat(simplified).hasSameSizeAs(printed);
  }

  @Test
  void simplifiedLatinAndPunctuationAreLeftAlone() {
    String text = "本报讯（记者 王明）市政府昨日召开会议, ABC 123。";

    assertThat(SimplifiedForm.of(text)).isSameAs(text);
  }

  @Test
  void aTraditionalPageGetsTheCuesOfItsSimplifiedTwin() {
    String traditional = """
        全市部署防汛抗旱工作
        本報訊（記者 王明）市政府昨日召開防汛工作會議，部署全市防汛抗旱工作。
        會議指出，今年汛期降雨偏多，防汛抗旱形勢嚴峻，各部門要壓實責任。
        """;
    String simplified = """
        全市部署防汛抗旱工作
        本报讯（记者 王明）市政府昨日召开防汛工作会议，部署全市防汛抗旱工作。
        会议指出，今年汛期降雨偏多，防汛抗旱形势严峻，各部门要压实责任。
        """;

    List<String> fromTraditional = LineFeatures.of(traditional).get(1).features();
    List<String> fromSimplified = LineFeatures.of(simplified).get(1).features();

    // What the model reads off the text itself: the dateline and the line's first characters.
    assertThat(fromTraditional).contains("dateline", "prefix2=本报").doesNotContain("prefix2=本報");
    assertThat(fromTraditional.stream().filter(f -> f.startsWith("prefix") || f.startsWith("suffix")).toList())
        .isEqualTo(fromSimplified.stream().filter(f -> f.startsWith("prefix") || f.startsWith("suffix")).toList());
  }
}
