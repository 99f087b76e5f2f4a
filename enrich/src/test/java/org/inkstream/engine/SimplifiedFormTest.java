package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Page;
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

    // The whole page is read as its simplified twin: the rules' kinds and reading too, not only the text cues.
    assertThat(fromTraditional).contains("dateline", "prefix2=本报", "kind=DATELINE").doesNotContain("prefix2=本報");
    assertThat(LineFeatures.of(traditional)).isEqualTo(LineFeatures.of(simplified));
  }

  @Test
  void aTraditionalPageIsSplitAsItsTwinAndWrittenAsPrinted() {
    String traditional = """
        全市部署防汛抗旱工作

        本報訊（記者 王偉 通訊員 陳麗）市政府昨日召開防汛工作會議，部署全市防汛抗旱工作。
        會議指出，今年汛期降雨偏多，防汛抗旱形勢嚴峻，各部門要壓實責任。（下轉第二版）

        高新區新建學校今秋開學

        本報訊（記者 劉華）高新區新建學校今秋開學，可提供學位三千個，緩解片區入學壓力。
        新建學校配備了現代化的教學設施，教師隊伍已經到位。
        """;

    PageSplit split = new Splitter().split(Page.of("trad", "trad.txt", traditional));

    assertThat(split.articles()).hasSize(2);
    Article first = split.articles().get(0);
    // found by the rules' simplified patterns (讯, 记者, 通讯员, 下转), written with the page's own characters
    assertThat(first.headline()).isEqualTo("全市部署防汛抗旱工作");
    assertThat(first.byline().reporters()).containsExactly("王偉");
    assertThat(first.byline().correspondents()).containsExactly("陳麗");
    assertThat(first.jump().continuesTo()).isNotEmpty();
    assertThat(first.text()).startsWith("市政府昨日召開防汛工作會議").doesNotContain("会议").doesNotContain("下轉");
    Article second = split.articles().get(1);
    assertThat(second.headline()).isEqualTo("高新區新建學校今秋開學");
    assertThat(second.byline().reporters()).containsExactly("劉華");
    assertThat(second.text()).contains("教師隊伍已經到位");
  }
}
