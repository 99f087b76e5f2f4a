package org.inkstream.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkstream.core.Article;
import org.inkstream.core.DateSource;
import org.inkstream.core.Edition;
import org.inkstream.core.EditionPage;
import org.inkstream.core.EditionStatus;
import org.inkstream.core.Page;

/**
 * The rules of edition tracking, plain Java: what edition a page belongs to, how a page changes an edition, and what
 * status an edition has at a given time (see {@link EditionStatus}). The topology keeps the editions in a store and
 * calls this; tests call it directly.
 *
 * <p>Counting rules: an edition lists one entry per page number (per page id when the page has no readable number). A
 * page sent again unchanged changes nothing; a corrected page (same number or id, new text) replaces its entry and keeps
 * its first arrival time, so it never counts twice.
 */
public final class EditionTracker {

  private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})");
  private static final Pattern HAN_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,3})");
  private static final String HAN_DIGITS = "一二三四五六七八九";

  private final Papers papers;

  public EditionTracker(Papers papers) {
    this.papers = papers;
  }

  public Papers papers() {
    return papers;
  }

  /**
   * The arrival {@code page} makes, with what the engine made of it: its edition date is the page's metadata, else
   * the masthead date its articles were given, else the day it arrived in the paper's time zone.
   */
  public PageArrival arrival(Page page, List<Article> articles) {
    String paper = page.paper() == null || page.paper().isBlank() ? Edition.UNKNOWN_PAPER : page.paper().strip();
    Instant received = page.receivedAt() != null ? page.receivedAt() : Instant.EPOCH;
    LocalDate date;
    DateSource source;
    Optional<LocalDate> masthead = articles.stream().filter(Article::editionDateInferred)
        .map(Article::editionDate).filter(d -> d != null).findFirst();
    if (page.editionDate() != null) {
      date = page.editionDate();
      source = DateSource.METADATA;
    } else if (masthead.isPresent()) {
      date = masthead.get();
      source = DateSource.MASTHEAD;
    } else {
      date = LocalDate.ofInstant(received, papers.zoneOf(paper));
      source = DateSource.RECEIVED;
    }
    EditionPage entry = new EditionPage(pageNumber(page.pageNumber()), page.id(), received, null,
        page.contentHash(), articles.size());
    return new PageArrival(paper, date, source, entry);
  }

  /** A new edition of {@code paper} on {@code date} with nothing received yet, as of {@code now}. */
  public Edition expected(Paper paper, LocalDate date, Instant now) {
    return evaluate(new Edition(paper.name(), date, DateSource.METADATA, EditionStatus.EXPECTED, null, List.of(),
        List.of(), null, null, now, paper.zone().getId()), now);
  }

  /** {@code before} (null: not tracked yet) after {@code arrival}, evaluated at {@code now}. */
  public Edition receive(Edition before, PageArrival arrival, Instant now) {
    Edition edition = before != null ? before
        : new Edition(arrival.paper(), arrival.editionDate(), arrival.dateSource(), EditionStatus.EXPECTED, null,
            List.of(), List.of(), null, null, now, papers.zoneOf(arrival.paper()).getId());
    EditionPage incoming = arrival.page();
    List<EditionPage> pages = new ArrayList<>();
    boolean replaced = false;
    for (EditionPage page : edition.pages()) {
      if (!replaced && page.samePageAs(incoming)) {
        replaced = true;
        if (page.contentHash() != null && page.contentHash().equals(incoming.contentHash())) {
          pages.add(page); // sent again unchanged
        } else {
          pages.add(new EditionPage(incoming.number(), incoming.pageId(), page.receivedAt(),
              incoming.receivedAt(), incoming.contentHash(), incoming.articles()));
        }
      } else {
        pages.add(page);
      }
    }
    if (!replaced) {
      pages.add(incoming);
    }
    pages.sort(Comparator.comparing(EditionPage::number, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(EditionPage::pageId));
    // The best date source of any of its pages: metadata over masthead over arrival.
    // (An expected edition with no page yet takes its first page's source.)
    DateSource source = before == null || before.pages().isEmpty()
        || arrival.dateSource().compareTo(edition.dateSource()) < 0 ? arrival.dateSource() : edition.dateSource();
    Edition updated = new Edition(edition.paper(), edition.editionDate(), source, edition.status(),
        edition.expectedPages(), pages, edition.missingPages(), edition.dueAt(), edition.graceEndsAt(),
        edition.updatedAt(), edition.timeZone());
    return evaluate(updated, now);
  }

  /**
   * {@code edition} as it stands at {@code now}: its expected pages, missing pages, due times and status from the
   * papers file. Returns {@code edition} itself when nothing changed, else a copy stamped {@code updatedAt = now}.
   */
  public Edition evaluate(Edition edition, Instant now) {
    Optional<Paper> paper = papers.paper(edition.paper()).filter(p -> p.appearsOn(edition.editionDate()));
    Integer expected = null;
    List<Integer> missing = List.of();
    EditionStatus status;
    Instant due = null;
    Instant graceEnds = null;
    if (paper.isEmpty()) {
      status = EditionStatus.UNEXPECTED;
    } else {
      LocalDate date = edition.editionDate();
      expected = paper.get().pagesOn(date);
      due = paper.get().dueAt(date);
      graceEnds = paper.get().graceEndsAt(date);
      TreeSet<Integer> absent = new TreeSet<>();
      for (int number = 1; number <= expected; number++) {
        absent.add(number);
      }
      edition.pages().forEach(page -> absent.remove(page.number()));
      missing = List.copyOf(absent);
      if (edition.pages().isEmpty()) {
        status = now.isBefore(due) ? EditionStatus.EXPECTED : EditionStatus.LATE;
      } else if (missing.isEmpty()) {
        status = EditionStatus.COMPLETE;
      } else {
        status = now.isBefore(graceEnds) ? EditionStatus.ARRIVING : EditionStatus.INCOMPLETE;
      }
    }
    Edition evaluated = new Edition(edition.paper(), edition.editionDate(), edition.dateSource(), status, expected,
        edition.pages(), missing, due, graceEnds, edition.updatedAt(), edition.timeZone());
    if (evaluated.equals(edition)) {
      return edition;
    }
    return new Edition(evaluated.paper(), evaluated.editionDate(), evaluated.dateSource(), status, expected,
        evaluated.pages(), missing, due, graceEnds, now, evaluated.timeZone());
  }

  /**
   * A printed page number as a number: {@code 3}, {@code 03}, {@code A3}, {@code 第3版} and {@code 第三版} are 3; null when
   * there is none.
   */
  public static Integer pageNumber(String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    Matcher digits = DIGITS.matcher(printed);
    if (digits.find()) {
      int number = Integer.parseInt(digits.group(1));
      return number >= 1 ? number : null;
    }
    Matcher han = HAN_NUMBER.matcher(printed);
    if (han.find()) {
      return hanNumber(han.group(1));
    }
    return null;
  }

  /** 一 to 九十九, as page numbers are printed. */
  private static Integer hanNumber(String text) {
    int ten = text.indexOf('十');
    if (ten < 0) {
      return text.length() == 1 ? HAN_DIGITS.indexOf(text.charAt(0)) + 1 : null;
    }
    int tens = ten == 0 ? 1 : HAN_DIGITS.indexOf(text.charAt(0)) + 1;
    int units = ten == text.length() - 1 ? 0 : HAN_DIGITS.indexOf(text.charAt(ten + 1)) + 1;
    return tens * 10 + units;
  }
}
