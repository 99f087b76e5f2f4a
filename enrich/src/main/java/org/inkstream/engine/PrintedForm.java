package org.inkstream.engine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.inkstream.core.Article;
import org.inkstream.core.Byline;

/**
 * Puts a page's printed characters back into what the engine wrote from its simplified reading.
 *
 * <p>Why: the engine reads a page in traditional script as its simplified form ({@link SimplifiedForm}), so that every
 * rule and feature finds its cues (本報訊 is 本报讯, 記者 is 记者, 下轉 is 下转). What it writes must still be what the
 * page printed: a monitoring team searches the paper's own words. Every string the writer makes is cut and joined from
 * the item's lines, in order, with spaces and breaks added or dropped; simplification changes characters one for one.
 * So each character that stands for another printed one is found again in the item's lines, from where the previous
 * one was found (一 to 一 needs no search; 后 may have been printed 後 or 后, and the place decides), and the printed
 * character at that place replaces it.
 *
 * <p>Immutable; {@link #NONE} for a page printed in simplified characters, where it changes nothing at no cost.
 */
final class PrintedForm {

  static final PrintedForm NONE = new PrintedForm(Map.of());

  /** The printed text of each line whose reading differs from it, by line number. */
  private final Map<Integer, String> printed;

  PrintedForm(Map<Integer, String> printed) {
    this.printed = Map.copyOf(printed);
  }

  /** The printed text of {@code line}. */
  String of(Line line) {
    return printed.getOrDefault(line.number(), line.text());
  }

  /** {@code article} with every text it holds in the characters its lines printed. */
  Article restore(Article article, List<Line> lines) {
    if (printed.isEmpty() || lines.stream().noneMatch(line -> printed.containsKey(line.number()))) {
      return article;
    }
    Restorer restorer = new Restorer(lines);
    UnaryOperator<String> back = restorer::restore;
    Byline byline = article.byline();
    return article.toBuilder()
        .headline(back.apply(article.headline()))
        .kicker(back.apply(article.kicker()))
        .subtitle(back.apply(article.subtitle()))
        .byline(new Byline(all(byline.reporters(), back), all(byline.correspondents(), back),
            all(byline.authors(), back), all(byline.photographers(), back)))
        .agency(back.apply(article.agency()))
        .subheads(all(article.subheads(), back))
        .captions(all(article.captions(), back))
        .column(back.apply(article.column()))
        .series(back.apply(article.series()))
        .text(back.apply(article.text()))
        .build();
  }

  /** The printed text of {@code lines}, joined by line breaks: a leftover as the page printed it. */
  String join(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(of(line));
    }
    return text.toString();
  }

  private static List<String> all(List<String> texts, UnaryOperator<String> back) {
    return texts.stream().map(back).toList();
  }

  /** One item's lines, read and printed, laid end to end. */
  private final class Restorer {
    private final String read;
    private final String print;
    /** The characters of the reading that stand for another printed one somewhere: only these are looked for. */
    private final Set<Character> simplified = new HashSet<>();

    Restorer(List<Line> lines) {
      StringBuilder read = new StringBuilder();
      StringBuilder print = new StringBuilder();
      for (Line line : lines.stream().sorted(Comparator.comparingInt(Line::number)).toList()) {
        read.append(line.text()).append('\n');
        print.append(of(line)).append('\n');
      }
      this.read = read.toString();
      this.print = print.toString();
      for (int i = 0; i < this.read.length(); i++) {
        if (this.read.charAt(i) != this.print.charAt(i)) {
          simplified.add(this.read.charAt(i));
        }
      }
    }

    String restore(String text) {
      if (text == null || text.isEmpty()) {
        return text;
      }
      char[] out = text.toCharArray();
      int from = 0;
      for (int i = 0; i < out.length; i++) {
        if (!simplified.contains(out[i])) {
          continue;
        }
        int at = read.indexOf(out[i], from);
        if (at < 0) {
          // Strings are not all cut in reading order (a headline is written before the text it stands after).
          at = read.indexOf(out[i]);
        }
        out[i] = print.charAt(at);
        from = at + 1;
      }
      return new String(out);
    }
  }
}
