package org.inkstream.corpus;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One real news article that pages are rendered from, as the corpus files hold it (one JSON object a line).
 *
 * @param source the short name of the corpus it came from (see {@code docs/data.md})
 * @param id its id inside that corpus
 * @param title its headline, or null when the corpus has none
 * @param paragraphs its running text, a paragraph an element, as the corpus breaks it
 * @param label the corpus's own topic label, or null
 */
public record SourceArticle(String source, String id, String title, List<String> paragraphs, String label) {

  /**
   * The corpus's own dateline at the start of the text (新京报讯（记者 刘玮）, 央视网消息（新闻联播）：): the renderer
   * prints a dateline of its own, whose credits the gold knows.
   */
  private static final Pattern OWN_DATELINE = Pattern.compile(
      "^[^，。,\\s]{0,24}?(?:讯|电|消息)(?=[\\s（(：:])\\s*(?:[（(][^）)]{0,40}[）)])?\\s*[：:]?\\s*");
  /** Web-page leftovers inside the text: [微博], [图集], 导语： before a lead. */
  private static final Pattern WEB_MARKS = Pattern.compile("\\[(?:微博|图集|视频|图|礼物)\\]|^(?:导语|导读)[：:]");
  /** Paragraphs that are a web page's furniture, not the article: 原标题, 文章来源, 责任编辑. */
  private static final Pattern WEB_PARAGRAPH = Pattern.compile(
      "^[（(]?(?:原标题|文章来源|来源[：:]|责任编辑|本文来源|点击|关注|扫描|更多精彩|欢迎关注)");
  /**
   * How a paragraph of running text ends: a sentence mark, or a closing quote or bracket after one. Short paragraphs
   * that end otherwise are a web page's photo captions, section labels or reporter lines: printed among the body they
   * would teach the model that a short line without a full stop is running text, which on paper it almost never is.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?…．.；;：:][”’」』）)】]*$|[”」』）)】]$");
  /** Paragraphs up to this long need a sentence end to count as running text. */
  private static final int SHORT_PARAGRAPH = 30;

  public SourceArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    paragraphs = clean(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("article " + source + "/" + id + " has no text");
    }
  }

  /**
   * The paragraphs as a printed page would carry them: the corpus's own dateline, web marks and web furniture
   * paragraphs left out, blank ones dropped. Empty when nothing printable is left.
   */
  public static List<String> clean(List<String> paragraphs) {
    if (paragraphs == null) {
      return List.of();
    }
    List<String> kept = paragraphs.stream().map(p -> WEB_MARKS.matcher(p.strip()).replaceAll("").strip())
        .filter(p -> !p.isEmpty() && !WEB_PARAGRAPH.matcher(p).find())
        .filter(p -> p.length() > SHORT_PARAGRAPH || SENTENCE_END.matcher(p).find()).toList();
    if (kept.isEmpty()) {
      return kept;
    }
    String first = OWN_DATELINE.matcher(kept.get(0)).replaceFirst("");
    return first.isEmpty() ? kept.subList(1, kept.size())
        : Stream.concat(Stream.of(first), kept.stream().skip(1)).toList();
  }

  /**
   * Whether the text reads as a printed article: no markup or addresses left from a web page, and mostly Chinese. A
   * corpus scraped from the web has some of each; they would teach the model page furniture no paper prints.
   */
  public boolean printable() {
    int ascii = 0;
    int all = 0;
    for (String paragraph : paragraphs) {
      if (paragraph.contains("{") || paragraph.contains("}") || paragraph.contains("://") || paragraph.contains("www.")) {
        return false;
      }
      for (int i = 0; i < paragraph.length(); i++) {
        char c = paragraph.charAt(i);
        ascii += (c < 128 && Character.isLetter(c)) ? 1 : 0;
        all++;
      }
    }
    return all > 0 && ascii * 10 < all;
  }

  /** Characters of running text. */
  public int length() {
    return paragraphs.stream().mapToInt(String::length).sum();
  }
}
