package org.inkstream.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening of a report that names who sends it ({@code 本报讯}, {@code 新华社武汉12月1日电}, {@code 新华社消息}) and, in
 * brackets or before {@code 报道}, who wrote it. A dateline is the surest sign that a new report begins.
 *
 * @param agency the sender as printed: 本报讯, 新华社, 荆州日报...
 * @param credits the byline text inside the dateline ({@code 记者原子 通讯员曾晓艳}), empty when there is none
 * @param length how many characters of the text the dateline takes, so that the body can start after it
 * @param place where the report was filed, as printed (新华社北京1月5日电 → 北京, 本报济南３月９日讯 → 济南), empty when the
 *     dateline names none (本报讯, 新华社消息); not checked against any list of places
 */
record Dateline(String agency, String credits, int length, String place) {

  private static final String HAN = "\\p{IsHan}";
  /** A digit as papers print it: half-width, or full-width (本报北京１月１日讯) as older and national papers do. */
  private static final String DIGIT = "[0-9０-９]";
  /** A day in Chinese numerals, as older papers date a dispatch: 中央社南京十日电, 路透社伦敦廿二日电. */
  private static final String CHINESE_DAY = "[一二三四五六七八九十廿卅]{1,3}日";
  /** Wire services and news sites that send datelined reports, today's and those of the 1930s-40s press. */
  private static final String WIRES = "新华社|中新社|中新网|人民网|新华网|央视网|光明网|中国新闻社|中国日报网"
      + "|中央社|海通社|同盟社|合众社";
  /**
   * Foreign agencies, a dateline only in full (路透社伦敦廿二日电, place, day and 电): a report today quotes them often
   * (法新社消息称…, 据美联社报道), which opens no report.
   */
  private static final String FOREIGN_WIRES = "路透社|美联社|法新社|塔斯社|共同社|合众国际社";
  /**
   * The paper's own reporter or correspondent opening a report without 讯: 本报驻阿联酋记者林皎明报道：, 本报记者王宏报道：,
   * 记者张明华 通讯员李小红报道：. Only before names and 报道 (no comma or stop between), so that 本报记者从……获悉 stays a
   * sentence. Without 本报 or 新华社 it matches no character: the sender is then the paper itself ({@link #agencyName}).
   */
  private static final String CORRESPONDENT = "(?:本报|新华社)?(?:驻" + HAN + "{1,8}?)?(?=(?:特约|首席)?记者"
      + HAN + "{2,4}(?:[、\\s\u3000]+(?:(?:本报)?(?:通讯员|实习生|记者))?" + HAN + "{2,4}){0,3}\\s?报道[:：\\s])";
  /**
   * Who sends: the paper itself, a wire agency, or another paper; or 又讯 / 又电, "another dispatch" of the same sender,
   * as older papers open the second and later reports of a run (not 又讯问, questioned again). Bounded quantifiers only:
   * lines may be huge.
   */
  private static final Pattern AGENCY = Pattern.compile(
      "^\\s*[【\\[]?\\s*(本报讯|又[讯电](?!问)|" + CORRESPONDENT + "|本报" + HAN + "{0,6}?(?:" + DIGIT + "{1,4}年)?(?:" + DIGIT + "{1,2}月)?(?:" + DIGIT + "{1,2}日)?\\s?[电讯](?![员息])"
          + "|据?(" + WIRES + ")(?:客户端)?(?:" + HAN + "|" + DIGIT
          + "|\\s){0,16}?(?:电|消息|讯)"
          + "|(" + FOREIGN_WIRES + ")" + HAN + "{2,8}?(?:" + DIGIT + "{1,2}日|" + CHINESE_DAY + ")电"
          + "|(" + HAN + "{2,8}?(?:日报|晚报|报))讯|据" + HAN + "{2,10}?报道"
          // a paper or its news app with the credits in brackets and no 讯: 法制晚报·看法新闻（记者 董振杰）
          + "|(" + HAN + "{2,8}?(?:日报|晚报|报|新闻))(?:[·•]" + HAN + "{2,8})?(?=[（(](?:记者|通讯员)))\\s*[】\\]]?\\s*");
  /** The place between the sender and the date or 电/讯: 新华社华盛顿1月5日电, 本报北京１月１日讯, 中新网悉尼10月30日电. */
  private static final Pattern PLACE = Pattern.compile("^\\s*[【\\[]?\\s*据?(?:本报|" + WIRES + "|" + FOREIGN_WIRES
      + ")(?:客户端)?\\s?("
      + HAN + "{2,8}?)\\s?(?:" + DIGIT + "{1,4}[年月日]|" + CHINESE_DAY + "|电|讯)");
  private static final Pattern BRACKETED = Pattern.compile("^[\\s\u3000]*[（(]([^（()）]{1,60})[）)]\\s*");
  private static final Pattern REPORTED = Pattern.compile(
      "^[\\s\u3000]*((?:本报|见习|实习|特约|首席)*(?:记者|通讯员)[^，。,:：]{1,40}?)(?:(?:报道)?[\\s\u3000]*[:：]|报道[\\s\u3000]+)"
          + "[\\s\u3000]*");

  /** Reads the dateline at the start of {@code text}, if there is one. */
  static Optional<Dateline> parse(String text) {
    if (!maySend(text)) {
      return Optional.empty();
    }
    Matcher m = AGENCY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String agency = agencyName(m);
    int end = m.end();
    Matcher where = PLACE.matcher(m.group());
    String place = where.find() && !where.group(1).startsWith("驻") ? where.group(1) : "";
    String rest = text.substring(end);
    Matcher bracket = BRACKETED.matcher(rest);
    // （记者 王立）, or the bare names of the agency's reporters: 中新网悉尼10月30日电 （郭鑫 崔琳）
    if (bracket.find() && (BylineParser.hasRole(bracket.group(1)) || BylineParser.isPersonalNames(bracket.group(1)))) {
      return Optional.of(new Dateline(agency, bracket.group(1).strip(), end + bracket.end(), place));
    }
    Matcher reported = REPORTED.matcher(rest);
    if (reported.find()) {
      return Optional.of(new Dateline(agency, reported.group(1).strip(), end + reported.end(), place));
    }
    return Optional.of(new Dateline(agency, "", end, place));
  }

  static boolean startsWithDateline(String text) {
    return maySend(text) && AGENCY.matcher(text).find();
  }

  /**
   * A cheap test before the regex: every dateline ends its sender with 讯, 电, 消息 or 报道 near the start, or names a
   * paper before bracketed credits.
   */
  private static boolean maySend(String text) {
    String head = text.length() > 40 ? text.substring(0, 40) : text;
    return head.indexOf('讯') >= 0 || head.indexOf('电') >= 0 || head.contains("消息") || head.contains("报道")
        || head.contains("（记者") || head.contains("(记者");
  }

  /** The sender: the wire, the foreign agency or the paper the dateline names (groups 2 to 5), else 本报讯 or 又讯. */
  private static String agencyName(Matcher m) {
    for (int group = 2; group <= 5; group++) {
      if (m.group(group) != null) {
        return m.group(group);
      }
    }
    String whole = m.group(1);
    return whole.isEmpty() || whole.startsWith("本报") ? "本报讯" : whole.startsWith("新华社") ? "新华社" : whole;
  }
}
