package org.inkstream.enrichment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;

/**
 * Corrects the type the layout gave an item when its content says otherwise. Layout sees blocks and headlines; it
 * cannot tell a signed commentary from a report, or a photo caption from a short brief. Overrides happen only on
 * strong evidence, so that a wrong guess here does not undo the splitter's right one:
 *
 * <ul>
 *   <li>teaser: short, and points to another page (详见第六版, 今日导读);
 *   <li>photo: short, and credits a photographer (记者 张三 摄, 摄影) or the byline names one;
 *   <li>notice_ad: at least three kinds of notice or advertisement markers (公告, 招聘, 电话, 地址, prices...) and a
 *       text dense with digits (tables, phone numbers), with no news dateline;
 *   <li>other: a speech printed in full (在……上的讲话, 同志们);
 *   <li>feature: a feature the paper names as one, in its headline block (——记…, 侧记, 特写, 见闻...) or as an
 *       interview in questions and answers under an interview headline;
 *   <li>commentary: no news dateline, and a commentary label (评论员, 时评, 社论...) or at least three opinion
 *       markers (我们要, 应当, 必须...) in the writer's own voice.
 * </ul>
 *
 * A pure function of its arguments: texts should be normalised by {@link ChineseText#forAnalysis}.
 */
public final class TypeRefiner {

  static final int SHORT = 260;
  /** How far into the text a dateline may open: a report's sender and place stand before its first sentence. */
  static final int DATELINE_OPENING = 40;
  /**
   * A news dateline or a report's source (本报讯, 新华社, 记者X报道, 据…消息). Only one at the opening dates a report
   * ({@link #isDated}): anywhere else it is a mention (a commentary quoting 新华社, a feature's 这一消息).
   */
  static final Pattern DATELINE = Pattern.compile(
      "本报讯|新华社|中新社|人民网|央视|新华网|电\\(记者|电（记者|消息|^[^。]{0,30}?报道[:：]|记者\\S{2,4}报道");
  static final Pattern POINTER =
      Pattern.compile("详见第?[0-9一二三四五六七八九十A-Z]+版|见第[0-9一二三四五六七八九十A-Z]+版|今日导读|本期导读|导读");
  static final Pattern PHOTO_CREDIT = Pattern.compile("\\p{IsHan}{2,4}\\s*摄|摄影|图片由|供图|图为|航拍");
  static final List<String> NOTICE_MARKERS = List.of("公告", "招聘", "招标", "中标", "拍卖", "电话", "热线",
      "地址", "联系人", "邮编", "传真", "价格", "元/", "优惠", "报名", "咨询", "声明", "遗失", "作废", "启事", "通告",
      "营业执照", "有限公司", "服务热线", "客服", "网址", "二维码", "欢迎", "订购", "特价");
  static final Pattern COMMENTARY_LABEL = Pattern.compile(
      "评论员|时评|社论|社评|短评|快评|锐评|本报评论|编者按|编后|观察者|论坛|杂谈|随笔|述评|微评|评论");
  static final List<String> OPINION_MARKERS = List.of("我们要", "我们应", "应当", "必须", "不能", "要让", "理应",
      "值得", "笔者", "试问", "岂能", "何尝", "唯有", "只有", "关键在于", "说到底", "归根结底", "不妨", "切不可", "需要",
      "更要", "才能", "方能", "我们", "让我们");

  /** Who is speaking in a sentence: opinion words after one of these are a reported speaker's, not the writer's. */
  private static final Pattern REPORTED_SPEECH = Pattern.compile("强调|指出|表示|要求|提出|介绍|希望|号召|勉励|[说称][，：:,]");
  /** A quotation: its words are the speaker's. */
  private static final Pattern QUOTATION = Pattern.compile("“[^”]{0,300}”");
  /** A sentence, up to its end mark. */
  private static final Pattern SENTENCE = Pattern.compile("[^。！？；\n]+[。！？；]?");
  /**
   * A speech printed in full: its headline is the occasion (在……上的讲话, the speaker in the byline), or it opens by
   * addressing the audience. A headline that only mentions a speech (高度评价……上的致辞) is a report of it.
   */
  private static final Pattern SPEECH_HEADLINE = Pattern.compile("(^|\n)在[^\n]{2,40}上的(讲话|致辞|发言|报告)");
  private static final Pattern SPEECH_OPENING = Pattern.compile("^\\s*(同志们|同胞们|朋友们|各位代表|各位来宾|各位嘉宾|尊敬的|女士们、先生们|女士们，先生们)");
  /**
   * A headline line that names the text as a speech by its kind alone (——一九九八年新年讲话, 新年贺词, 新年献词, 开幕词):
   * the text is the speech. A line that reports one has a verb or a subject before it (发表新年讲话, 高度评价……致辞,
   * 学习……讲话), and is a report.
   */
  private static final Pattern SPEECH_KIND = Pattern.compile(
      "(^|\n|——)[^\n—]{0,16}(新年讲话|新春讲话|贺词|献词|开幕词|闭幕词|祝酒词|答谢词|新年致辞|新春致辞)$",
      Pattern.MULTILINE);
  private static final Pattern SPEECH_REPORTED = Pattern.compile("发表|评价|学习|贯彻|解读|谈|读|响应|反响|精神");

  /** A headline that calls its article an interview; the type model's feature also counts 答记者问 (which is news). */
  static final Pattern INTERVIEW_HEADLINE = Pattern.compile("专访|访谈|对话|访问记|面对面");
  /**
   * The names papers print in a headline block for a feature: a portrait's subtitle (——记…), a visit's (——访…,
   * ——再访…), a sidelight, a sketch, notes from the scene or the road, a chronicle, an account told afterwards (侧记,
   * 特写, 速写, 见闻, 散记, 手记, 札记, 走笔, 纪事, 纪行, 随记, 小记 but not 小记者, 追记, 追述), an account after a dash
   * (——…纪实). Left out as too broad: 探访 and 寻访 (a reporter visiting a disaster area is news), 巡礼, 素描, 故事, a
   * bare 纪实 (纪实文学 is a book's genre).
   */
  private static final Pattern FEATURE_GENRE = Pattern.compile(
      "——记(?!者)|——再?访(?!问)|侧记|特写|速写|见闻|散记|手记|札记|走笔|纪事|追记|追述|纪行|随记|小记(?!者)"
          + "|——[^\n]{0,30}纪实");
  /** A turn of an interview: who speaks, at the start of a line or a sentence. */
  static final Pattern INTERVIEW_TURN = Pattern.compile("(^|\n|[。？！”）])\\s*(问|答|记者|主持人|Q|A)\\s*[：:]");

  private TypeRefiner() {}

  /** The refined type of a text whose dateline, if it has one, is still at its opening (a labels file's article). */
  public static ArticleType refineType(ArticleType layout, String headline, String text, Byline byline,
      String column) {
    return refineType(layout, headline, text, byline, column, null);
  }

  /**
   * The refined type: {@code layout} unless the content gives strong evidence of another.
   *
   * @param agency the sender of the dateline the splitter took off the text (本报讯, 新华社), or null when it found none
   */
  public static ArticleType refineType(ArticleType layout, String headline, String text, Byline byline,
      String column, String agency) {
    if (layout == ArticleType.TEASER || layout == ArticleType.NOTICE_AD || layout == ArticleType.PHOTO) {
      return layout;
    }
    String all = headline + "\n" + text;
    boolean dateline = isDated(text, agency);
    if (text.length() < SHORT && POINTER.matcher(all).find()) {
      return ArticleType.TEASER;
    }
    if (text.length() < SHORT && !dateline
        && (PHOTO_CREDIT.matcher(text).find() || !byline.photographers().isEmpty())) {
      return ArticleType.PHOTO;
    }
    if (!dateline && isNotice(all)) {
      return ArticleType.NOTICE_AD;
    }
    if (!dateline && isSpeech(headline, text)) {
      return ArticleType.OTHER;
    }
    if (isNamedFeature(headline, text)) {
      return ArticleType.FEATURE;
    }
    if (!dateline && layout != ArticleType.FEATURE && isCommentary(all, column)) {
      return ArticleType.COMMENTARY;
    }
    if (layout == ArticleType.COMMENTARY && column == null && !dateline && isMemoir(text)) {
      return ArticleType.FEATURE; // signed, argues nothing, and tells what the writer lived: an essay
    }
    return layout;
  }

  /**
   * Whether a text tells the writer's own past: the first person and two or more of the words a memoir looks back
   * with (小时候, 那时候, 记得, 当年, 往事), not words any text uses of the present (如今, 至今). A signed text is typed
   * commentary by its layout; one that argues nothing and remembers is a personal essay, which the labels type {@code
   * feature}.
   */
  static boolean isMemoir(String text) {
    if (ChineseText.occurrences(text, "我") < 2) {
      return false;
    }
    int looks = 0;
    for (String word : MEMOIR_WORDS) {
      looks += ChineseText.occurrences(text, word) > 0 ? 1 : 0;
    }
    return looks >= 2;
  }

  /** Words a personal essay looks back with. */
  private static final List<String> MEMOIR_WORDS = List.of("小时候", "那时候", "那时", "记得", "当年", "那年", "回想",
      "童年", "往事", "回忆");

  /**
   * Whether an article is a dated report: the splitter found its dateline (and took it off the text), or the text
   * opens with one. A source named further in (据新华社消息, 这一消息) does not date the article: before, any mention
   * kept a commentary or a notice typed as news.
   */
  static boolean isDated(String text, String agency) {
    if (agency != null && !agency.isBlank()) {
      return true;
    }
    // only the opening is read: a match must start in it, and none is longer than the 30 characters before 报道：
    Matcher dateline = DATELINE.matcher(text).region(0, Math.min(text.length(), DATELINE_OPENING + 40));
    return dateline.find() && dateline.start() < DATELINE_OPENING;
  }

  private static boolean isNotice(String text) {
    long kinds = NOTICE_MARKERS.stream().filter(text::contains).count();
    return kinds >= 3 && digitShare(text) >= 0.08;
  }

  private static boolean isCommentary(String text, String column) {
    return hasCommentaryLabel(text, column) || opinionMarkers(text) >= 3 * (1 + text.length() / 1500);
  }

  /** A commentary label over the article (its column) or at either end of it: the paper says it is commentary. */
  static boolean hasCommentaryLabel(String text, String column) {
    if (column != null && COMMENTARY_LABEL.matcher(column).find()) {
      return true;
    }
    String ends = text.length() <= 120 ? text : text.substring(0, 60) + text.substring(text.length() - 60);
    return COMMENTARY_LABEL.matcher(ends).find();
  }

  /**
   * The opinion words the writer speaks in their own voice: none inside quotation marks nor in a sentence that
   * reports what someone stressed or said. Why: a report of a leader's visit is full of 必须 and 要 that are the
   * leader's, and it is news.
   */
  static int opinionMarkers(String text) {
    int markers = 0;
    Matcher sentence = SENTENCE.matcher(withoutQuotations(text));
    while (sentence.find()) {
      String words = sentence.group();
      if (!REPORTED_SPEECH.matcher(words).find()) {
        for (String marker : OPINION_MARKERS) {
          markers += ChineseText.occurrences(words, marker);
        }
      }
    }
    return markers;
  }

  private static String withoutQuotations(String text) {
    return QUOTATION.matcher(text).replaceAll("“”");
  }

  /**
   * An interview printed as questions and answers: a headline that calls it one (专访, 访谈, 对话) and three turns or
   * more (问：… 答：…, 记者：…). A feature however its introduction reads (an 编者按 and the interviewee's 我们 are no
   * commentary). Questions and answers alone are not enough: a science explainer (问：丙烯酰胺是什么？) or an exam
   * guide is {@code other}, a spokesman's 答记者问 is news.
   */
  static boolean isInterview(String headline, String text) {
    return INTERVIEW_HEADLINE.matcher(headline).find() && interviewTurns(text) >= 3;
  }

  /**
   * A feature the paper names as one: an interview ({@link #isInterview}) or a headline block that names a feature's
   * genre ({@link #FEATURE_GENRE}). Form decides these, not wording the models have seen: the training pages have none.
   */
  static boolean isNamedFeature(String headline, String text) {
    return FEATURE_GENRE.matcher(headline).find() || isInterview(headline, text);
  }

  /** The turns of questions and answers in a text. */
  static int interviewTurns(String text) {
    int turns = 0;
    for (Matcher turn = INTERVIEW_TURN.matcher(text); turn.find(); ) {
      turns++;
    }
    return turns;
  }

  /** A speech printed in full (讲话, 致辞, a work report): the seeds' {@code other}, never commentary. */
  static boolean isSpeech(String headline, String text) {
    return SPEECH_HEADLINE.matcher(headline).find() || SPEECH_OPENING.matcher(text).find()
        || namesASpeech(headline);
  }

  /** Whether a line of the headline block names its text a speech by kind (see {@link #SPEECH_KIND}). */
  private static boolean namesASpeech(String headline) {
    Matcher kind = SPEECH_KIND.matcher(headline);
    while (kind.find()) {
      if (!SPEECH_REPORTED.matcher(kind.group()).find()) {
        return true;
      }
    }
    return false;
  }

  static double digitShare(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    return text.isEmpty() ? 0 : (double) digits / text.length();
  }
}
