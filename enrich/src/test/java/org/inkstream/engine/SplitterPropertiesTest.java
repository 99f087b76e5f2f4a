package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.inkstream.core.Page;

/**
 * Invariants of the splitter for any input: it returns (in bounded time) or throws its one typed exception for
 * over-size pages, and every non-blank line lands in exactly one article or leftover.
 */
class SplitterPropertiesTest {

  /** Characters of newspaper text plus the punctuation and markers the engine reacts to. */
  private static final String PAGE_CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
      + "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由"
      + "讯报记者通讯员摄版转接详见导读时评系列新华社日电消息，。！？、；：“”（）()#●□—…0123456789 \t";

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Splitter splitter = new Splitter();

  @Property(tries = 300)
  void pageLikeTextAccountsForEveryLine(@ForAll("pageLike") String text) {
    SplitInvariant.assertEveryLineOnce(text, splitter.split(Page.of("p", "p.txt", text)));
  }

  @Property(tries = 200)
  void anyStringAccountsForEveryLine(@ForAll @Size(max = 2000) String text) {
    SplitInvariant.assertEveryLineOnce(text, splitter.split(Page.of("p", "p.txt", text)));
  }

  @Property(tries = 100)
  void binaryNoiseAccountsForEveryLine(@ForAll @Size(max = 4000) byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    SplitInvariant.assertEveryLineOnce(text, splitter.split(Page.of("p", "p.txt", text)));
  }

  @Property(tries = 100)
  void punctuationOnlyAccountsForEveryLine(@ForAll("punctuation") String text) {
    SplitInvariant.assertEveryLineOnce(text, splitter.split(Page.of("p", "p.txt", text)));
  }

  @Example
  void emptyPageHasNothing() {
    PageSplit split = splitter.split(Page.of("p", "p.txt", ""));
    assertThat(split.articles()).isEmpty();
    assertThat(split.leftovers()).isEmpty();
  }

  @Example
  void oneLinePageIsOneReport() {
    String text = "本报讯 记者张三报道:今天天气很好。";
    PageSplit split = splitter.split(Page.of("p", "p.txt", text));
    assertThat(split.articles()).singleElement()
        .satisfies(a -> assertThat(a.byline().reporters()).containsExactly("张三"));
  }

  /**
   * A megabyte of page-like text: far inside the time a stage may spend on a page. Measured in CPU time of this thread,
   * so that a busy build machine does not fail it; throughput itself is the benchmark's business.
   */
  @Example
  void megabytePageSplitsInBoundedTime() {
    String text = megabyte();
    long start = CPU.getCurrentThreadCpuTime();
    PageSplit split = splitter.split(Page.of("p", "p.txt", text));
    assertThat(Duration.ofNanos(CPU.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofSeconds(10));
    SplitInvariant.assertEveryLineOnce(text, split);
  }

  /** One megabyte-long line full of dateline and byline openings: no regex may backtrack on it. */
  @Example
  void megabyteLineSplitsInBoundedTime() {
    String text = "本报讯（记者张三 通讯员".repeat(90_000) + "\n" + "（记者 ".repeat(200_000) + "摄";
    long start = CPU.getCurrentThreadCpuTime();
    PageSplit split = splitter.split(Page.of("p", "p.txt", text));
    assertThat(Duration.ofNanos(CPU.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofSeconds(10));
    SplitInvariant.assertEveryLineOnce(text, split);
  }

  /** Long lines of Han words apart by spaces, as small ads and tables print: no field pattern may backtrack on them. */
  @Example
  void longLinesOfSpacedWordsSplitInBoundedTime() {
    String line = "精制牙粉每盒一角各大药房均有出售 价格克己南京路三号".repeat(2_000) + "，\n";
    String text = "广告\n" + line.repeat(20);
    long start = CPU.getCurrentThreadCpuTime();
    PageSplit split = splitter.split(Page.of("p", "p.txt", text));
    assertThat(Duration.ofNanos(CPU.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofSeconds(10));
    SplitInvariant.assertEveryLineOnce(text, split);
  }

  /** Hundreds of thousands of title-like lines in a row: one huge headline run must not cost more than linear time. */
  @Example
  void manyShortLinesSplitInBoundedTime() {
    String text = "新闻标题\n本报讯 记者张三报道:正文。\n".repeat(20_000) + "短标题\n".repeat(200_000);
    long start = CPU.getCurrentThreadCpuTime();
    PageSplit split = splitter.split(Page.of("p", "p.txt", text));
    assertThat(Duration.ofNanos(CPU.getCurrentThreadCpuTime() - start)).isLessThan(Duration.ofSeconds(10));
    SplitInvariant.assertEveryLineOnce(text, split);
  }

  @Example
  void overSizePageIsRefusedWithTheEngineException() {
    Splitter small = new Splitter(new SplitterConfig(100));
    String text = "字".repeat(101);
    assertThatThrownBy(() -> small.split(Page.of("big", "big.txt", text)))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("big").hasMessageContaining("101");
  }

  @Example
  void defaultLimitRefusesMoreThanTwoMillionCharacters() {
    String text = "字".repeat(Splitter.MAX_PAGE_CHARS + 1);
    assertThatThrownBy(() -> splitter.split(Page.of("big", "big.txt", text))).isInstanceOf(EngineException.class);
  }

  @Example
  void configRejectsNonPositiveLimit() {
    assertThatThrownBy(() -> new SplitterConfig(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  static String megabyte() {
    StringBuilder page = new StringBuilder();
    int n = 0;
    while (page.length() < 1_000_000) {
      page.append("标题第").append(n++).append("号新闻\n\n本报讯（记者张三 通讯员李四）正文内容，").append("句子很长".repeat(20))
          .append("。\n\n第二段内容").append("继续叙述".repeat(15)).append("\n\n完。\n\n");
    }
    return page.toString();
  }

  @Provide
  Arbitrary<String> pageLike() {
    Arbitrary<String> marker = Arbitraries.of("本报讯（记者张三 通讯员李四）今天", "本报记者 王五", "（记者 赵六 摄）", "（下转第二版）",
        "详见第六版", "今日导读", "香城时评", "聚焦系列报道 ①", "# 标题", "● 小标题", "项目\t单位\t结果", "\uDBC0\uDCCA\uDBC0\uDC91",
        "着 力 提 升 政 务 服 务", "新华社北京12月1日电", "——某某侧记", "湖北荆州：", "（上接第一版）", "张三", "", " ");
    Arbitrary<String> text = Arbitraries.strings().withChars(PAGE_CHARS).ofMaxLength(120);
    return Arbitraries.oneOf(marker, text, text).list().ofMaxSize(80).map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<String> punctuation() {
    return Arbitraries.strings().withChars("，。！？、；：“”（）()#●□—…\n \t·\r").ofMaxLength(500);
  }
}
