package org.inkstream.enrichment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;

/**
 * What the {@link TypeModel} sees of an article: its form (dateline, byline, column, subheads, captions, length,
 * paragraphs) and the wording that tells a report from a feature, an opinion, a caption or a notice (first-person
 * voice, interview questions and answers, quotations, opinion markers, notice and advertisement markers, page
 * pointers). One place for training and run time, so that the two cannot drift; the rules' verdict ({@link
 * TypeRefiner}) is one of the features, so the model starts from what the rules know and learns where they err.
 *
 * <p>All features are binary or small counts in buckets: the model is a few hundred weights, cheap to run and easy to
 * read when it errs (a class's heaviest features). Texts should be normalised by {@link ChineseText#forAnalysis}.
 */
public final class TypeFeatures {

  /** Version of {@link #of}: a model trained on other features is refused at load. */
  public static final int VERSION = 3;

  private static final Pattern DATE_OPENING = Pattern.compile(
      "[^。]{0,12}?(今天|昨天|今年|近日|日前|当地时间|[0-9]{1,2}日|[0-9]{1,2}月[0-9]{1,2}日)");
  private static final Pattern REPORTER = Pattern.compile("记者[^，。]{0,12}(了解到|获悉|从|走访|采访|来到|看到)|据.{1,8}(报道|消息)");
  /** The rules' interview headline, and a spokesman's 答记者问 / 答问: interview-shaped, though the rules call it news. */
  private static final Pattern INTERVIEW_HEADLINE =
      Pattern.compile(TypeRefiner.INTERVIEW_HEADLINE.pattern() + "|答记者问|答问");
  private static final Pattern HEADLINE_OPINION = Pattern.compile("评|论|谈|观点|思考|何以|为何|为什么|怎么看|岂能|应该|不能|要");
  private static final Pattern LIST_ITEM = Pattern.compile("(^|\\n|。|；)\\s*([0-9]{1,2}[、.．]|[一二三四五六七八九十]、|（[一二三四五六七八九十0-9]）)");
  private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}|[0-9]{3,4}-[0-9]{7,8}");
  private static final Pattern PRICE = Pattern.compile("[0-9]元|￥|¥|价格|面议");
  private static final Pattern SOURCE_NOTE = Pattern.compile("导语[：:]|（来源[：:]|来源[：:]|编者按|本文");
  private static final Pattern SERIES_KICKER = Pattern.compile("^【[^】]{2,20}】|^[^\\n]{2,12}[·•]");
  private static final Pattern WEATHER = Pattern.compile("℃|°C|天气|晴转|多云|阵雨");
  /** A report's peg: a date or time, or a news source, as reports state in their first sentence. */
  private static final Pattern NEWS_PEG = Pattern.compile("[0-9]{1,2}日|[0-9]{1,2}月|今天|昨天|昨日|今日|明天|本周|上周|近日|日前|"
      + "当地时间|北京时间|上午|下午|晚间|今年|去年|[0-9]{4}年|讯|日电|据.{1,12}(报道|消息)|消息[，,]|发布|宣布|公布|表示");
  /** A scene set before the news: a season or hour, a walk into a place. */
  private static final Pattern SCENE = Pattern.compile("清晨|黎明|傍晚|黄昏|深夜|夜幕|午后|初春|阳春|盛夏|深秋|金秋|初冬|隆冬|"
      + "寒冬|冬日|春日|夏日|秋日|时值|走进|推开|漫步|行走在|穿行|伫立|波光粼粼|熙熙攘攘|热气腾腾|映入眼帘");
  /** A person drawn by age or birth, as profiles open. */
  private static final Pattern PROFILE = Pattern.compile(
      "[0-9一二三四五六七八九十]{1,3}岁的(他|她)|(今年|已经|已)[0-9一二三四五六七八九十]{1,3}岁|生于[0-9一二三四五六七八九]{4}|出生于");
  /** The writer walking the reader through it: a broadcaster's series, a lifestyle page, a guide. */
  private static final Pattern COMPANION = Pattern.compile(
      "我们一起|我们来|让我们|一起来看|一起看看|一起去|跟随(记者|镜头)|带你|带大家|小编|下面(就|我们|一起|来)|快来|你会|你是否|你知道");
  /** A speaker's turn in a transcript: a short name and a colon opening a sentence (记者：, 张勇：, 新京报：). */
  private static final Pattern SPEAKER_TURN = Pattern.compile("(^|\\n|[。？！”）])\\s*[^\\s，。：:？！“”、（）]{1,8}[：:]");
  private static final Pattern HEADLINE_GUIDE = Pattern.compile(
      "如何|怎么|怎样|教你|攻略|指南|技巧|方法|秘诀|妙招|须知|必看|推荐|盘点|大全|小贴士|注意");
  private static final List<String> ADVICE_MARKERS = List.of("建议", "注意", "避免", "最好", "不宜", "不要", "切忌", "千万",
      "记得", "别忘", "可以选择", "适量", "多吃", "少吃");
  private static final Pattern SERIES_NOTE = Pattern.compile(
      "系列(报道|节目|访谈|述评|评论|专题)|特别报道|专题报道|特别节目|《[^》]{2,12}》(栏目|系列|专栏)");

  /**
   * An article as the type model reads it.
   *
   * @param layout the type the splitter's layout gave it, or null for a bare text (a labels file's article), whose
   *     missing dateline or byline says nothing
   * @param headline the headline block (kicker, headline, subtitle), may be empty
   * @param text the body
   * @param byline who is credited
   * @param column the column label printed over it, or null
   * @param subheads how many subheads it has
   * @param captions how many photo captions it has
   * @param agency the sender of the dateline the splitter took off the text (本报讯, 新华社), or null when it found
   *     none
   */
  public record Form(ArticleType layout, String headline, String text, Byline byline, String column, int subheads,
      int captions, String agency) {

    public Form {
      headline = headline == null ? "" : headline;
      text = text == null ? "" : text;
      byline = byline == null ? Byline.empty() : byline;
      if (subheads < 0 || captions < 0) {
        throw new IllegalArgumentException("subheads and captions must not be negative, were " + subheads + ", "
            + captions);
      }
    }

    /** An article whose dateline, if any, is still in its text. */
    public Form(ArticleType layout, String headline, String text, Byline byline, String column, int subheads,
        int captions) {
      this(layout, headline, text, byline, column, subheads, captions, null);
    }

    /**
     * An article as the splitter wrote it.
     *
     * @param headline its headline block, normalised by {@link ChineseText#forAnalysis}
     * @param text its text, normalised likewise
     */
    public static Form of(Article article, String headline, String text) {
      return new Form(article.type(), headline, text, article.byline(), article.column(), article.subheads().size(),
          article.captions().size(), datelineSender(article));
    }

    /**
     * The sender of the article's dateline, or null when it has none. {@link Article#agency} also names the paper of
     * a byline (光明日报记者, 新华社记者 over a feature), which dates nothing: a dateline either names its place
     * (新华社北京1月5日电, 本报北京１月１日讯) or is the paper's own 本报讯 / 又讯.
     */
    private static String datelineSender(Article article) {
      String agency = article.agency();
      if (agency == null) {
        return null;
      }
      boolean dated = article.datelinePlace() != null || agency.equals("本报讯") || agency.matches("[【\\[]?又[讯电]");
      return dated ? agency : null;
    }

    /** An article as the splitter wrote it, its texts normalised here. */
    public static Form of(Article article) {
      return of(article, ChineseText.forAnalysis(Enricher.headlineBlock(article)),
          ChineseText.forAnalysis(article.text()));
    }

    /** A bare text with no layout: a labels file's article. */
    public static Form ofText(String headline, String text) {
      return new Form(null, headline, text, Byline.empty(), null, 0, 0, null);
    }
  }

  private TypeFeatures() {}

  /** The features of an article, name to value (1 for a present binary feature); sorted, so the order is stable. */
  public static Map<String, Double> of(Form form) {
    return of(form, rule(form));
  }

  /** The features of an article whose {@link #rule} type is known already. */
  public static Map<String, Double> of(Form form, ArticleType rule) {
    Map<String, Double> f = new TreeMap<>();
    String text = form.text();
    String headline = form.headline();
    String all = headline + "\n" + text;
    f.put("rule:" + rule.key(), 1.0);
    f.put("layout:" + (form.layout() == null ? "none" : form.layout().key()), 1.0);
    form(f, form);
    opening(f, text);
    voice(f, headline, text);
    furniture(f, headline, text, all);
    return f;
  }

  /** The rules' type: {@link TypeRefiner} over the layout's type, or over {@code news} for a bare text. */
  public static ArticleType rule(Form form) {
    return TypeRefiner.refineType(form.layout() == null ? ArticleType.NEWS : form.layout(), form.headline(),
        form.text(), form.byline(), form.column(), form.agency());
  }

  /** Dateline, credits, column, length, paragraphs, subheads and captions: what the page's layout shows. */
  private static void form(Map<String, Double> f, Form form) {
    String text = form.text();
    flag(f, "dateline", TypeRefiner.DATELINE.matcher(text).find());
    flag(f, "date_opening", DATE_OPENING.matcher(text).lookingAt());
    flag(f, "reporter_voice", REPORTER.matcher(text).find());
    Byline byline = form.byline();
    flag(f, "byline:reporters", !byline.reporters().isEmpty());
    flag(f, "byline:authors_only", !byline.authors().isEmpty() && byline.reporters().isEmpty());
    flag(f, "byline:photographers", !byline.photographers().isEmpty());
    flag(f, "column", form.column() != null);
    flag(f, "column:commentary", form.column() != null && TypeRefiner.COMMENTARY_LABEL.matcher(form.column()).find());
    f.put("length:" + bucket(text.length(), 60, 150, 300, 800, 2000), 1.0);
    f.put("headline_length:" + bucket(form.headline().length(), 1, 8, 16, 30), 1.0);
    f.put("paragraphs:" + bucket(text.isEmpty() ? 0 : text.lines().count(), 1, 2, 4, 9), 1.0);
    f.put("subheads:" + bucket(form.subheads(), 1, 2), 1.0);
    flag(f, "captions", form.captions() > 0);
  }

  /**
   * How it opens. A report states its peg (a date, a source, who announced what) in the first sentence; a feature
   * sets a scene, draws a person or asks the reader a question first, whatever the paper. Read on the first sentence
   * and the first 120 characters, which a labels file's excerpt and a page's article both have.
   */
  private static void opening(Map<String, Double> f, String text) {
    String first = firstSentence(text);
    String start = text.substring(0, Math.min(120, text.length()));
    flag(f, "opening:no_peg", !text.isBlank() && !NEWS_PEG.matcher(first).find());
    flag(f, "opening:scene", SCENE.matcher(start).find());
    flag(f, "opening:question", first.contains("？") || first.contains("?"));
    flag(f, "profile", PROFILE.matcher(start).find());
  }

  /** Whose voice it is: first and second person, questions, interviews, opinion markers, quotations. */
  private static void voice(Map<String, Double> f, String headline, String text) {
    double perThousand = 1000.0 / Math.max(200, text.length());
    long firstPerson = chars(text, '我') + ChineseText.occurrences(text, "笔者") + ChineseText.occurrences(text, "咱们");
    f.put("first_person:" + bucket(Math.round(firstPerson * perThousand), 1, 3, 8), 1.0);
    f.put("second_person:" + bucket(Math.round((chars(text, '你') + chars(text, '您')) * perThousand), 1, 3), 1.0);
    f.put("questions:" + bucket(Math.round(ChineseText.occurrences(text, "？") * perThousand), 1, 3), 1.0);
    f.put("exclamations:" + bucket(Math.round(ChineseText.occurrences(text, "！") * perThousand), 1, 3), 1.0);
    f.put("quotes:" + bucket(Math.round(ChineseText.occurrences(text, "“") * perThousand), 1, 4, 10), 1.0);
    f.put("question_answer:" + bucket(TypeRefiner.interviewTurns(text), 1, 3), 1.0);
    flag(f, "headline:interview", INTERVIEW_HEADLINE.matcher(headline).find());
    flag(f, "headline:opinion", HEADLINE_OPINION.matcher(headline).find());
    flag(f, "headline:question", headline.contains("？") || headline.contains("?"));
    flag(f, "headline:exclamation", headline.contains("！") || headline.contains("!"));
    flag(f, "headline:quote_colon", headline.matches("(?s)^[^：:]{2,10}[：:].+"));
    flag(f, "headline:subtitle", headline.contains("——"));
    flag(f, "headline:series", SERIES_KICKER.matcher(headline).find());
    flag(f, "commentary_label", TypeRefiner.COMMENTARY_LABEL.matcher(headline + "\n" + ends(text)).find());
    flag(f, "headline:guide", HEADLINE_GUIDE.matcher(headline).find());
    flag(f, "companion", COMPANION.matcher(text).find());
    flag(f, "series_note", SERIES_NOTE.matcher(headline + "\n" + text.substring(0, Math.min(160, text.length()))).find());
    f.put("speaker_turns:" + bucket(count(SPEAKER_TURN, text), 2, 4), 1.0);
    int advice = ADVICE_MARKERS.stream().mapToInt(m -> ChineseText.occurrences(text, m)).sum();
    f.put("advice:" + bucket(Math.round(advice * perThousand), 2, 5), 1.0);
    int opinion = TypeRefiner.opinionMarkers(text);
    f.put("opinion:" + bucket(Math.round(opinion * perThousand), 1, 3, 6, 10), 1.0);
  }

  /** Page furniture and service text: pointers, photo credits, notice and advertisement markers, lists, weather. */
  private static void furniture(Map<String, Double> f, String headline, String text, String all) {
    flag(f, "pointer", TypeRefiner.POINTER.matcher(all).find());
    flag(f, "photo_credit", photoCredit(text));
    long notice = TypeRefiner.NOTICE_MARKERS.stream().filter(all::contains).count();
    f.put("notice_markers:" + bucket(notice, 1, 2, 3, 5), 1.0);
    flag(f, "phone", PHONE.matcher(all).find());
    flag(f, "price", PRICE.matcher(all).find());
    f.put("digits:" + bucket(Math.round(TypeRefiner.digitShare(text) * 100), 3, 8, 15), 1.0);
    f.put("list_items:" + bucket(count(LIST_ITEM, text), 1, 3), 1.0);
    flag(f, "source_note", SOURCE_NOTE.matcher(all).find());
    flag(f, "weather", text.length() < 300 && WEATHER.matcher(all).find());
    flag(f, "no_sentence_end", !text.contains("。") && !text.contains("！") && !text.contains("？"));
    flag(f, "tabs", text.contains("\t") || text.contains("   "));
    flag(f, "no_headline", headline.isBlank());
  }

  /**
   * {@link TypeRefiner#PHOTO_CREDIT}, its costly pattern (every Han character a possible start) only run on a text
   * that has the character it ends with: the same answer at a fraction of the cost.
   */
  private static boolean photoCredit(String text) {
    return text.indexOf('摄') >= 0 ? TypeRefiner.PHOTO_CREDIT.matcher(text).find()
        : text.contains("图片由") || text.contains("供图") || text.contains("图为") || text.contains("航拍");
  }

  /** The text up to its first full stop, question or exclamation mark, at most 120 characters. */
  static String firstSentence(String text) {
    int end = Math.min(120, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '？' || c == '！' || c == '?' || c == '!') {
        return text.substring(0, i + 1);
      }
    }
    return text.substring(0, end);
  }

  /** The first and last 60 characters, where a commentary's label or signature stands. */
  private static String ends(String text) {
    return text.length() <= 120 ? text : text.substring(0, 60) + text.substring(text.length() - 60);
  }

  private static void flag(Map<String, Double> f, String name, boolean present) {
    if (present) {
      f.put(name, 1.0);
    }
  }

  /** The bucket of {@code value}: {@code <b0}, {@code <b1}, ... or {@code >=bn} when past the last bound. */
  static String bucket(long value, long... bounds) {
    for (long bound : bounds) {
      if (value < bound) {
        return "<" + bound;
      }
    }
    return ">=" + bounds[bounds.length - 1];
  }

  private static long chars(String text, char c) {
    long n = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  private static int count(Pattern pattern, String text) {
    return (int) pattern.matcher(text).results().count();
  }
}
