package org.inkstream.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One edition of one paper (a paper and an edition date) as the enrich topology tracks it: the pages received, the
 * pages missing and its {@link EditionStatus}. The record of the compacted {@code editions} topic (key: {@link
 * #keyOf}) and the document of the {@code editions} index.
 *
 * @param paper the paper's name as its pages carry it, or {@link #UNKNOWN_PAPER} for pages that name none
 * @param editionDate the edition's date: from the pages' metadata or masthead, else the day they arrived
 * @param dateSource where {@code editionDate} comes from
 * @param status where the edition stands
 * @param expectedPages how many pages the papers file expects that day; null when the file does not know
 * @param pages the pages received, one per page number, in page order
 * @param missingPages page numbers expected and not received, ascending
 * @param dueAt when the edition is due (the papers file's due time that day); null when not expected
 * @param graceEndsAt due time plus grace: after it, missing pages make the edition incomplete; null when not expected
 * @param updatedAt when the tracker last changed this record (a page, or the clock turning its status)
 * @param timeZone the paper's time zone, in which due times are read
 *
 * <p>The JSON record also carries what is derived for the dashboards (read-only, recomputed when read back): {@code
 * published_at}, {@code pages_received}, {@code first_page_at}, {@code last_page_at}, {@code arrival_delay_minutes},
 * {@code articles}.
 */
public record Edition(
    String paper,
    LocalDate editionDate,
    DateSource dateSource,
    EditionStatus status,
    Integer expectedPages,
    List<EditionPage> pages,
    List<Integer> missingPages,
    Instant dueAt,
    Instant graceEndsAt,
    Instant updatedAt,
    String timeZone) {

  /** The paper of pages that name none. */
  public static final String UNKNOWN_PAPER = "(unknown)";

  public Edition {
    if (paper == null || paper.isBlank()) {
      throw new IllegalArgumentException("an edition needs a paper");
    }
    Objects.requireNonNull(editionDate, "editionDate");
    Objects.requireNonNull(status, "status");
    dateSource = dateSource == null ? DateSource.METADATA : dateSource;
    pages = EditionPage.copy(pages);
    missingPages = missingPages == null ? List.of() : List.copyOf(missingPages);
    if (expectedPages != null && expectedPages < 1) {
      throw new IllegalArgumentException("an edition of " + paper + " expects at least one page, was "
          + expectedPages);
    }
  }

  /** The key of an edition on the editions topic, in the state store and as document id. */
  public static String keyOf(String paper, LocalDate editionDate) {
    return paper + "|" + editionDate;
  }

  public String key() {
    return keyOf(paper, editionDate);
  }

  /** The dashboards' time field and the monthly index key: the edition date. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public Instant publishedAt() {
    return DateSource.publishedAt(editionDate, null);
  }

  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public int pagesReceived() {
    return pages.size();
  }

  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public Instant firstPageAt() {
    return pages.stream().map(EditionPage::receivedAt).min(Instant::compareTo).orElse(null);
  }

  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public Instant lastPageAt() {
    return pages.stream().map(EditionPage::receivedAt).max(Instant::compareTo).orElse(null);
  }

  /** Minutes from the due time to the last page's arrival (negative: early); null without due time or pages. */
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public Long arrivalDelayMinutes() {
    Instant last = lastPageAt();
    return dueAt == null || last == null ? null : Duration.between(dueAt, last).toMinutes();
  }

  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public int articles() {
    return pages.stream().mapToInt(EditionPage::articles).sum();
  }
}
