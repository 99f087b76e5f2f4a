package org.inkstream.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkstream.core.Byline;

/**
 * Reads the people a byline credits, in the shapes papers print them: {@code 记者原子 通讯员曾晓艳}, {@code 本报记者 周萱},
 * {@code □ 光明日报记者 严德勇 王建宏 张锐 通讯员 周龙}, {@code 记者 陈红菊 摄}, or a bare author name under a commentary's
 * title. Each role word applies to the names that follow it up to the next role word.
 */
final class BylineParser {

  /** Text and pictures by the same hand: 文/图, 文·图, 图/文 (a separator is needed: 文图 may end a name). */
  private static final String TEXT_AND_PICTURES = "(?:文[/／·・]图|图[/／·・]文)";
  private static final String ROLE = "(?:本报|特约|见习|实习|首席)*(?:记者|通讯员|实习生|评论员|撰稿人?|作者|摄影|"
      + TEXT_AND_PICTURES + "[/／:：]?|文/|图/|文／|图／|文：|图：)";
  private static final Pattern ROLE_WORD = Pattern.compile(ROLE);
  private static final Pattern TEXT_AND_PICTURES_WORD = Pattern.compile(TEXT_AND_PICTURES);
  /** 文/图 after the names (记者 张三 文/图): like 摄, it makes the last names photographers too. */
  private static final Pattern TRAILING_TEXT_AND_PICTURES = Pattern.compile("\\s*" + TEXT_AND_PICTURES + "\\s*$");
  /** A paper or agency in front of the role word: 光明日报记者, 新华社记者. */
  private static final String PAPER_NAME =
      "\\p{IsHan}{2,8}?(?:日报|晚报|报社|报|社|台|网|新闻)(?:[·•]\\p{IsHan}{2,8}?(?:日报|晚报|报|新闻|网))?";
  private static final Pattern ORGANISATION = Pattern.compile("^[□■◎●\\s]*(" + PAPER_NAME + ")(?=" + ROLE + ")");
  /** A Chinese name: two to four characters, or a transcribed name with a middle dot (阿依古丽·买买提). */
  private static final String NAME_RE = "(?:\\p{IsHan}{1,6}[·•]\\p{IsHan}{1,8}|\\p{IsHan}{2,4})";
  private static final Pattern NAME = Pattern.compile(NAME_RE);
  /** A line that is nothing but a byline: decoration, optional organisation, roles and names, optional 摄/报道. */
  private static final Pattern STANDALONE = Pattern.compile(
      "^[□■◎●\\s]*(?:" + PAPER_NAME + ")?"
          // a correspondent posted abroad or elsewhere: 本报驻阿联酋记者, 新华社驻京记者
          + "(?:(?:本报|新华社)?驻\\p{IsHan}{1,8}?(?=记者|首席))?" + ROLE
          + "[\\s/／:：]*" + NAME_RE + "(?:[\\s、,，/／]+(?:" + ROLE + ")?[\\s/／:：]*" + NAME_RE + "){0,8}"
          + "(?:\\s*(?:摄|报道|" + TEXT_AND_PICTURES + "))?\\s*$");
  /** A reporter's name and the paper, as papers' web editions print them: 朱娟娟/中国青年报. */
  private static final Pattern NAME_AND_PAPER =
      Pattern.compile("^(\\p{IsHan}{2,4})[/／]\\p{IsHan}{2,8}?(?:日报|晚报|报|新闻|网)$");
  /** A closing credit in brackets: (记者 杜培清 通讯员 徐世江). */
  private static final Pattern BRACKETED = Pattern.compile("^[（(]\\s*([^（()）]{2,60})\\s*[）)]$");
  /** A photo credit at the end of a caption paragraph: ...城市精神。 记者 陈红菊 摄, or （王五 摄）. */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "\\s*[（(]?\\s*((?:本报|特约|见习|实习|首席)*(?:记者|通讯员|摄影)[\\s\\p{IsHan}、]{2,24}?\\s*摄)\\s*[）)]?$"
          + "|\\s*[（(]\\s*(\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4}){0,2}\\s*摄)\\s*[）)]$");
  /** A reprint note: （原载12月10日《光明日报》）. */
  private static final Pattern REPRINT = Pattern.compile("^[（(]\\s*(?:原载|转载自|来源[:：]?)[^）)]{0,40}[）)]$");
  private static final Pattern PAPER = Pattern.compile("《([^》]{2,12})》");
  /** Two to three Han characters alone (or a few such names): an author under a title. */
  private static final Pattern NAMES_ONLY = Pattern.compile("^\\p{IsHan}{2,3}(?:[\\s、]+\\p{IsHan}{2,3}){0,2}$");
  private static final Set<String> NOT_NAMES = Set.of("报道", "摄影", "通讯", "记者", "本报", "见习", "实习", "特约");

  private static final int CREDIT_TAIL = 48;
  private static final String SENTENCE_ENDS = "。！？!?”」…";
  private static final String ROLE_CHARACTERS = "记讯评作撰摄实文图";
  /** An editorial signed by the paper's commentator, no name given: 本报评论员. */
  private static final Pattern COMMENTATOR = Pattern.compile("^[□■◎●\\s]*(本报|本刊)?(特约)?评论员$");

  private BylineParser() {}

  static boolean hasRole(String text) {
    return ROLE_WORD.matcher(text).find();
  }

  /** Whether {@code text} is a line holding only a byline. */
  static boolean isStandalone(String text) {
    String s = text.strip();
    return s.length() <= 60 && (mayCredit(s) && (STANDALONE.matcher(s).matches() || COMMENTATOR.matcher(s).matches())
        || NAME_AND_PAPER.matcher(s).matches() && Surnames.opens(s));
  }

  /** Whether {@code text} is a closing credit: a bracketed byline or a reprint note. */
  static boolean isClosingCredit(String text) {
    String s = text.strip();
    if (s.isEmpty() || (s.charAt(0) != '（' && s.charAt(0) != '(')) {
      return false;
    }
    if (REPRINT.matcher(s).matches()) {
      return true;
    }
    Matcher m = BRACKETED.matcher(s);
    // （记者 杜培清）, （王五 摄）, a reporter's bare name (（温宪）), and a dateline printed at the end in brackets:
    // （本报阿布扎比１月１日电）
    return m.matches() && (isStandalone(m.group(1)) || PHOTO_CREDIT.matcher(s).matches()
        || isPersonalNames(m.group(1)) || Dateline.startsWithDateline(m.group(1)));
  }

  /**
   * Whether {@code text} is one to three names and nothing else, each opening with a common surname: the reporter's
   * name that closes a report in brackets (（温宪）, （张明华 李小红）). The surname keeps out (十堰), (续), (完).
   */
  static boolean isPersonalNames(String text) {
    String s = text.strip();
    if (!NAMES_ONLY.matcher(s).matches()) {
      return false;
    }
    for (String name : s.split("[\\s、]+")) {
      if (!Surnames.opens(name)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} credits a photograph (… 摄): inside an article it sits under a picture, not at the end. */
  static boolean isPhotoCredit(String text) {
    String s = text.strip();
    return s.endsWith("摄") || s.endsWith("摄）") || s.endsWith("摄)");
  }

  static boolean isNamesOnly(String text) {
    return NAMES_ONLY.matcher(text.strip()).matches();
  }

  /** The paper a reprint note or a byline names (光明日报), if any. */
  static Optional<String> organisation(String text) {
    String s = text.strip();
    if (REPRINT.matcher(s).matches()) {
      Matcher paper = PAPER.matcher(s);
      return paper.find() ? Optional.of(paper.group(1)) : Optional.empty();
    }
    Matcher m = ORGANISATION.matcher(s);
    return m.find() && !m.group(1).startsWith("本报") ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The credit that ends {@code text}, as its start index, or -1: a photo credit (… 记者 陈红菊 摄), or a closing credit
   * in brackets printed behind the last sentence (…大局稳定。（新华社记者周锡生）), which the text must not keep. Only the
   * tail is searched.
   */
  static int photoCreditStart(String text) {
    int bracketed = bracketedCreditStart(text);
    if (bracketed >= 0) {
      return bracketed;
    }
    int from = tailStart(text);
    if (text.indexOf('摄', from) < 0) {
      return -1;
    }
    Matcher m = PHOTO_CREDIT.matcher(text.substring(from));
    return m.find() && (m.group(2) != null || hasRole(m.group(1))) ? from + m.start() : -1;
  }

  /** The credit {@link #photoCreditStart} found at the end of {@code text}. */
  static String photoCredit(String text) {
    int bracketed = bracketedCreditStart(text);
    if (bracketed >= 0) {
      return text.substring(bracketed).strip();
    }
    Matcher m = PHOTO_CREDIT.matcher(text.substring(tailStart(text)));
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
  }

  /** Where a bracketed closing credit right after the last sentence starts, or -1. */
  private static int bracketedCreditStart(String text) {
    String s = text.stripTrailing();
    if (s.isEmpty() || (!s.endsWith("）") && !s.endsWith(")"))) {
      return -1;
    }
    int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    if (open < tailStart(s) || open == 0) {
      return -1;
    }
    boolean afterSentence = SENTENCE_ENDS.indexOf(s.charAt(open - 1)) >= 0 || Character.isWhitespace(s.charAt(open - 1));
    return afterSentence && isClosingCredit(s.substring(open)) ? open : -1;
  }

  /** A cheap test before any regex: every byline holds one of the characters of its role words. */
  private static boolean mayCredit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (ROLE_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the last {@value #CREDIT_TAIL} characters of {@code text} start; a credit is never longer. */
  private static int tailStart(String text) {
    return Math.max(0, text.length() - CREDIT_TAIL);
  }

  /** Names after each role word; text without any role word is read as author names. */
  static Byline parse(String text) {
    String s = text.strip();
    if (COMMENTATOR.matcher(s).matches()) {
      return new Byline(List.of(), List.of(), List.of(s.replaceAll("^[□■◎●\\s]+", "")), List.of());
    }
    Matcher nameAndPaper = NAME_AND_PAPER.matcher(s);
    if (nameAndPaper.matches()) {
      return new Byline(List.of(nameAndPaper.group(1)), List.of(), List.of(), List.of());
    }
    Matcher bracket = BRACKETED.matcher(s);
    boolean bracketed = bracket.matches();
    if (bracketed) {
      s = bracket.group(1).strip();
      // a dateline printed at the end in brackets credits only the names it holds: （本报讯）, （本报阿布扎比１月１日电）
      Optional<Dateline> dateline = Dateline.parse(s);
      if (dateline.isPresent()) {
        s = dateline.get().credits();
      }
    }
    boolean photo = s.endsWith("摄") || TRAILING_TEXT_AND_PICTURES.matcher(s).find();
    s = TRAILING_TEXT_AND_PICTURES.matcher(s).replaceFirst("").replaceAll("(摄|报道)\\s*$", "");
    Matcher org = ORGANISATION.matcher(s);
    if (org.find()) {
      s = s.substring(org.end());
    }
    List<String> reporters = new ArrayList<>();
    List<String> correspondents = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<String> photographers = new ArrayList<>();
    Matcher role = ROLE_WORD.matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (role.find()) {
      spans.add(new int[] {role.start(), role.end()});
    }
    if (spans.isEmpty()) {
      // a bracketed name closing a report is its reporter's (（温宪）); a bare name under a title is an author's
      (photo ? photographers : bracketed ? reporters : authors).addAll(names(s));
    }
    for (int i = 0; i < spans.size(); i++) {
      String word = s.substring(spans.get(i)[0], spans.get(i)[1]);
      int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : s.length();
      List<String> names = names(s.substring(spans.get(i)[1], to));
      if (word.contains("评论员")) {
        authors.addAll(names);
      } else if (word.contains("通讯员")) {
        correspondents.addAll(names);
      } else if (word.contains("记者") || word.contains("实习生")) {
        reporters.addAll(names);
      } else if (TEXT_AND_PICTURES_WORD.matcher(word).find()) {
        authors.addAll(names);
        photographers.addAll(names);
      } else if (word.contains("摄影") || word.startsWith("图")) {
        photographers.addAll(names);
      } else {
        authors.addAll(names);
      }
      if (photo && i == spans.size() - 1) {
        photographers.addAll(names);
      }
    }
    return new Byline(dedupe(reporters), dedupe(correspondents), dedupe(authors), dedupe(photographers));
  }

  private static List<String> names(String segment) {
    List<String> names = new ArrayList<>();
    for (String token : segment.split("[\\s、,，/／:：]+")) {
      Matcher m = NAME.matcher(token);
      if (m.matches() && !NOT_NAMES.contains(token)) {
        names.add(token);
      }
    }
    return names;
  }

  private static List<String> dedupe(List<String> names) {
    return List.copyOf(new LinkedHashSet<>(names));
  }
}
