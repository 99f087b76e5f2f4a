package org.inkstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives every line of a page a {@link LineKind}. First what a line says by itself (a dateline, a byline, a page
 * pointer, a table row), then what it is among its neighbours: a short line without full stop after a finished
 * sentence is a title; the same line inside an unfinished sentence is a caption; on wrapped pages only a run of such
 * lines that ends at a dateline or a byline is a title.
 */
final class LineClassifier {

  /** Titles longer than this (in characters, spaces left out) are rare; body lines this short are rarer. */
  static final int MAX_TITLE_WIDTH = 40;
  /** A wrapped title block, kicker to subtitle, is at most this many lines. */
  private static final int MAX_WRAPPED_TITLE_LINES = 6;
  private static final int MAX_AD_LINE_WIDTH = 30;

  private static final Pattern COLUMN_LABEL = Pattern.compile(
      "^\\p{IsHan}{1,6}(时评|评论|短评|快评|论坛|观察|漫谈|杂谈|随笔|言论|社论|社评|点评|视点|热评|锐评|新论|观点|小议"
          // 今日谈, 纵横谈; not a talk (中美会谈, 座谈)
          + "|(?<![会座商洽面交约和])谈)$"
          // a bare label under the headline or over the text (not 评论 alone: the banner of a commentary page)
          + "|^(社论|社评|短评|时评|快评|述评|评论员文章|本报评论员)$");
  private static final Pattern SERIES_LABEL = Pattern.compile(
      "系列(报道|评论|述评|访谈|调查|综述|谈)\\s*[①-⑳]?\\s*$|系列(报道|评论|述评|访谈|调查|综述|谈)之\\p{IsHan}{1,3}\\s*$");
  /** A sentence that reports what someone said opens like a title: 会议指出,平安稳定工作是一项 */
  private static final Pattern SPEECH_OPENING = Pattern.compile(
      "^\\p{IsHan}{1,10}(指出|强调|要求|表示|认为|介绍|提出|称|说|透露|坦言|建议)[，,：:]");
  /** Editor credits, masthead dates and page numbers: printed on every page, part of no article. */
  private static final Pattern FURNITURE = Pattern.compile(
      "^(本版|本期)?(责任编辑|责编|编辑|美编|美术编辑|校对|版式设计|版式|组版|审读|制版|值班编委)[:：\\s]"
          + "|^\\d{4}年\\d{1,2}月\\d{1,2}日\\s*(星期|周)[一二三四五六日天]$|^第?[0-9０-９一二三四五六七八九十]{1,3}版$");
  private static final Pattern TABLE_ROW = Pattern.compile("\\S\\t+\\S|\\S(?: {2,}\\S+){2,}");
  private static final Pattern NUMBER_ONLY = Pattern.compile("^[0-9０-９\\-—–()（）\\s.、]{3,}$");

  private LineClassifier() {}

  static List<LineKind> classify(List<Line> lines, PageLayout layout) {
    LineKind[] kinds = new LineKind[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      kinds[i] = byItself(lines.get(i));
    }
    markAdvertisements(lines, kinds);
    if (layout.wrapped()) {
      markWrappedTitles(lines, kinds);
    } else {
      markParagraphTitles(lines, kinds);
    }
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == null) {
        kinds[i] = LineKind.BODY;
      }
    }
    return List.of(kinds);
  }

  /** The kind a line has whatever surrounds it, or null when its neighbours decide. */
  private static LineKind byItself(Line line) {
    String text = line.text();
    if (line.isGarbage()) {
      return LineKind.GARBAGE;
    }
    if (line.width() <= 40 && mayBeFurniture(text) && FURNITURE.matcher(line.bare()).find()) {
      return LineKind.FURNITURE;
    }
    if (JumpLine.standalone(text).isPresent()) {
      return LineKind.JUMP;
    }
    if (BylineParser.isClosingCredit(text)) {
      return LineKind.CREDIT;
    }
    if (BylineParser.isStandalone(text)) {
      return text.endsWith("摄") ? LineKind.CREDIT : LineKind.BYLINE;
    }
    if (Dateline.startsWithDateline(text)) {
      return LineKind.DATELINE;
    }
    String bare = line.bare();
    if (line.width() <= 10 && COLUMN_LABEL.matcher(bare).matches()) {
      return LineKind.COLUMN;
    }
    if (line.width() <= 30 && bare.contains("系列") && SERIES_LABEL.matcher(bare).find()) {
      return LineKind.SERIES;
    }
    return null;
  }

  private static boolean mayBeFurniture(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("编校审版期周值".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A title candidate judged by its own text: short, no full stop, not the opening of reported speech. */
  static boolean titleShaped(Line line) {
    String bare = line.bare();
    int width = line.width();
    if (width < 2 || width > MAX_TITLE_WIDTH || bare.isEmpty()) {
      return false;
    }
    if (line.endsSentence() || Punctuation.hasInnerSentenceEnd(bare) || SPEECH_OPENING.matcher(bare).find()) {
      return false;
    }
    if (Punctuation.endsClause(bare)) {
      return Punctuation.endsWithColon(bare) && width <= 12;
    }
    return !bare.contains("\t");
  }

  /**
   * One paragraph per line: a title-shaped line is a title when the line before it ends a sentence (or is not text),
   * and a caption when the line before it breaks off mid-sentence.
   */
  private static void markParagraphTitles(List<Line> lines, LineKind[] kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == null && askingTitle(lines, kinds, i)) {
        kinds[i] = LineKind.TITLE;
        continue;
      }
      if (kinds[i] != null || !titleShaped(lines.get(i))) {
        continue;
      }
      // Lines not yet decided before this one are body text: titles are decided in page order.
      boolean afterOpenSentence = i > 0 && (kinds[i - 1] == null || kinds[i - 1] == LineKind.DATELINE)
          && !finished(lines.get(i - 1));
      boolean beforeText = i + 1 < lines.size() && kinds[i + 1] == null && !titleShaped(lines.get(i + 1));
      kinds[i] = afterOpenSentence && beforeText ? LineKind.CAPTION : LineKind.TITLE;
    }
  }

  /**
   * A short line ending in a question or exclamation mark is a title only where a dateline or byline follows it:
   * elsewhere it is a sentence of its own.
   */
  private static boolean askingTitle(List<Line> lines, LineKind[] kinds, int i) {
    Line line = lines.get(i);
    String bare = line.bare();
    boolean asks = bare.endsWith("？") || bare.endsWith("！") || bare.endsWith("?") || bare.endsWith("!");
    if (!asks || line.width() > 30 || Punctuation.hasInnerSentenceEnd(bare) || i + 1 >= lines.size()) {
      return false;
    }
    LineKind next = kinds[i + 1];
    boolean afterSentence = i == 0 || lines.get(i - 1).endsSentence() || kinds[i - 1] != null;
    return afterSentence && (next == LineKind.DATELINE || next == LineKind.BYLINE);
  }

  /**
   * Hard-wrapped columns: a run of lines without full stop, right after a finished sentence, is a title block only
   * when it ends at a dateline, a byline, a page pointer, page furniture or the page end. A run that flows into a
   * sentence is just the start of a paragraph.
   */
  private static void markWrappedTitles(List<Line> lines, LineKind[] kinds) {
    int i = 0;
    while (i < lines.size()) {
      if (kinds[i] == null && decoratedSubhead(lines, i)) {
        kinds[i] = LineKind.TITLE;
        i++;
        continue;
      }
      if (kinds[i] != null || !opensRun(lines, kinds, i)) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && end - i < MAX_WRAPPED_TITLE_LINES && kinds[end] == null
          && wrappedTitleLine(lines.get(end)) && !(end > i && lines.get(end).doubled())) {
        end++;
      }
      if (end > i && closesRun(lines, kinds, end)) {
        for (int k = i; k < end; k++) {
          kinds[k] = LineKind.TITLE;
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /** Whether {@code line} ends its text: a full stop, or a page pointer or photo credit after the last sentence. */
  private static boolean finished(Line line) {
    return line.endsSentence() || JumpLine.atEnd(line.text()).isPresent()
        || BylineParser.photoCreditStart(line.text()) >= 0;
  }

  /** A short line behind a bullet (■ 多方参与) after a finished sentence is a subhead, wrapped page or not. */
  private static boolean decoratedSubhead(List<Line> lines, int i) {
    Line line = lines.get(i);
    boolean decorated = !line.text().isEmpty() && Line.DECORATIONS.indexOf(line.text().charAt(0)) >= 0;
    return decorated && titleShaped(line) && (i == 0 || finished(lines.get(i - 1)));
  }

  private static boolean wrappedTitleLine(Line line) {
    String bare = line.bare();
    return !bare.isEmpty() && line.width() <= MAX_TITLE_WIDTH && !line.endsSentence()
        && !Punctuation.hasInnerSentenceEnd(bare) && !bare.endsWith("，") && !bare.endsWith("、")
        && !bare.endsWith(",");
  }

  private static boolean opensRun(List<Line> lines, LineKind[] kinds, int i) {
    if (i == 0) {
      return true;
    }
    LineKind before = kinds[i - 1];
    return finished(lines.get(i - 1)) || (before != null && before != LineKind.BODY
        && before != LineKind.DATELINE && before != LineKind.TITLE);
  }

  private static boolean closesRun(List<Line> lines, LineKind[] kinds, int end) {
    if (end >= lines.size()) {
      return true;
    }
    LineKind next = kinds[end];
    return next == LineKind.DATELINE || next == LineKind.BYLINE || next == LineKind.JUMP
        || next == LineKind.COLUMN || next == LineKind.AD || next == LineKind.GARBAGE || lines.get(end).doubled();
  }

  /**
   * Tables (tab-separated or space-aligned rows) and the short unpunctuated lines around them (slogans, phone
   * numbers, the notice's title) are one advertisement or notice.
   */
  private static void markAdvertisements(List<Line> lines, LineKind[] kinds) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      boolean maybeRow = text.indexOf('\t') >= 0 || text.contains("  ");
      if (kinds[i] == null && maybeRow && TABLE_ROW.matcher(text).find()) {
        rows.add(i);
      }
    }
    if (rows.size() < 2) {
      return;
    }
    for (int row : rows) {
      kinds[row] = LineKind.AD;
    }
    for (int row : rows) {
      for (int k = row - 1; k >= 0 && adFurniture(lines.get(k), kinds[k]); k--) {
        kinds[k] = LineKind.AD;
      }
      for (int k = row + 1; k < lines.size() && adFurniture(lines.get(k), kinds[k]); k++) {
        kinds[k] = LineKind.AD;
      }
    }
  }

  private static boolean adFurniture(Line line, LineKind kind) {
    if (kind == LineKind.AD) {
      return false;
    }
    return (kind == null || kind == LineKind.GARBAGE) && (NUMBER_ONLY.matcher(line.text()).matches()
        || (line.width() <= MAX_AD_LINE_WIDTH && !line.endsSentence()));
  }
}
