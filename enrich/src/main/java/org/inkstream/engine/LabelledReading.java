package org.inkstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page's items as the line labeller's labels make them: an article opens at every line labelled to begin one and
 * takes every following line up to the next such line; lines labelled {@link LineRole#OTHER} are set aside. Where in
 * its article a title line stands (before its body, after it) does not matter, which is how headlines printed after
 * their body come out right. The roles place each line into the {@link ItemDraft} the {@link ArticleWriter} reads.
 */
record LabelledReading(List<ItemDraft> items, List<Assembler.Stray> strays) {


  /** Pages with fewer non-blank lines than this are too small for the sanity check to mean anything. */
  static final int MIN_LINES_TO_CHECK = 20;

  static LabelledReading of(PageAnalysis page, List<LineLabel> labels) {
    List<Line> lines = page.lines();
    List<ItemDraft> items = new ArrayList<>();
    List<Assembler.Stray> strays = new ArrayList<>();
    ItemDraft current = null;
    LineRole previous = null;
    boolean opensUnderColumn = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      LineLabel label = labels.get(i);
      if (label.role() == LineRole.OTHER) {
        if (labelsTheNextHeadline(page, labels, i)) {
          // A column label over a headline (社评, 今日谈) reads like a section banner to the labeller; the rules know
          // it by its wording, and the headline under it opens its article.
          current = new ItemDraft();
          items.add(current);
          current.column = line.bare();
          current.lines.add(line);
          previous = null;
          opensUnderColumn = true;
          continue;
        }
        strays.add(new Assembler.Stray(List.of(line), reason(page.kinds().get(i))));
        continue;
      }
      if (label.begins() && !opensUnderColumn || current == null
          || pointerSaysNewArticle(current, line, label, previous, page.kinds().get(i))) {
        current = new ItemDraft();
        items.add(current);
        previous = null;
      }
      opensUnderColumn = false;
      place(current, line, label.role(), previous, page.kinds().get(i));
      previous = label.role();
    }
    items = repaired(items);
    for (ItemDraft item : items) {
      item.teaser = item.title.stream().anyMatch(HeadlineBlock::isTeaserMark)
          || item.jumps.stream().anyMatch(j -> j.direction() == JumpLine.Direction.POINTS_TO);
    }
    return new LabelledReading(items, strays);
  }

  /**
   * Mends the one mistake a line-by-line labeller makes that no reader would: a headline standing as an article of its
   * own. A title-only item joins the neighbour that lacks a headline, the next one first (titles usually lead).
   */
  private static List<ItemDraft> repaired(List<ItemDraft> items) {
    List<ItemDraft> out = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      ItemDraft item = items.get(k);
      boolean titleOnly = item.hasTitle() && !item.hasBody() && !item.advertisement && item.bylines.isEmpty()
          && item.jumps.isEmpty();
      ItemDraft next = k + 1 < items.size() ? items.get(k + 1) : null;
      ItemDraft previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (titleOnly && next != null && !next.hasTitle() && next.hasBody() && !next.advertisement) {
        absorb(next, item, true);
      } else if (titleOnly && previous != null && !previous.hasTitle() && previous.hasBody()
          && !previous.advertisement) {
        absorb(previous, item, false);
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /** Moves {@code titled}'s lines into {@code into}, before or after its own lines. */
  private static void absorb(ItemDraft into, ItemDraft titled, boolean before) {
    into.title.addAll(titled.title);
    into.captions.addAll(titled.captions);
    into.subheads.addAll(titled.subheads);
    if (before) {
      into.lines.addAll(0, titled.lines);
    } else {
      into.lines.addAll(titled.lines);
    }
  }

  private static void place(ItemDraft item, Line line, LineRole role, LineRole previous, LineKind kind) {
    // A commentary column's name (香城时评) or a series label (…系列报道 ①) reads like a title or a line of text; the
    // rules know them by their wording, and the writer wants them as such, wherever in the article the labeller put it.
    if ((kind == LineKind.COLUMN || kind == LineKind.SERIES) && (role == LineRole.TITLE || role == LineRole.BODY)) {
      if (kind == LineKind.COLUMN) {
        item.column = line.bare();
      } else {
        item.series = line.bare();
      }
      item.lines.add(line);
      return;
    }
    switch (role) {
      case TITLE -> {
        // A second run of title lines inside one article is a subhead: the headline is the first run.
        if (item.hasTitle() && previous != LineRole.TITLE) {
          item.add(item.subheads, line);
        } else {
          item.addTitle(List.of(line));
        }
      }
      case SUBHEAD -> item.add(item.subheads, line);
      case CAPTION -> item.add(item.captions, line);
      case BYLINE -> item.add(item.hasBody() ? item.credits : item.bylines, line);
      case JUMP -> {
        Optional<JumpLine> jump = JumpLine.standalone(line.text());
        if (jump.isPresent()) {
          item.jumps.add(jump.get());
          item.lines.add(line);
        } else {
          item.add(item.body, line);
        }
      }
      case AD -> {
        item.advertisement = true;
        item.add(item.body, line);
      }
      default -> item.add(item.body, line);
    }
  }

  /**
   * What page pointers say for certain, whatever the labeller thought: a story that resumes from another page
   * (（上接第一版）) opens an article, and after a story continues elsewhere (（下转第三版）) its running text is over, so
   * the next body or byline opens the next article. Headlines right after the pointer may still trail their story, and
   * a closing credit (（记者 …）, （本报…电）) still closes it: such a line ends an article, it never opens one.
   */
  private static boolean pointerSaysNewArticle(ItemDraft current, Line line, LineLabel label, LineRole previous,
      LineKind kind) {
    boolean resumes = JumpLine.standalone(line.text())
        .filter(j -> j.direction() == JumpLine.Direction.CONTINUES_FROM).isPresent()
        || JumpLine.resumesAt(line.text()).isPresent();
    if (resumes) {
      return current.hasBody() && previous != LineRole.TITLE;
    }
    boolean ended = current.jumps.stream().anyMatch(j -> j.direction() == JumpLine.Direction.CONTINUES_TO)
        || (current.hasBody() && JumpLine.atEnd(current.body.get(current.body.size() - 1).text())
            .filter(j -> j.direction() == JumpLine.Direction.CONTINUES_TO).isPresent());
    boolean closingCredit = label.role() == LineRole.BYLINE && kind == LineKind.CREDIT;
    return ended && !closingCredit && (label.role() == LineRole.BODY || label.role() == LineRole.BYLINE);
  }

  /** Whether line {@code i} is a column label (by the rules' wording) right over a line the labeller reads as a title. */
  private static boolean labelsTheNextHeadline(PageAnalysis page, List<LineLabel> labels, int i) {
    return page.kinds().get(i) == LineKind.COLUMN && i + 1 < labels.size()
        && labels.get(i + 1).role() == LineRole.TITLE;
  }

  private static String reason(LineKind kind) {
    return switch (kind) {
      case GARBAGE -> "unreadable glyphs";
      case FURNITURE -> "page furniture (editor credit, date, page number)";
      default -> "no article (banner, misplaced copy or box label)";
    };
  }

  /**
   * The defects the rules count in their own readings, counted the same way in this one: bodies without a headline
   * and headlines without a body (teasers and notices exempt), so the two readings can be compared.
   */
  double defects() {
    double defects = 0;
    for (ItemDraft item : items) {
      if (item.teaser || item.advertisement) {
        continue;
      }
      if (item.hasBody() != item.hasTitle()) {
        defects++;
      }
    }
    return defects;
  }

  /**
   * Whether this reading is one a page can have. A model facing a page unlike any it learned from can fail in two
   * ways that no reader accepts: the whole page as one article, or an article for nearly every line. Then the
   * structural rules' reading is used instead.
   */
  boolean sensible(PageAnalysis page) {
    int lines = page.lines().size();
    if (lines < MIN_LINES_TO_CHECK) {
      return true;
    }
    int ruleItems = page.reading().items().size();
    boolean onePerPage = items.size() <= 1 && ruleItems >= 3;
    boolean onePerLine = items.size() > lines / 2;
    return !onePerPage && !onePerLine;
  }
}
