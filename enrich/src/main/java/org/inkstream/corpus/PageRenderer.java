package org.inkstream.corpus;

import static org.inkstream.corpus.Vocabulary.pick;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.inkstream.core.LineRange;
import org.inkstream.engine.LineRole;
import org.inkstream.eval.GoldItem;
import org.inkstream.eval.GoldPage;

/**
 * Renders real article text into raw pages as a PDF extraction gives them, with gold annotations: the corpus the line
 * labeller learns from and is measured on.
 *
 * <p>A page is drawn from a seed: its {@link RenderKnobs} (layout, column width, where headlines stand, digits,
 * punctuation, script), then three to eight items made by {@link ItemFactory} from articles of the pool, page
 * furniture, banners, duplicates and garbage around them. The same seed and pool give the same page, byte for byte.
 * Every non-blank line is in exactly one gold item or in {@code ignore}, as in {@code seeds/gold}.
 */
public final class PageRenderer {

  /** One printed line before numbering: its text, the item it belongs to (-1 for none) and its role. */
  private record Printed(String text, int item, LineRole role) {}

  private static final String CLOSING_PUNCTUATION = "，。、；：！？）」”》,.;:!?)";
  private static final String PRIVATE_USE = "\uE000\uE00B\uE01A\uE12C\uE1F0\uE23D\uE301\uE4A2\uE5C9\uF0B7";

  /**
   * Renders page {@code name} from articles of {@code pool}.
   *
   * @throws IllegalArgumentException when the pool is empty
   */
  public RenderedPage render(String name, List<SourceArticle> pool, long seed) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("no articles to render page " + name + " from");
    }
    // Neighbouring seeds give java.util.Random correlated first draws: scramble the seed first (SplitMix64's finaliser).
    Random rnd = new Random(scramble(seed));
    RenderKnobs knobs = RenderKnobs.draw(rnd);
    String paper = Vocabulary.paper(rnd);
    ItemFactory factory = new ItemFactory(rnd, paper);
    List<RenderItem> items = new ArrayList<>();
    Set<String> phenomena = new LinkedHashSet<>(knobs.names());
    List<List<Printed>> blocks = new ArrayList<>();
    if (rnd.nextDouble() < 0.5) {
      blocks.add(furniture(rnd, -1));
      phenomena.add("furniture");
    }
    int count = 3 + rnd.nextInt(6);
    for (int k = 0; k < count; k++) {
      List<RenderItem> drafts = drawItems(rnd, factory, pool, phenomena);
      if (rnd.nextDouble() < 0.12) {
        blocks.add(List.of(new Printed(pick(rnd, Vocabulary.BANNERS), -1, LineRole.OTHER)));
        phenomena.add("banners");
      }
      if (drafts.size() > 1 && drafts.get(0).type.equals("news") && !drafts.get(0).hasTitle()) {
        blocks.add(List.of(new Printed(pick(rnd, Vocabulary.BRIEF_BANNERS), -1, LineRole.OTHER)));
      }
      for (RenderItem draft : drafts) {
        boolean after = knobs.titlePosition() == RenderKnobs.TitlePosition.AFTER
            || (knobs.titlePosition() == RenderKnobs.TitlePosition.MIXED && rnd.nextBoolean());
        if (after && !draft.type.equals("teaser") && !draft.type.equals("notice_ad")) {
          draft.titlesLast();
        }
        if (draft.type.equals("news") || draft.type.equals("feature")) {
          maybeCaption(rnd, draft, phenomena);
          maybeJump(rnd, draft, phenomena);
        }
        items.add(draft);
        blocks.add(layout(draft, items.size() - 1, knobs, rnd));
      }
    }
    if (rnd.nextDouble() < 0.5) {
      blocks.add(furniture(rnd, 1));
      phenomena.add("furniture");
    }
    List<Printed> lines = join(blocks, knobs, rnd);
    if (rnd.nextDouble() < 0.1) {
      duplicate(lines, rnd);
      phenomena.add("duplicates");
    }
    if (knobs.garbage()) {
      lines.add(rnd.nextInt(lines.size() + 1), new Printed(garbageLine(rnd), -1, LineRole.OTHER));
    }
    for (RenderItem item : items) {
      phenomena.addAll(item.phenomena);
    }
    return write(name, paper, items, lines, knobs, rnd, List.copyOf(phenomena));
  }

  private static long scramble(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One item, or a run of items that print together: a teaser box, a column of briefs. */
  private static List<RenderItem> drawItems(Random rnd, ItemFactory factory, List<SourceArticle> pool,
      Set<String> phenomena) {
    double p = rnd.nextDouble();
    SourceArticle article = pick(rnd, pool);
    if (p < 0.42) {
      return List.of(factory.news(article));
    }
    if (p < 0.54) {
      return List.of(factory.feature(article));
    }
    if (p < 0.62) {
      phenomena.add("commentary");
      return List.of(factory.commentary(article));
    }
    if (p < 0.69) {
      phenomena.add("photo");
      return List.of(factory.photo(article));
    }
    if (p < 0.76) {
      phenomena.add("teasers");
      int n = 1 + rnd.nextInt(3);
      List<SourceArticle> teased = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        teased.add(pick(rnd, pool));
      }
      if (rnd.nextBoolean()) {
        return List.of(factory.teaserBox(teased));
      }
      return teased.stream().map(factory::teaser).toList();
    }
    if (p < 0.78) {
      phenomena.add("ads");
      return List.of(factory.notice());
    }
    if (p < 0.81) {
      phenomena.add("classifieds");
      List<RenderItem> ads = new ArrayList<>();
      int n = 3 + rnd.nextInt(8);
      for (int i = 0; i < n; i++) {
        ads.add(factory.classified());
      }
      return ads;
    }
    if (p < 0.87) {
      phenomena.add("briefs");
      List<RenderItem> briefs = new ArrayList<>();
      int n = 2 + rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        briefs.add(factory.brief(pick(rnd, pool)));
      }
      return briefs;
    }
    if (p < 0.92) {
      phenomena.add("jumps");
      return List.of(factory.continuation(article));
    }
    phenomena.add("other-items");
    return List.of(factory.other(article));
  }

  /** A caption standing in the middle of one of the item's sentences, where the extraction put the photo's text. */
  private static void maybeCaption(Random rnd, RenderItem draft, Set<String> phenomena) {
    List<Integer> paragraphs = new ArrayList<>();
    for (int i = 0; i < draft.pieces.size(); i++) {
      if (draft.pieces.get(i).role() == LineRole.BODY && draft.pieces.get(i).text().length() > 40) {
        paragraphs.add(i);
      }
    }
    if (paragraphs.isEmpty() || rnd.nextDouble() >= 0.3) {
      return;
    }
    int at = pick(rnd, paragraphs) + 1;
    // Captions are short clauses about the picture, with or without the photographer's credit.
    String caption = shortClause(rnd, draft);
    String credit = Vocabulary.name(rnd) + " 摄";
    double style = rnd.nextDouble();
    if (style < 0.55) {
      draft.pieces.add(at, new RenderItem.Piece(LineRole.CAPTION, caption, true));
    } else if (style < 0.8) {
      draft.pieces.add(at, new RenderItem.Piece(LineRole.CAPTION, caption + " " + credit, true));
    } else {
      draft.pieces.add(at, new RenderItem.Piece(LineRole.CAPTION, credit, true));
      draft.pieces.add(at, new RenderItem.Piece(LineRole.CAPTION, caption, true));
    }
    phenomena.add("captions-mid-sentence");
  }

  /** A clause of the item's own text, 5 to 18 characters: what a caption says of the picture beside the story. */
  private static String shortClause(Random rnd, RenderItem draft) {
    List<String> clauses = new ArrayList<>();
    for (RenderItem.Piece piece : draft.pieces) {
      if (piece.role() == LineRole.BODY) {
        for (String clause : piece.text().split("[，。；！？、：,;:!?“”「」（）()\\s]")) {
          if (clause.length() >= 5 && clause.length() <= 18) {
            clauses.add(clause);
          }
        }
      }
    }
    String prefix = rnd.nextDouble() < 0.2 ? "图为" : "";
    return prefix + (clauses.isEmpty() ? pick(rnd, Vocabulary.CITIES) + "街头一景" : pick(rnd, clauses));
  }

  /** A long story that goes on elsewhere ends with a pointer to the page it continues on. */
  private static void maybeJump(Random rnd, RenderItem draft, Set<String> phenomena) {
    if (draft.pieces.size() < 4 || rnd.nextDouble() >= 0.1) {
      return;
    }
    int last = draft.pieces.size() - 1;
    while (last > 0 && draft.pieces.get(last).role() != LineRole.BODY) {
      last--;
    }
    String pointer = "（下转第" + Vocabulary.pageNumber(rnd) + "版）";
    if (rnd.nextBoolean()) {
      draft.pieces.add(last + 1, RenderItem.Piece.of(LineRole.JUMP, pointer));
    } else {
      RenderItem.Piece piece = draft.pieces.get(last);
      String text = piece.text();
      int cut = Math.max(1, text.length() * 2 / 3);
      draft.pieces.set(last, RenderItem.Piece.of(LineRole.BODY, text.substring(0, cut) + pointer));
    }
    phenomena.add("jumps");
  }

  /** The item's pieces as printed lines: paragraphs wrapped at the column width, headings on lines of their own. */
  private static List<Printed> layout(RenderItem draft, int index, RenderKnobs knobs, Random rnd) {
    List<Printed> out = new ArrayList<>();
    List<RenderItem.Piece> pieces = draft.pieces;
    for (int i = 0; i < pieces.size(); i++) {
      RenderItem.Piece piece = pieces.get(i);
      if (piece.midSentence()) {
        continue;
      }
      List<RenderItem.Piece> captions = new ArrayList<>();
      for (int k = i + 1; k < pieces.size() && pieces.get(k).midSentence(); k++) {
        captions.add(pieces.get(k));
      }
      switch (piece.role()) {
        case BODY -> paragraph(piece.text(), index, knobs, rnd, captions, out);
        case AD -> out.add(new Printed(piece.text(), index, LineRole.AD));
        case TITLE, SUBHEAD -> heading(piece, index, knobs, rnd, out);
        default -> out.add(new Printed(piece.text(), index, piece.role()));
      }
      if (piece.role() == LineRole.BODY && knobs.blankBetweenParagraphs()) {
        out.add(null);
      }
    }
    return out;
  }

  private static void heading(RenderItem.Piece piece, int index, RenderKnobs knobs, Random rnd, List<Printed> out) {
    String text = piece.text();
    if (knobs.letterSpaced() && text.length() <= 12 && rnd.nextDouble() < 0.5) {
      text = String.join(" ", text.split(""));
    }
    if (knobs.headingMarks()) {
      text = (piece.role() == LineRole.TITLE ? "# " : "## ") + text;
    }
    if (knobs.wrapped() && piece.role() == LineRole.TITLE && text.length() > 16 && rnd.nextBoolean()) {
      int cut = text.length() / 2 + rnd.nextInt(3) - 1;
      out.add(new Printed(text.substring(0, cut), index, piece.role()));
      out.add(new Printed(text.substring(cut), index, piece.role()));
      return;
    }
    out.add(new Printed(text, index, piece.role()));
  }

  /** A paragraph as lines, with the captions that interrupt it between two of them. */
  private static void paragraph(String text, int index, RenderKnobs knobs, Random rnd,
      List<RenderItem.Piece> captions, List<Printed> out) {
    String body = knobs.indent() ? "\u3000\u3000" + text : text;
    List<String> lines = knobs.wrapped() ? wrap(body, knobs.columnWidth()) : List.of(body);
    if (!captions.isEmpty() && lines.size() == 1) {
      // A paragraph on one line: the caption splits it at a clause, mid-sentence.
      int comma = body.indexOf('，', body.length() / 3);
      int cut = rnd.nextBoolean() && comma > 0 && comma < body.length() - 2 ? comma + 1
          : body.length() / 4 + rnd.nextInt(Math.max(1, body.length() / 2));
      lines = List.of(body.substring(0, cut), body.substring(cut));
    }
    int captionAt = captions.isEmpty() ? -1 : 1 + rnd.nextInt(lines.size() - 1);
    for (int k = 0; k < lines.size(); k++) {
      if (k == captionAt) {
        boolean spaced = rnd.nextDouble() < 0.4;
        if (spaced) {
          out.add(null);
        }
        captions.forEach(c -> out.add(new Printed(c.text(), index, LineRole.CAPTION)));
        if (spaced) {
          out.add(null);
        }
      }
      out.add(new Printed(lines.get(k), index, LineRole.BODY));
      if (knobs.strayBlanks() > 0 && k + 1 < lines.size() && rnd.nextDouble() < knobs.strayBlanks()) {
        out.add(null);
      }
    }
  }

  /** Breaks {@code text} every {@code width} characters; closing punctuation hangs on the line before. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int[] cps = text.codePoints().toArray();
    while (start < cps.length) {
      int end = Math.min(cps.length, start + width);
      while (end < cps.length && CLOSING_PUNCTUATION.indexOf(cps[end]) >= 0) {
        end++;
      }
      lines.add(new String(cps, start, end - start));
      start = end;
    }
    return lines;
  }

  /** Masthead date, page number and editor credits: at the top ({@code where} &lt; 0) or at the bottom. */
  private static List<Printed> furniture(Random rnd, int where) {
    List<Printed> out = new ArrayList<>();
    if (where < 0) {
      out.add(new Printed((2000 + rnd.nextInt(25)) + "年" + (rnd.nextInt(12) + 1) + "月" + (rnd.nextInt(28) + 1)
          + "日 星期" + pick(rnd, Vocabulary.WEEKDAYS), -1, LineRole.OTHER));
      if (rnd.nextBoolean()) {
        out.add(new Printed(pick(rnd, List.of("", "第")) + (rnd.nextInt(16) + 1) + "版", -1, LineRole.OTHER));
      }
    } else {
      out.add(new Printed(pick(rnd, List.of("责任编辑：", "责编：", "编辑：")) + Vocabulary.name(rnd)
          + (rnd.nextBoolean() ? "  美编：" + Vocabulary.name(rnd) : "")
          + (rnd.nextBoolean() ? "  校对：" + Vocabulary.name(rnd) : ""), -1, LineRole.OTHER));
    }
    return out;
  }

  /** Blocks in page order, with the blank lines a page puts between them. */
  private static List<Printed> join(List<List<Printed>> blocks, RenderKnobs knobs, Random rnd) {
    List<Printed> lines = new ArrayList<>();
    for (List<Printed> block : blocks) {
      if (!lines.isEmpty() && rnd.nextDouble() < 0.7) {
        lines.add(null);
        if (rnd.nextDouble() < 0.2) {
          lines.add(null);
        }
      }
      lines.addAll(block);
    }
    return lines;
  }

  /** Prints one body line of some item a second time, earlier on the page: the misplaced copy belongs to nothing. */
  private static void duplicate(List<Printed> lines, Random rnd) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      Printed line = lines.get(i);
      if (line != null && line.role() == LineRole.BODY && line.text().length() >= 10) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    int original = pick(rnd, candidates);
    lines.add(rnd.nextInt(original), new Printed(lines.get(original).text(), -1, LineRole.OTHER));
  }

  private static String garbageLine(Random rnd) {
    StringBuilder out = new StringBuilder();
    int n = 1 + rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      out.append(PRIVATE_USE.charAt(rnd.nextInt(PRIVATE_USE.length())));
    }
    return out.toString();
  }

  /** Applies the page's print conventions to a line; line counts and roles stay as they are. */
  private static String style(String text, RenderKnobs knobs, Random rnd) {
    String out = text;
    if (knobs.traditional()) {
      out = HanLP.convertToTraditionalChinese(out);
    }
    if (knobs.classical()) {
      out = out.replace('，', '、').replace("。", rnd.nextBoolean() ? "、" : "　").replace('；', '、');
    }
    if (knobs.halfWidthPunctuation()) {
      out = out.replace('，', ',').replace('。', '.').replace('：', ':').replace('；', ';')
          .replace('（', '(').replace('）', ')').replace('？', '?').replace('！', '!');
    }
    if (knobs.fullWidthDigits()) {
      StringBuilder digits = new StringBuilder(out.length());
      for (char c : out.toCharArray()) {
        digits.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
      }
      out = digits.toString();
    }
    if (knobs.garbage() && rnd.nextDouble() < 0.03 && out.length() > 2) {
      int at = 1 + rnd.nextInt(out.length() - 1);
      out = out.substring(0, at) + PRIVATE_USE.charAt(rnd.nextInt(PRIVATE_USE.length())) + out.substring(at);
    }
    return out;
  }

  private static RenderedPage write(String name, String paper, List<RenderItem> items, List<Printed> lines,
      RenderKnobs knobs, Random rnd, List<String> phenomena) {
    StringBuilder text = new StringBuilder();
    Map<Integer, List<Integer>> itemLines = new TreeMap<>();
    Map<Integer, Map<LineRole, List<Integer>>> roles = new TreeMap<>();
    List<Integer> ignored = new ArrayList<>();
    int number = 0;
    for (Printed line : lines) {
      number++;
      if (line == null) {
        text.append('\n');
        continue;
      }
      text.append(style(line.text(), knobs, rnd)).append('\n');
      if (line.item() < 0) {
        ignored.add(number);
        continue;
      }
      itemLines.computeIfAbsent(line.item(), k -> new ArrayList<>()).add(number);
      roles.computeIfAbsent(line.item(), k -> new TreeMap<>())
          .computeIfAbsent(line.role(), k -> new ArrayList<>()).add(number);
    }
    List<GoldItem> gold = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> entry : itemLines.entrySet()) {
      RenderItem item = items.get(entry.getKey());
      Map<LineRole, List<Integer>> byRole = roles.get(entry.getKey());
      gold.add(new GoldItem("i" + (gold.size() + 1), item.type, item.topics,
          byRole.getOrDefault(LineRole.TITLE, List.of()), LineRange.coalesce(entry.getValue()),
          byRole.getOrDefault(LineRole.SUBHEAD, List.of()), byRole.getOrDefault(LineRole.CAPTION, List.of()),
          item.source, printed(item.reporters, knobs), printed(item.correspondents, knobs),
          printed(item.authors, knobs), byRole.getOrDefault(LineRole.BYLINE, List.of()), byRole.getOrDefault(LineRole.JUMP, List.of())));
    }
    return new RenderedPage(name, text.toString(),
        new GoldPage(name, paper, LineRange.coalesce(ignored), gold, phenomena));
  }

  /** Names as the page prints them: in traditional characters on a page set in them, as its byline shows them. */
  private static List<String> printed(List<String> names, RenderKnobs knobs) {
    return knobs.traditional() ? names.stream().map(HanLP::convertToTraditionalChinese).toList() : names;
  }
}
