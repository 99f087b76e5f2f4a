package org.inkstream.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.inkstream.core.Jump;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;

/**
 * Turns an {@link ItemDraft} into an {@link Article}: headline roles, dateline and bylines read into fields, clean
 * text, type, provenance. Everything here reads the draft; nothing decides which lines belong together any more.
 */
final class ArticleWriter {

  /** A caption-sized body: photo items carry one short paragraph. */
  private static final int PHOTO_MAX_CHARS = 300;
  /** A summary with a page pointer (…详见第三版) is a teaser while it stays this short. */
  private static final int TEASER_MAX_CHARS = 300;
  /** Reportage runs long; a report without dateline this long is a feature. */
  private static final int FEATURE_MIN_CHARS = 800;

  private static final Pattern NOTICE_WORD = Pattern.compile("公示|公告|启事|通告|声明|广告|招聘|招标|拍卖|通知|告示");

  private final Page page;
  private final PageLayout layout;
  private final boolean[] blank;
  private final Set<Line> duplicates;
  private final PrintedForm printed;

  /** @param printed the page's printed characters, put back into everything written from its simplified reading */
  ArticleWriter(Page page, PageLayout layout, boolean[] blank, Set<Line> duplicates, PrintedForm printed) {
    this.page = page;
    this.layout = layout;
    this.blank = blank;
    this.duplicates = duplicates;
    this.printed = printed;
  }

  Article write(ItemDraft item, int ordinal) {
    return printed.restore(item.advertisement ? writeNotice(item, ordinal) : writeReport(item, ordinal), item.lines);
  }

  private Article writeReport(ItemDraft item, int ordinal) {
    HeadlineBlock headline = HeadlineBlock.of(item.title, item.teaser);
    // Copies printed twice elsewhere and doubled box furniture stay in provenance but not in the text.
    String raw = BodyText.join(item.body, line -> line.doubled() || duplicates.contains(line), layout);
    Optional<Dateline> dateline = item.advertisement ? Optional.empty() : Dateline.parse(raw);
    if (dateline.isPresent()) {
      raw = raw.substring(dateline.get().length());
    }
    List<Byline> bylines = new ArrayList<>();
    dateline.filter(d -> !d.credits().isEmpty()).ifPresent(d -> bylines.add(BylineParser.parse(d.credits())));
    item.bylines.forEach(line -> bylines.add(BylineParser.parse(line.text())));
    item.credits.forEach(line -> bylines.add(BylineParser.parse(line.text())));
    List<JumpLine> jumps = new ArrayList<>(item.jumps);
    Optional<JumpLine> resumes = JumpLine.resumesAt(raw);
    if (resumes.isPresent()) {
      jumps.add(resumes.get());
      raw = JumpLine.stripResumes(raw);
    }
    Optional<JumpLine> inlineJump = JumpLine.atEnd(raw);
    if (inlineJump.isPresent()) {
      jumps.add(inlineJump.get());
      raw = JumpLine.stripAtEnd(raw);
    }
    boolean photoCredit = false;
    int credit = BylineParser.photoCreditStart(raw);
    if (credit >= 0) {
      bylines.add(BylineParser.parse(BylineParser.photoCredit(raw)));
      raw = raw.substring(0, credit);
      photoCredit = true;
    }
    String text = BodyText.closeSpaces(raw);
    Byline byline = merge(bylines);
    List<String> subheads = bare(item.subheads);
    if (item.teaser && item.title.size() > 1 && HeadlineBlock.isTeaserMark(item.title.get(0))) {
      subheads = bare(item.title.subList(1, item.title.size()));
    }
    boolean pointsElsewhere = jumps.stream().anyMatch(j -> j.direction() == JumpLine.Direction.POINTS_TO);
    ArticleType type = type(item, headline, dateline.isPresent(), byline, text, photoCredit, pointsElsewhere);
    return Article.builder()
        .id(Article.idOf(page.id(), ordinal))
        .pageId(page.id())
        .ordinal(ordinal)
        .type(type)
        .headline(headline.headline())
        .kicker(headline.kicker())
        .subtitle(headline.subtitle())
        .byline(byline)
        .agency(agency(dateline, item))
        .datelinePlace(dateline.map(Dateline::place).filter(place -> !place.isEmpty()).orElse(null))
        .subheads(subheads)
        .captions(bare(item.captions))
        .column(item.column)
        .series(item.series)
        .jump(jump(jumps))
        .text(text)
        .provenance(new Provenance(page.file(), ranges(item.lines)))
        .paper(page.paper())
        .editionDate(page.editionDate())
        .pageNumber(page.pageNumber())
        .build();
  }

  /**
   * An advertisement or notice keeps its lines as printed (a table stays a table); its headline is the line that says
   * what kind of notice it is (公示, 公告...), else its longest line that is not a table row.
   */
  private Article writeNotice(ItemDraft item, int ordinal) {
    // A heading the line labeller found is the notice's title; otherwise it is picked among the notice's lines.
    Line title = item.title.isEmpty() ? null : item.title.get(0);
    for (Line line : item.title.isEmpty() ? item.body : List.<Line>of()) {
      if (line.text().contains("\t") || line.width() > LineClassifier.MAX_TITLE_WIDTH) {
        continue;
      }
      boolean notice = NOTICE_WORD.matcher(line.text()).find();
      if (title == null || (notice && !NOTICE_WORD.matcher(title.text()).find())
          || (notice == NOTICE_WORD.matcher(title.text()).find() && line.width() > title.width())) {
        title = line;
      }
    }
    List<String> text = new ArrayList<>();
    for (Line line : item.body) {
      if (line != title) {
        text.add(line.text());
      }
    }
    return Article.builder()
        .id(Article.idOf(page.id(), ordinal))
        .pageId(page.id())
        .ordinal(ordinal)
        .type(ArticleType.NOTICE_AD)
        .headline(title == null ? null : title.bare())
        .text(String.join("\n", text))
        .provenance(new Provenance(page.file(), ranges(item.lines)))
        .paper(page.paper())
        .editionDate(page.editionDate())
        .pageNumber(page.pageNumber())
        .build();
  }

  private static ArticleType type(ItemDraft item, HeadlineBlock headline, boolean dateline, Byline byline,
      String text, boolean photoCredit, boolean pointsElsewhere) {
    if (item.advertisement) {
      return ArticleType.NOTICE_AD;
    }
    if (item.teaser) {
      return ArticleType.TEASER;
    }
    boolean authorOnly = !byline.authors().isEmpty() && byline.reporters().isEmpty();
    if (item.column != null || (!dateline && authorOnly)) {
      return ArticleType.COMMENTARY;
    }
    int chars = text.length();
    long paragraphs = text.lines().count();
    if (pointsElsewhere && chars <= TEASER_MAX_CHARS) {
      return ArticleType.TEASER;
    }
    if (!dateline && chars <= PHOTO_MAX_CHARS && paragraphs <= 2 && (photoCredit || !item.credits.isEmpty())
        && item.subheads.isEmpty()) {
      return ArticleType.PHOTO;
    }
    boolean subtitled = headline.subtitle() != null && headline.subtitle().startsWith("—");
    if (item.subheads.size() >= 2 || (!item.subheads.isEmpty() && !dateline) || subtitled
        || (!dateline && chars > FEATURE_MIN_CHARS)) {
      return ArticleType.FEATURE;
    }
    if (dateline || !byline.isEmpty()) {
      return ArticleType.NEWS;
    }
    // Boxes (study columns, quotations, weather) carry printed furniture or no sentence at all; the rest is a report.
    boolean boxed = item.lines.stream().anyMatch(Line::doubled);
    return boxed || !item.body.stream().anyMatch(Line::endsSentence) ? ArticleType.OTHER : ArticleType.NEWS;
  }

  private static String agency(Optional<Dateline> dateline, ItemDraft item) {
    if (dateline.isPresent()) {
      return dateline.get().agency();
    }
    for (Line line : concat(item.bylines, item.credits)) {
      Optional<String> organisation = BylineParser.organisation(line.text());
      if (organisation.isPresent()) {
        return organisation.get();
      }
    }
    return null;
  }

  private static Jump jump(List<JumpLine> jumps) {
    List<String> to = new ArrayList<>();
    List<String> from = new ArrayList<>();
    List<String> points = new ArrayList<>();
    for (JumpLine jump : jumps) {
      switch (jump.direction()) {
        case CONTINUES_TO -> to.add(jump.page());
        case CONTINUES_FROM -> from.add(jump.page());
        case POINTS_TO -> points.add(jump.page());
      }
    }
    return new Jump(to, from, points);
  }

  private static Byline merge(List<Byline> bylines) {
    Set<String> reporters = new LinkedHashSet<>();
    Set<String> correspondents = new LinkedHashSet<>();
    Set<String> authors = new LinkedHashSet<>();
    Set<String> photographers = new LinkedHashSet<>();
    for (Byline b : bylines) {
      reporters.addAll(b.reporters());
      correspondents.addAll(b.correspondents());
      authors.addAll(b.authors());
      photographers.addAll(b.photographers());
    }
    return new Byline(List.copyOf(reporters), List.copyOf(correspondents), List.copyOf(authors),
        List.copyOf(photographers));
  }

  /** The item's lines as ranges, closing over blank lines that lie between two of its lines. */
  private List<LineRange> ranges(List<Line> lines) {
    TreeSet<Integer> numbers = new TreeSet<>();
    lines.forEach(line -> numbers.add(line.number()));
    List<Integer> filled = new ArrayList<>(numbers);
    Integer previous = null;
    for (int number : numbers) {
      if (previous != null && number - previous > 1 && allBlank(previous + 1, number - 1)) {
        for (int k = previous + 1; k < number; k++) {
          filled.add(k);
        }
      }
      previous = number;
    }
    return LineRange.coalesce(filled);
  }

  private boolean allBlank(int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!blank[k - 1]) {
        return false;
      }
    }
    return true;
  }

  private static List<String> bare(List<Line> lines) {
    return lines.stream().map(Line::bare).toList();
  }

  private static List<Line> concat(List<Line> a, List<Line> b) {
    List<Line> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
