package org.inkstream.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places segments into items. The one hard question is where a title block belongs: to the body after it (the usual
 * print order) or to the body before it (extractions that read a narrow body column before its title box). {@link
 * #assemble} tries both readings of the page and keeps the one with fewer defects: bodies left without a title and
 * title blocks left without a body. A title block followed by a byline always leads its item.
 */
final class Assembler {

  /** Which way title blocks attach on a page. */
  enum Orientation { LEADING, TRAILING }

  /** Leftover lines and why. */
  record Stray(List<Line> lines, String reason) {}

  /** The items and leftovers of one reading, with its defect score (lower is better). */
  record Reading(Orientation orientation, List<ItemDraft> items, List<Stray> strays, double defects) {}

  /** How far the assembler looks ahead for a credit or the next title; keeps the split linear on hostile input. */
  private static final int LOOKAHEAD = 64;
  /** Title blocks this short (in characters) that stand alone are section banners: 文明咸宁, 简讯, 媒体看荆州. */
  private static final int BANNER_WIDTH = 12;
  private static final Pattern NEWS_LEAD = Pattern.compile(
      "^(\\d{4}年)?\\d{1,2}月\\d{1,2}日(?![至到—-])|^(近日|日前|昨日|昨天|今天|今日|连日来|近期)[，,]"
          + "|^记者[^，,。]{0,24}?(获悉|了解到)");
  private static final Set<LineKind> BODY_KINDS = EnumSet.of(LineKind.BODY, LineKind.CAPTION);

  private final List<Segment> segments;
  private final Orientation orientation;
  private final List<ItemDraft> items = new ArrayList<>();
  private final List<Stray> strays = new ArrayList<>();
  private double orphanCost;
  private ItemDraft current;

  private Assembler(List<Segment> segments, Orientation orientation) {
    this.segments = segments;
    this.orientation = orientation;
  }

  /** Both readings of the page, the better one first; ties go to the usual title-first order. */
  static Reading assemble(List<Segment> segments) {
    Reading leading = new Assembler(segments, Orientation.LEADING).run();
    Reading trailing = new Assembler(segments, Orientation.TRAILING).run();
    return trailing.defects() < leading.defects() ? trailing : leading;
  }

  private Reading run() {
    for (int i = 0; i < segments.size(); i++) {
      place(i);
    }
    double defects = orphanCost;
    for (ItemDraft item : items) {
      if (item.hasBody() && !item.hasTitle() && !item.teaser && !item.advertisement) {
        defects += 1;
      }
    }
    return new Reading(orientation, items, strays, defects);
  }

  private void place(int i) {
    Segment segment = segments.get(i);
    Line line = segment.first();
    switch (segment.kind()) {
      case TITLE -> placeTitle(i);
      case DATELINE -> {
        if (current == null || current.closed || current.hasBody() || current.teaser || current.advertisement) {
          current = start();
        }
        current.add(current.body, line);
      }
      case BODY -> {
        if (JumpLine.resumesAt(line.text()).isPresent() && current != null && current.hasBody()) {
          current = start();
        }
        openItem().add(current.body, line);
        // A body line that ends with （下转第二版） ends the item on this page.
        if (JumpLine.atEnd(line.text()).filter(j -> j.direction() == JumpLine.Direction.CONTINUES_TO).isPresent()) {
          current.closed = true;
        }
      }
      case CAPTION -> openItem().add(current.captions, line);
      case BYLINE -> placeByline(i);
      case CREDIT -> {
        LineKind next = kindAt(i + 1);
        if (current != null && current.hasBody() && !current.closed && BylineParser.isPhotoCredit(line.text())
            && (next == LineKind.BODY || next == LineKind.CAPTION)) {
          // A photo credit with the story going on after it sits under a picture inside the story.
          current.add(current.captions, line);
        } else if (current == null || current.advertisement) {
          strays.add(new Stray(segment.lines(), "credit without an article"));
        } else {
          current.add(current.credits, line);
          current.closed = true;
        }
      }
      case JUMP -> placeJump(segment);
      case COLUMN -> {
        // A column label after a text closes it (…江城时评), unless a credit or a pointer closed it already: then the
        // label is over the next article (a photo's credit, then 今日谈).
        if (current != null && current.hasBody() && !current.closed && !current.advertisement && !current.teaser) {
          current.column = line.bare();
          current.lines.add(line);
          current.closed = true;
        } else if (current != null && current.hasTitle() && !current.closed && !current.advertisement
            && !current.teaser && current.column == null) {
          // A label printed under the headline (坚定不移推进改革开放 / 社论) is the headline's article's.
          current.column = line.bare();
          current.lines.add(line);
        } else {
          current = start();
          current.column = line.bare();
          current.lines.add(line);
        }
      }
      case SERIES -> {
        if (current == null) {
          strays.add(new Stray(segment.lines(), "series label without an article"));
        } else {
          current.series = line.bare();
          current.lines.add(line);
        }
      }
      case AD -> {
        if (current == null || !current.advertisement) {
          current = start();
          current.advertisement = true;
          current.closed = true;
        }
        current.add(current.body, line);
      }
      case GARBAGE -> strays.add(new Stray(segment.lines(), "unreadable glyphs"));
      case FURNITURE -> strays.add(new Stray(segment.lines(), "page furniture (editor credit, date, page number)"));
      default -> throw new IllegalStateException("unplaced line kind " + segment.kind());
    }
  }

  private ItemDraft start() {
    ItemDraft item = new ItemDraft();
    items.add(item);
    return item;
  }

  private ItemDraft openItem() {
    if (current == null || current.closed || current.advertisement) {
      current = start();
    }
    return current;
  }

  private void placeByline(int i) {
    Line line = segments.get(i).first();
    LineKind next = kindAt(i + 1);
    if (current != null && !current.closed && !current.hasBody() && !current.advertisement) {
      current.add(current.bylines, line);
    } else if (next == LineKind.BODY || next == LineKind.CAPTION || next == LineKind.DATELINE) {
      current = start();
      current.add(current.bylines, line);
    } else if (current != null && !current.advertisement) {
      current.add(current.bylines, line);
      current.closed = true;
    } else {
      current = start();
      current.add(current.bylines, line);
    }
  }

  private void placeJump(Segment segment) {
    JumpLine jump = JumpLine.standalone(segment.first().text()).orElseThrow();
    if (jump.direction() == JumpLine.Direction.CONTINUES_FROM
        && (current == null || current.closed || current.hasBody() || current.advertisement)) {
      // （上接第一版） opens the rest of a story that began on another page.
      current = start();
    }
    if (current == null || current.advertisement) {
      strays.add(new Stray(segment.lines(), "page pointer without an article"));
      return;
    }
    current.jumps.add(jump);
    current.lines.add(segment.first());
    if (jump.direction() != JumpLine.Direction.CONTINUES_FROM) {
      current.closed = true;
    }
  }

  private void placeTitle(int i) {
    Segment run = segments.get(i);
    LineKind next = kindAt(i + 1);
    if (next == LineKind.JUMP) {
      if (current != null && current.teaser && !current.hasBody()) {
        current.addTitle(run.lines());
        current.closed = false;
      } else {
        current = start().addTitle(run.lines());
        current.teaser = true;
      }
      return;
    }
    if (orientation == Orientation.TRAILING && placeTrailing(i, run, next)) {
      return;
    }
    placeLeading(i, run, next);
  }

  /** Attaches {@code run} to the body before it when this reading allows it; false when it must lead instead. */
  private boolean placeTrailing(int i, Segment run, LineKind next) {
    boolean furnitureNext = next == LineKind.BODY && segments.get(i + 1).first().doubled();
    boolean capable = next == LineKind.DATELINE || next == LineKind.TITLE || next == null || next == LineKind.AD
        || next == LineKind.GARBAGE || next == LineKind.FURNITURE || furnitureNext;
    if (!capable) {
      return false;
    }
    boolean previousWaits = current != null && current.hasBody() && !current.hasTitle() && !current.teaser
        && !current.advertisement;
    if (previousWaits) {
      List<Line> lines = run.lines();
      if (lines.size() >= 3 && next != LineKind.DATELINE && next != LineKind.TITLE && next != null) {
        current.addTitle(lines.subList(0, 2));
        current.closed = true;
        current = start().addTitle(lines.subList(2, lines.size()));
        return true;
      }
      current.addTitle(lines);
      current.closed = true;
      return true;
    }
    if (next == LineKind.DATELINE && i + 1 < segments.size() && bodyAwaitsTrailingTitle(i + 1)) {
      orphan(run, current == null ? 0.5 : 1);
      return true;
    }
    return false;
  }

  private void placeLeading(int i, Segment run, LineKind next) {
    if (next == LineKind.DATELINE && run.width() <= BANNER_WIDTH && opensBriefs(i + 1)) {
      // 简讯, 新闻速递: a short label over several untitled reports labels the column, not the first report.
      orphan(run, 0);
      return;
    }
    if (next == LineKind.DATELINE || next == LineKind.BYLINE || next == LineKind.COLUMN) {
      // A dateline, a byline or a label (社论, 本报评论员) under a title opens that title's article.
      current = start().addTitle(run.lines());
      return;
    }
    if (next == null || next == LineKind.TITLE || next == LineKind.AD || next == LineKind.GARBAGE
        || next == LineKind.FURNITURE) {
      orphan(run, current == null ? 0.5 : 1);
      return;
    }
    if (current == null || current.closed || current.advertisement || current.teaser) {
      current = start().addTitle(run.lines());
    } else if (current.hasBody() && next == LineKind.CREDIT && pictureInStory(i + 1)) {
      current.addAll(current.captions, run.lines());
    } else if (!current.hasBody() && !current.hasTitle() && current.column != null && current.captions.isEmpty()) {
      // The title under a column label (今日谈 / 少开会多办事) is its article's headline.
      current.addTitle(run.lines());
    } else if (!current.hasBody()) {
      current.addAll(current.captions, run.lines());
    } else if (run.lines().size() >= 2 || run.first().gapBefore() >= 2 || endsWithCredit(i + 1)
        || (current.subheads.isEmpty() && current.bylines.isEmpty() && opensLikeANewsLead(i + 1))) {
      current = start().addTitle(run.lines());
    } else if (brokenSentence(run)) {
      current.addAll(current.body, run.lines());
    } else {
      current.addAll(current.subheads, run.lines());
    }
  }

  /**
   * Inside a dated report, a one-line "subhead" with a comma inside (今年以来,我市坚持把项目建设作为) is far more often
   * a sentence broken at a column end than a subhead: it stays in the running text.
   */
  private boolean brokenSentence(Segment run) {
    boolean dated = current.hasBody() && Dateline.startsWithDateline(current.body.get(0).text());
    String bare = run.first().bare();
    return dated && run.lines().size() == 1 && (bare.contains("，") || bare.contains(","));
  }

  /**
   * A title block with no body of its own: a short one is a section banner and set aside; a longer one (a weather box,
   * a photo title, a box of short lines) is kept as an item of its own. Either way it counts against this reading.
   */
  private void orphan(Segment run, double cost) {
    orphanCost += run.width() <= 8 ? cost / 2 : cost;
    if (run.width() <= BANNER_WIDTH || run.lines().size() < 2) {
      strays.add(new Stray(run.lines(), "title block without an article (section banner)"));
      return;
    }
    current = start().addTitle(run.lines().subList(0, 1));
    current.addAll(current.body, run.lines().subList(1, run.lines().size()));
    current.closed = true;
  }

  /**
   * Whether the body at {@code from} opens the way a report does, with the day it happened (12月5日, 近日): sections
   * under a subhead go on with the story instead. Only asked while the current item has no subheads yet and no byline
   * line of its own: signed reportage often opens its sections with a day too.
   */
  private boolean opensLikeANewsLead(int from) {
    return from < segments.size() && segments.get(from).kind() == LineKind.BODY
        && NEWS_LEAD.matcher(segments.get(from).first().text()).find();
  }

  /** Whether the credit at {@code credit} is a photo credit with the story going on after it. */
  private boolean pictureInStory(int credit) {
    LineKind after = kindAt(credit + 1);
    return BylineParser.isPhotoCredit(segments.get(credit).first().text())
        && (after == LineKind.BODY || after == LineKind.CAPTION);
  }

  /** Whether the report starting at {@code from} is followed by another report with no title between. */
  private boolean opensBriefs(int from) {
    for (int k = from + 1; k < segments.size() && k < from + LOOKAHEAD; k++) {
      LineKind kind = segments.get(k).kind();
      if (kind == LineKind.DATELINE) {
        return true;
      }
      if (!BODY_KINDS.contains(kind)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the body starting at {@code from} runs into a title block that can trail it. */
  private boolean bodyAwaitsTrailingTitle(int from) {
    for (int k = from + 1; k < segments.size() && k < from + LOOKAHEAD; k++) {
      LineKind kind = segments.get(k).kind();
      if (BODY_KINDS.contains(kind)) {
        continue;
      }
      if (kind != LineKind.TITLE) {
        return false;
      }
      LineKind after = kindAt(k + 1);
      return after == LineKind.DATELINE || after == LineKind.TITLE || after == null || after == LineKind.AD;
    }
    return false;
  }

  /** Whether the body starting at {@code from} ends with a closing credit before any other title or dateline. */
  private boolean endsWithCredit(int from) {
    for (int k = from; k < segments.size() && k < from + LOOKAHEAD; k++) {
      Segment segment = segments.get(k);
      if (BODY_KINDS.contains(segment.kind())) {
        if (BylineParser.photoCreditStart(segment.first().text()) >= 0) {
          return true;
        }
        continue;
      }
      return segment.kind() == LineKind.CREDIT
          || (segment.kind() == LineKind.BYLINE && kindAt(k + 1) != LineKind.BODY);
    }
    return false;
  }

  private LineKind kindAt(int index) {
    return index < segments.size() ? segments.get(index).kind() : null;
  }
}
