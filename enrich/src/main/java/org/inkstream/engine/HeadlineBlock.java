package org.inkstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A headline block split into its printed roles: the kicker (引题) above, the main title, the subtitle (副题, often
 * {@code ——…侧记}) below. When nothing marks the roles, the longest line is taken as the main title, because papers set
 * it largest and longest.
 */
record HeadlineBlock(String kicker, String headline, String subtitle) {

  private static final Pattern TEASER_MARK = Pattern.compile("^(今日|本期|本版|要闻)?导读$");

  static HeadlineBlock of(List<Line> title, boolean teaser) {
    if (title.isEmpty()) {
      return new HeadlineBlock(null, null, null);
    }
    if (teaser && isTeaserMark(title.get(0))) {
      return new HeadlineBlock(null, title.get(0).bare(), null);
    }
    if (teaser) {
      return new HeadlineBlock(null, join(title), null);
    }
    List<Line> subtitle = new ArrayList<>();
    List<Line> rest = new ArrayList<>();
    for (Line line : title) {
      (line.bare().startsWith("—") || !subtitle.isEmpty() ? subtitle : rest).add(line);
    }
    if (rest.isEmpty()) {
      return new HeadlineBlock(null, join(subtitle), null);
    }
    // With a subtitle below, two lines above it are kicker and main title; otherwise the main title is the longest.
    int main = rest.size() == 2 && !subtitle.isEmpty() ? 1 : longest(rest);
    for (int k = 0; k < rest.size() - 1; k++) {
      if (Punctuation.endsWithColon(rest.get(k).bare())) {
        main = k + 1;
      }
    }
    List<Line> after = new ArrayList<>(rest.subList(main + 1, rest.size()));
    after.addAll(subtitle);
    String headline = join(rest.subList(main, main + 1));
    String below = nullIfEmpty(join(after));
    int dash = headline.indexOf(" ——");
    if (dash > 0 && below == null) {
      // 学史明志 鉴往知来 ——市文化和旅游局党史学习教育读书班侧记: title and subtitle set on one line
      below = headline.substring(dash + 1);
      headline = headline.substring(0, dash).strip();
    }
    return new HeadlineBlock(nullIfEmpty(join(rest.subList(0, main))), headline, below);
  }

  /** Whether {@code line} is a teaser box's label (今日导读) rather than a teased title. */
  static boolean isTeaserMark(Line line) {
    return TEASER_MARK.matcher(line.bare()).matches();
  }

  private static int longest(List<Line> lines) {
    int best = 0;
    for (int k = 1; k < lines.size(); k++) {
      if (lines.get(k).width() > lines.get(best).width()) {
        best = k;
      }
    }
    return best;
  }

  private static String join(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(line.bare());
    }
    return out.toString();
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }
}
