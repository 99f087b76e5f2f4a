package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.Byline;
import org.inkstream.core.Page;
import org.inkstream.enrichment.Enricher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every byline and dateline convention of issue 14, each printed on a page of its own and read by the splitter and
 * the enricher: the credited names land in the byline under their role, leave the article's text, and never count as
 * persons the article mentions; the person the article does mention still does.
 */
class BylineConventionsTest {

  private static final String HEADLINE = "全县水利建设成效显著";
  private static final String BODY = "全县二十个乡镇今年完成了农田水利建设任务，群众十分满意。县委书记周为民说，明年还将继续加大投入，"
      + "确保粮食稳产增产。";
  private static final String BODY_END = "会议要求各地认真落实各项措施，切实保障群众生命财产安全，确保社会大局稳定。";
  private static final Splitter SPLITTER = new Splitter();
  private static final Enricher ENRICHER = Enricher.withDefaults();

  @ParameterizedTest(name = "{0}")
  @MethodSource("conventions")
  void creditedNamesGoToTheBylineOnly(String convention, String page, Byline expected) {
    List<Article> articles = SPLITTER.split(Page.of("p", "p.txt", page)).articles();
    assertThat(articles).hasSize(1);
    Article article = ENRICHER.enrich(articles.get(0), Page.of("p", "p.txt", page));
    assertThat(article.byline()).isEqualTo(expected);
    List<String> credited = Stream.of(expected.reporters(), expected.correspondents(), expected.authors(),
        expected.photographers()).flatMap(List::stream).toList();
    assertThat(article.entities().persons()).contains("周为民").doesNotContainAnyElementsOf(credited);
    assertThat(article.text()).startsWith("全县二十个乡镇").endsWith("大局稳定。");
    credited.forEach(name -> assertThat(article.text()).doesNotContain(name));
  }

  private static Arguments at(String convention, String page, Byline expected) {
    return Arguments.of(convention, HEADLINE + "\n" + page, expected);
  }

  private static Byline reporters(String... names) {
    return new Byline(List.of(names), List.of(), List.of(), List.of());
  }

  static Stream<Arguments> conventions() {
    Byline staffAndLocal = new Byline(List.of("张明华"), List.of("李小红"), List.of(), List.of());
    return Stream.of(
        at("本报讯（记者… 通讯员…）", "本报讯（记者张明华 通讯员李小红）" + BODY + "\n" + BODY_END, staffAndLocal),
        at("本报讯 half-width brackets", "本报讯(记者 张明华 通讯员 李小红)" + BODY + "\n" + BODY_END, staffAndLocal),
        at("本报讯 记者… 报道：", "本报讯 记者张明华 通讯员李小红 报道：" + BODY + "\n" + BODY_END, staffAndLocal),
        at("【本报讯】记者…报道 and an ideographic space", "【本报讯】记者张明华报道\u3000" + BODY + "\n" + BODY_END,
            reporters("张明华")),
        at("本报X地Y月Z日讯, full-width digits", "本报北京１月１日讯记者刘子富报道：" + BODY + "\n" + BODY_END,
            reporters("刘子富")),
        at("本报X地Y月Z日电 记者…报道：", "本报武汉12月1日电 记者张明华报道：" + BODY + "\n" + BODY_END,
            reporters("张明华")),
        at("新华社X地Y月Z日电（记者…、…）", "新华社北京１２月１日电（记者张明华、王建国）" + BODY + "\n" + BODY_END,
            reporters("张明华", "王建国")),
        at("another paper's 讯", "荆州日报讯（记者张明华）" + BODY + "\n" + BODY_END, reporters("张明华")),
        at("closing （新华社记者…） behind the last sentence",
            "新华社北京１２月１日电　" + BODY + "\n" + BODY_END + "（新华社记者周锡生）", reporters("周锡生")),
        at("closing （新华社记者…） on its own line",
            "新华社北京12月1日电 " + BODY + "\n" + BODY_END + "\n（新华社记者周锡生）", reporters("周锡生")),
        at("closing （记者… 通讯员…）", BODY + "\n" + BODY_END + "(记者 张明华 通讯员 李小红)", staffAndLocal),
        at("closing bare name （X） behind the last sentence", BODY + "\n" + BODY_END + "（温宪）", reporters("温宪")),
        at("closing bare names on their own line", BODY + "\n" + BODY_END + "\n（张明华 李小红）",
            reporters("张明华", "李小红")),
        at("本报驻X记者 with a dateline", "本报驻阿联酋记者林皎明\n本报阿布扎比1月1日电 " + BODY + "\n" + BODY_END,
            reporters("林皎明")),
        at("本报驻X记者 with a closing dateline （本报X电）",
            "本报驻阿联酋记者 林皎明\n" + BODY + "\n" + BODY_END + "\n（本报阿布扎比１月１日电）", reporters("林皎明")),
        at("本报驻X记者…报道： opening the text, no 讯", "本报驻阿联酋记者林皎明报道：" + BODY + "\n" + BODY_END,
            reporters("林皎明")),
        at("本报记者…报道： opening the text, no 讯", "本报记者张明华、王建国报道：" + BODY + "\n" + BODY_END,
            reporters("张明华", "王建国")),
        at("记者… 通讯员…报道： on its own line, no 本报讯", "记者张明华\u3000通讯员李小红报道：\n" + BODY + "\n" + BODY_END,
            staffAndLocal),
        at("本报记者… 实习生…报道：", "本报记者张明华\u3000实习生赵小燕报道：" + BODY + "\n" + BODY_END,
            reporters("张明华", "赵小燕")),
        at("□ several people and roles in one line", "□ 本报记者 张明华 王建国 实习生 赵小燕\n" + BODY + "\n" + BODY_END,
            reporters("张明华", "王建国", "赵小燕")),
        at("本报记者 本报通讯员, ideographic spaces", "本报记者\u3000张明华\u3000本报通讯员\u3000李小红\n" + BODY + "\n"
            + BODY_END, staffAndLocal),
        at("another agency's reporters on a line", "新华社记者 张明华 王建国\n" + BODY + "\n" + BODY_END,
            reporters("张明华", "王建国")),
        at("文/图", "文/图 张明华\n" + BODY + "\n" + BODY_END,
            new Byline(List.of(), List.of(), List.of("张明华"), List.of("张明华"))),
        at("文·图／ full-width", "文·图／张明华\n" + BODY + "\n" + BODY_END,
            new Byline(List.of(), List.of(), List.of("张明华"), List.of("张明华"))),
        at("文/… 图/…", "文/张明华 图/李小红\n" + BODY + "\n" + BODY_END,
            new Byline(List.of(), List.of(), List.of("张明华"), List.of("李小红"))),
        at("■ roles then 文/图", "■ 记者 张明华 通讯员 李小红 文/图\n" + BODY + "\n" + BODY_END,
            new Byline(List.of("张明华"), List.of("李小红"), List.of(), List.of("李小红"))),
        at("摄 behind the last sentence", BODY + "\n" + BODY_END + " 记者 张明华 摄",
            new Byline(List.of("张明华"), List.of(), List.of(), List.of("张明华"))),
        at("摄影报道 in the dateline", "本报讯（通讯员 李小红 记者 张明华 摄影报道）" + BODY + "\n" + BODY_END,
            staffAndLocal));
  }
}
