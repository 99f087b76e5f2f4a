package org.inkstream.corpus;

import static org.inkstream.corpus.Vocabulary.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.inkstream.engine.LineRole;

/**
 * Dresses real article text as the items of a printed page: a report with its dateline in one of many conventions, a
 * feature with byline and subheads, a signed commentary, a photo with its credit, a teaser, a notice with a table, a
 * column of briefs. Each method draws its own variant; what it drew is named in {@link RenderItem#phenomena}.
 */
final class ItemFactory {

  /** Paragraphs longer than this are cut at sentence ends: some corpora keep a whole article in one paragraph. */
  private static final int MAX_PARAGRAPH = 260;

  private final Random rnd;
  private final String paper;

  ItemFactory(Random rnd, String paper) {
    this.rnd = rnd;
    this.paper = paper;
  }

  RenderItem news(SourceArticle article) {
    RenderItem item = new RenderItem("news");
    headline(item, article, 0.2, 0.15);
    List<String> body = paragraphs(article, 1, 8);
    String reporter = Vocabulary.name(rnd);
    String correspondent = rnd.nextInt(3) == 0 ? Vocabulary.name(rnd) : null;
    String city = pick(rnd, Vocabulary.CITIES);
    String date = (rnd.nextInt(12) + 1) + "月" + (rnd.nextInt(28) + 1) + "日";
    String credits = "记者" + sep() + reporter + (correspondent == null ? "" : " 通讯员" + sep() + correspondent);
    item.reporters.add(reporter);
    if (correspondent != null) {
      item.correspondents.add(correspondent);
    }
    String open = rnd.nextBoolean() ? "（" : "(";
    String close = open.equals("（") ? "）" : ")";
    int convention = rnd.nextInt(13);
    item.phenomena.add("dateline-" + convention);
    switch (convention) {
      case 0 -> lead(item, body, "本报讯" + open + credits + close, "本报讯");
      case 1 -> lead(item, body, "本报讯 " + credits + " 报道：", "本报讯");
      case 2 -> lead(item, body, "本报" + city + date + "讯" + sep() + "记者" + reporter + "报道：", "本报讯");
      case 3 -> lead(item, body, "本报" + city + date + "电 " + credits + "报道：", "本报讯");
      case 4 -> lead(item, body, "新华社" + city + date + "电" + open + credits + close, "新华社");
      case 5 -> {
        String other = Vocabulary.paper(rnd);
        lead(item, body, other + "讯" + open + credits + close, other);
      }
      case 6 -> {
        // No dateline: the credit closes the report, on its own line or behind the last sentence.
        item.source = null;
        body.forEach(p -> item.add(LineRole.BODY, p));
        String credit = rnd.nextBoolean() ? open + credits + close : open + reporter + close;
        if (credit.equals(open + reporter + close)) {
          item.correspondents.clear();
        }
        closingCredit(item, credit);
      }
      case 7 -> {
        String abroad = pick(rnd, Vocabulary.ABROAD);
        item.add(LineRole.BYLINE, "本报驻" + abroad + "记者" + sep() + reporter);
        item.correspondents.clear();
        lead(item, body, "本报" + abroad + date + "电 ", "本报讯");
      }
      case 8 -> {
        item.add(LineRole.BYLINE, (rnd.nextBoolean() ? "□ " : "") + "本报记者 " + reporter
            + (correspondent == null ? "" : " 通讯员 " + correspondent));
        item.source = null;
        body.forEach(p -> item.add(LineRole.BODY, p));
      }
      case 9 -> {
        lead(item, body, "新华社" + city + date + "电 ", "新华社");
        closingCredit(item, open + "记者" + reporter + (correspondent == null ? "" : "、" + correspondent) + close);
        if (correspondent != null) {
          item.correspondents.clear();
          item.reporters.add(correspondent);
        }
      }
      case 11 -> {
        // A correspondent abroad: byline on top, the bracketed dateline closing the report.
        String abroad = pick(rnd, Vocabulary.ABROAD);
        item.add(LineRole.BYLINE, "本报驻" + abroad + "记者" + sep() + reporter);
        item.correspondents.clear();
        item.source = "本报讯";
        body.forEach(p -> item.add(LineRole.BODY, p));
        closingCredit(item, "（本报" + abroad + date + "电）");
      }
      case 12 -> {
        item.source = "新华社";
        item.correspondents.clear();
        body.forEach(p -> item.add(LineRole.BODY, p));
        closingCredit(item, open + (rnd.nextBoolean() ? "新华社记者" : "") + reporter + close);
      }
      default -> {
        item.reporters.clear();
        item.correspondents.clear();
        lead(item, body, rnd.nextBoolean() ? "据新华社电 " : "本报讯 ", rnd.nextBoolean() ? "新华社" : "本报讯");
      }
    }
    return item;
  }

  RenderItem feature(SourceArticle article) {
    RenderItem item = new RenderItem("feature");
    headline(item, article, 0.35, 0.6);
    String reporter = Vocabulary.name(rnd);
    int style = rnd.nextInt(4);
    String byline = switch (style) {
      case 0 -> "□ 本报记者 " + reporter;
      case 1 -> "本报记者" + sep() + reporter + " 通讯员" + sep() + Vocabulary.name(rnd);
      case 2 -> "文/图 " + reporter;
      default -> "■ 记者 " + reporter;
    };
    if (style == 2) {
      item.authors.add(reporter);
    } else {
      item.reporters.add(reporter);
    }
    item.add(LineRole.BYLINE, byline);
    List<String> body = paragraphs(article, 4, 18);
    boolean subheads = rnd.nextDouble() < 0.75;
    int marker = rnd.nextInt(5);
    int section = 0;
    for (int i = 0; i < body.size(); i++) {
      if (subheads && i > 0 && i % Math.max(2, body.size() / 3) == 0) {
        item.add(LineRole.SUBHEAD, subhead(body.get(i), marker, section++));
      }
      item.add(LineRole.BODY, body.get(i));
    }
    if (section > 0) {
      item.phenomena.add("subheads");
    }
    return item;
  }

  RenderItem commentary(SourceArticle article) {
    RenderItem item = new RenderItem("commentary");
    if (rnd.nextDouble() < 0.6) {
      item.add(LineRole.TITLE, Vocabulary.column(rnd, paper));
      item.phenomena.add("column-kicker");
    }
    headline(item, article, 0, 0);
    String author = Vocabulary.name(rnd);
    item.authors.add(author);
    String byline = switch (rnd.nextInt(4)) {
      case 0 -> "□ " + author;
      case 1 -> "◎ " + author;
      case 2 -> "文/" + author;
      default -> "作者：" + author;
    };
    item.add(LineRole.BYLINE, byline);
    paragraphs(article, 2, 8).forEach(p -> item.add(LineRole.BODY, p));
    return item;
  }

  RenderItem photo(SourceArticle article) {
    RenderItem item = new RenderItem("photo");
    if (rnd.nextDouble() < 0.7) {
      item.add(LineRole.TITLE, shortTitle(article));
    }
    String caption = sentences(article.paragraphs().get(0), 30, 150);
    String photographer = Vocabulary.name(rnd);
    if (rnd.nextBoolean()) {
      item.add(LineRole.BODY, caption + (rnd.nextBoolean() ? " 记者 " : " ") + photographer + " 摄");
    } else {
      item.add(LineRole.BODY, caption);
      item.add(LineRole.BYLINE, (rnd.nextBoolean() ? "本报记者 " : "") + photographer + " 摄");
    }
    return item;
  }

  /** A teaser: a title, a line or two of summary and the page it points to. */
  RenderItem teaser(SourceArticle article) {
    RenderItem item = new RenderItem("teaser");
    item.add(LineRole.TITLE, shortTitle(article));
    String pointer = (rnd.nextBoolean() ? "详见第" : "见第") + Vocabulary.pageNumber(rnd) + "版";
    String summary = sentences(article.paragraphs().get(0), 20, 120);
    if (rnd.nextBoolean()) {
      item.add(LineRole.BODY, summary);
      item.add(LineRole.JUMP, rnd.nextBoolean() ? pointer : "（" + pointer + "）");
    } else {
      item.add(LineRole.BODY, summary + "（" + pointer + "）");
    }
    return item;
  }

  /**
   * A teaser box under its label (今日导读): one item, as a reader sees it, with each teased title as a subhead, its
   * sentence and the page it points to.
   */
  RenderItem teaserBox(List<SourceArticle> articles) {
    RenderItem item = new RenderItem("teaser");
    item.add(LineRole.TITLE, pick(rnd, Vocabulary.TEASER_MARKS));
    for (SourceArticle article : articles) {
      item.add(LineRole.SUBHEAD, shortTitle(article));
      if (rnd.nextBoolean()) {
        item.add(LineRole.BODY, sentences(article.paragraphs().get(0), 20, 80));
      }
      item.add(LineRole.JUMP, "（详见第" + Vocabulary.pageNumber(rnd) + "版）");
    }
    return item;
  }

  /** The rest of a story that began on another page: a pointer back, then its text. */
  RenderItem continuation(SourceArticle article) {
    RenderItem item = new RenderItem(rnd.nextBoolean() ? "news" : "feature");
    headline(item, article, 0, 0);
    String pointer = "（上接第" + Vocabulary.pageNumber(rnd) + "版）";
    List<String> body = paragraphs(article, 2, 8);
    if (rnd.nextBoolean()) {
      item.add(LineRole.JUMP, pointer);
      body.forEach(p -> item.add(LineRole.BODY, p));
    } else {
      item.add(LineRole.BODY, pointer + body.get(0));
      body.subList(1, body.size()).forEach(p -> item.add(LineRole.BODY, p));
    }
    return item;
  }

  /** A notice or advertisement: its kind as title, table rows, contact lines; all of it one item. */
  RenderItem notice() {
    RenderItem item = new RenderItem("notice_ad");
    String company = pick(rnd, Vocabulary.CITIES) + pick(rnd, List.of("市", "")) + pick(rnd,
        List.of("华兴", "恒通", "宏达", "新创", "鑫源", "博远", "长江", "金桥")) + pick(rnd,
        List.of("实业有限公司", "科技有限公司", "物业管理中心", "建设集团", "商贸公司", "人民医院"));
    String kind = pick(rnd, Vocabulary.NOTICE_KINDS);
    item.add(LineRole.TITLE, company + kind);
    boolean tabs = rnd.nextBoolean();
    String gap = tabs ? "\t" : "   ";
    item.add(LineRole.AD, String.join(gap, "岗位", "人数", "要求"));
    int rows = 2 + rnd.nextInt(5);
    for (int i = 0; i < rows; i++) {
      item.add(LineRole.AD, String.join(gap, pick(rnd, Vocabulary.JOBS), (rnd.nextInt(9) + 1) + "名",
          pick(rnd, List.of("大专以上学历", "有经验者优先", "身体健康", "45岁以下", "持证上岗"))));
    }
    item.add(LineRole.AD, "联系人：" + Vocabulary.name(rnd) + " 电话：0" + (700 + rnd.nextInt(300)) + "-"
        + (8000000 + rnd.nextInt(999999)));
    item.add(LineRole.AD, "地址：" + pick(rnd, Vocabulary.CITIES) + "市" + pick(rnd, List.of("解放路", "人民大道",
        "建设路", "中山路", "长江路")) + (rnd.nextInt(300) + 1) + "号");
    return item;
  }

  /** A small classified ad: what is offered, a line or two about it, a phone number. */
  RenderItem classified() {
    RenderItem item = new RenderItem("notice_ad");
    String what = pick(rnd, List.of("旺铺转让", "房屋出租", "招聘司机", "招聘店员", "家政服务", "搬家服务", "二手车出售",
        "寻物启事", "遗失声明", "开锁换锁", "管道疏通", "钢琴培训", "驾校招生", "厂房出租"));
    item.add(LineRole.TITLE, what);
    if (rnd.nextBoolean()) {
      item.add(LineRole.AD, pick(rnd, Vocabulary.CITIES) + pick(rnd, List.of("市中心", "开发区", "老城区", "火车站旁"))
          + pick(rnd, List.of("，价格面议", "，交通便利", "，诚信经营", "，待遇从优", "，随叫随到")));
    }
    item.add(LineRole.AD, pick(rnd, List.of("电话：", "联系电话：", "热线：", "☎")) + "1" + (30 + rnd.nextInt(60))
        + (10000000 + rnd.nextInt(89999999)));
    return item;
  }

  /** A weather box or a short poem: text that is neither reported nor argued. */
  RenderItem other(SourceArticle article) {
    RenderItem item = new RenderItem("other");
    if (rnd.nextBoolean()) {
      item.add(LineRole.TITLE, "天气预报");
      String[] days = {"今天", "明天", "后天"};
      for (String day : days) {
        int low = rnd.nextInt(20);
        item.add(LineRole.BODY, day + " " + pick(rnd, List.of("晴", "多云", "阴", "小雨", "阵雨", "晴转多云"))
            + " " + low + "℃～" + (low + 3 + rnd.nextInt(10)) + "℃");
      }
    } else {
      item.add(LineRole.TITLE, shortTitle(article));
      String text = article.paragraphs().get(0);
      for (String verse : text.split("[，。；！？,]")) {
        if (verse.length() >= 4 && verse.length() <= 16 && item.pieces.size() < 10) {
          item.add(LineRole.BODY, verse);
        }
      }
      if (item.pieces.size() < 3) {
        item.add(LineRole.BODY, sentences(text, 10, 60));
      }
      item.authors.add(Vocabulary.name(rnd));
      item.add(LineRole.BYLINE, "□ " + item.authors.get(0));
    }
    return item;
  }

  /** A short report of a briefs column: no headline, or a one-line one; always a dateline. */
  RenderItem brief(SourceArticle article) {
    RenderItem item = new RenderItem("news");
    if (rnd.nextBoolean()) {
      item.add(LineRole.TITLE, shortTitle(article));
    }
    String reporter = Vocabulary.name(rnd);
    item.reporters.add(reporter);
    lead(item, paragraphs(article, 1, 2), "本报讯（记者 " + reporter + "）", "本报讯");
    return item;
  }

  /** Adds the headline block: an optional kicker, the title, an optional subtitle; the title may break in two. */
  private void headline(RenderItem item, SourceArticle article, double kicker, double subtitle) {
    if (rnd.nextDouble() < kicker) {
      item.add(LineRole.TITLE, rnd.nextBoolean() ? pick(rnd, Vocabulary.CITIES) + "：" : shortPhrase(article));
      item.phenomena.add("kicker");
    }
    String title = title(article);
    if (title.length() <= 12 && rnd.nextDouble() < 0.25) {
      // Two short phrases on one line: 稳定粮食生产 增加农民收入
      title = title + " " + shortPhrase(article);
    }
    item.add(LineRole.TITLE, title);
    if (rnd.nextDouble() < subtitle) {
      String phrase = shortPhrase(article);
      String ending = pick(rnd, List.of("侧记", "纪实", "调查", ""));
      // 侧记 and 纪实 name a feature's genre (TypeRefiner reads them so): a report's subtitle never carries one
      boolean genre = ending.equals("侧记") || ending.equals("纪实");
      item.add(LineRole.TITLE, "——" + phrase + (genre && !item.type.equals("feature") ? "" : ending));
      item.phenomena.add("subtitle");
    }
  }

  private void lead(RenderItem item, List<String> body, String dateline, String source) {
    item.source = source;
    item.add(LineRole.BODY, dateline + body.get(0));
    body.subList(1, body.size()).forEach(p -> item.add(LineRole.BODY, p));
  }

  private void closingCredit(RenderItem item, String credit) {
    if (rnd.nextBoolean()) {
      item.add(LineRole.BYLINE, credit);
    } else {
      RenderItem.Piece last = item.pieces.remove(item.pieces.size() - 1);
      item.add(LineRole.BODY, last.text() + credit);
    }
  }

  /** The article's own headline; a web headline that runs on as a sentence is cut at its first clause. */
  private String title(SourceArticle article) {
    String title = article.title();
    if (title == null || title.isBlank()) {
      return shortTitle(article);
    }
    title = title.strip();
    if (title.length() > 24) {
      String clause = title.split("[，。！？；,!?;]")[0].strip();
      title = clause.length() >= 4 ? clause : title;
    }
    return title.length() > 40 ? shortTitle(article) : title;
  }

  private String shortTitle(SourceArticle article) {
    String title = article.title();
    if (title != null && !title.isBlank() && title.length() <= 24) {
      return title.strip();
    }
    return shortPhrase(article);
  }

  /** A clause of the article, 4 to 16 characters, without its punctuation: kickers, subheads, made-up titles. */
  private String shortPhrase(SourceArticle article) {
    List<String> clauses = new ArrayList<>();
    for (String paragraph : article.paragraphs()) {
      for (String clause : paragraph.split("[，。；！？、：,;:!?“”「」（）()\\s]")) {
        if (clause.length() >= 4 && clause.length() <= 16) {
          clauses.add(clause);
        }
      }
      if (clauses.size() > 20) {
        break;
      }
    }
    return clauses.isEmpty() ? article.paragraphs().get(0).substring(0, Math.min(10,
        article.paragraphs().get(0).length())) : pick(rnd, clauses);
  }

  private String subhead(String paragraph, int marker, int section) {
    String[] clauses = paragraph.split("[，。；！？,;!?]");
    String phrase = clauses[0];
    if (phrase.length() > 14) {
      phrase = phrase.substring(0, 6 + rnd.nextInt(8));
    }
    if (clauses.length > 1 && clauses[1].length() >= 4 && clauses[1].length() <= 12 && rnd.nextDouble() < 0.4) {
      // Paired phrases, set apart by a space: 党旗飘扬 项目建设赋能高质量发展
      phrase = phrase + " " + clauses[1];
    }
    return switch (marker) {
      case 0 -> "●" + phrase;
      case 1 -> "■ " + phrase;
      case 2 -> Vocabulary.CN_NUMBERS.charAt(section % 10) + "、" + phrase;
      case 3 -> "◆" + phrase;
      default -> phrase;
    };
  }

  /** From {@code min} to {@code max} paragraphs of the article, long ones cut at sentence ends. */
  private List<String> paragraphs(SourceArticle article, int min, int max) {
    List<String> out = new ArrayList<>();
    for (String paragraph : article.paragraphs()) {
      String rest = paragraph;
      while (rest.length() > MAX_PARAGRAPH) {
        int cut = sentenceEnd(rest, 60 + rnd.nextInt(120));
        if (cut <= 0 || cut >= rest.length()) {
          break;
        }
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      out.add(rest);
    }
    int keep = Math.min(out.size(), min + rnd.nextInt(Math.max(1, max - min + 1)));
    return new ArrayList<>(out.subList(0, Math.max(1, keep)));
  }

  /** Whole sentences from the start of {@code text}, at least {@code min} characters, cut near {@code max}. */
  private static String sentences(String text, int min, int max) {
    int end = sentenceEnd(text, min);
    if (end <= 0 || end > max) {
      end = Math.min(text.length(), max);
    }
    return text.substring(0, end);
  }

  /** The index just past the first sentence end at or after {@code from}, or -1. */
  private static int sentenceEnd(String text, int from) {
    for (int i = Math.min(from, text.length()); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；') {
        int end = i + 1;
        while (end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '」')) {
          end++;
        }
        return end;
      }
    }
    return -1;
  }

  private String sep() {
    return rnd.nextBoolean() ? "" : " ";
  }
}
