package org.inkstream.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pointer to another page: {@code （下转第二版）} at the end of a story that continues, {@code （上接第一版）} where it
 * resumes, {@code 详见第六版} under a teaser. Pages are kept as printed.
 *
 * @param direction which way the pointer goes
 * @param page the page as printed: 第二版, A3, 6
 */
record JumpLine(Direction direction, String page) {

  enum Direction { CONTINUES_TO, CONTINUES_FROM, POINTS_TO }

  private static final String PAGE = "(第?\\s*[0-9０-９A-Za-z一二三四五六七八九十〇零]{1,4}\\s*(?:版|页|面))";
  private static final Pattern POINTER = Pattern.compile(
      "[（(]?\\s*(下转|转|上接|接|详见|见|更多内容见|全文见)\\s*" + PAGE + "\\s*[）)]?");
  private static final Pattern STANDALONE = Pattern.compile("^" + POINTER.pattern() + "$");
  /** A bare page reference in brackets or behind an arrow, as teaser boxes print them: （2版）, ▶A3版. */
  private static final Pattern BARE_REFERENCE =
      Pattern.compile("^(?:[（(]\\s*" + PAGE + "\\s*[）)]|[▶►→>]\\s*" + PAGE + ")$");
  private static final Pattern AT_END = Pattern.compile(POINTER.pattern() + "\\s*$");
  private static final Pattern RESUMES = Pattern.compile("^\\s*[（(]\\s*(上接|接)\\s*" + PAGE + "\\s*[）)]\\s*");

  /** The pointer when {@code text} is nothing but one. */
  static Optional<JumpLine> standalone(String text) {
    if (!namesAPage(text)) {
      return Optional.empty();
    }
    Matcher m = STANDALONE.matcher(text.strip());
    if (m.matches()) {
      return Optional.of(of(m));
    }
    Matcher bare = BARE_REFERENCE.matcher(text.strip());
    if (bare.matches()) {
      String page = bare.group(1) != null ? bare.group(1) : bare.group(2);
      return Optional.of(new JumpLine(Direction.POINTS_TO, page.replace(" ", "")));
    }
    return Optional.empty();
  }

  /** The pointer that ends {@code text} (…认同和行为习惯。(下转第二版)), if any. */
  static Optional<JumpLine> atEnd(String text) {
    if (!namesAPage(tail(text))) {
      return Optional.empty();
    }
    Matcher m = AT_END.matcher(tail(text));
    return m.find() ? Optional.of(of(m)) : Optional.empty();
  }

  /** The {@code （上接第一版）} that opens {@code text}, if any: the rest of a story from another page starts here. */
  static Optional<JumpLine> resumesAt(String text) {
    if (!namesAPage(text)) {
      return Optional.empty();
    }
    Matcher m = RESUMES.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new JumpLine(Direction.CONTINUES_FROM, m.group(2).replace(" ", "")));
  }

  /** {@code text} without the （上接…） that opens it. */
  static String stripResumes(String text) {
    Matcher m = RESUMES.matcher(text);
    return m.find() ? text.substring(m.end()) : text;
  }

  /** {@code text} without the pointer that ends it. */
  static String stripAtEnd(String text) {
    String tail = tail(text);
    Matcher m = AT_END.matcher(tail);
    return m.find() ? text.substring(0, text.length() - tail.length() + m.start()).stripTrailing() : text;
  }

  /** A cheap test before any regex: every pointer names a 版, 页 or 面. Most lines name none. */
  private static boolean namesAPage(String text) {
    return text.indexOf('版') >= 0 || text.indexOf('页') >= 0 || text.indexOf('面') >= 0;
  }

  /** A pointer is never longer than this many characters, so only the end of a paragraph is searched. */
  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 24));
  }

  private static JumpLine of(Matcher m) {
    String verb = m.group(1);
    Direction direction = switch (verb) {
      case "下转", "转" -> Direction.CONTINUES_TO;
      case "上接", "接" -> Direction.CONTINUES_FROM;
      default -> Direction.POINTS_TO;
    };
    return new JumpLine(direction, m.group(2).replace(" ", ""));
  }
}
