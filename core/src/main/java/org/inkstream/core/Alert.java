package org.inkstream.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something the monitoring team is notified of, and what the sink indexes in the alerts index. Two kinds ({@link
 * AlertKind}):
 *
 * <ul>
 *   <li>{@code keyword}: one alert rule that fired on one article. It repeats the article's headline, paper and page so
 *       that a notification can be read without looking the article up, and keeps the article's provenance so that the
 *       hit can be traced back to the printed page.
 *   <li>{@code edition}: an edition of a paper the team follows is late (nothing by its due time) or incomplete (pages
 *       still missing after the grace period); {@code status} says which and {@code missing_pages} lists the pages. It
 *       has no article and no provenance, and is retracted (a tombstone under the same key) when the pages arrive.
 * </ul>
 *
 * @param ruleId the id of the rule that fired
 * @param ruleName the rule's human-readable name, as it was when the rule fired
 * @param articleId the article the rule fired on
 * @param pageId the page that article came from
 * @param paper the article's newspaper, or null when unknown
 * @param pageNumber the article's page as the paper numbers it, or null when unknown
 * @param editionDate the date, or null when unknown
 * @param headline the article's headline, or null when it has none
 * @param matchedTerms the terms of the rule's query that hit in this article, in query order, as the rule wrote them
 *     ({@code 防汛}, {@code entities.persons:张三}); never terms under a NOT
 * @param snippet a short piece of the article text around the first hit, hits marked with {@code <em>...</em>}
 * @param timestamp when the rule fired: the caller's clock or the record timestamp of the article
 * @param provenance the article's source file and raw page lines; null for an edition alert
 * @param kind keyword or edition; null reads as keyword (records written before edition alerts existed)
 * @param publishedAt the time the dashboards file the alert under: the article's {@code published_at} (edition date,
 *     else the time its page arrived), the edition's date for an edition alert, else {@code timestamp}
 * @param status for an edition alert, the edition's status ({@code late}, {@code incomplete}); else null
 * @param missingPages for an edition alert, the page numbers still missing; else empty
 */
public record Alert(
    String ruleId,
    String ruleName,
    String articleId,
    String pageId,
    String paper,
    String pageNumber,
    LocalDate editionDate,
    String headline,
    List<String> matchedTerms,
    String snippet,
    Instant timestamp,
    Provenance provenance,
    AlertKind kind,
    Instant publishedAt,
    String status,
    List<Integer> missingPages) {

  public Alert {
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException("an alert needs the id of its rule");
    }
    kind = kind == null ? AlertKind.KEYWORD : kind;
    Objects.requireNonNull(timestamp, "timestamp");
    if (kind == AlertKind.KEYWORD) {
      if (articleId == null || articleId.isBlank()) {
        throw new IllegalArgumentException("an alert of rule " + ruleId + " needs an article id");
      }
      Objects.requireNonNull(pageId, "pageId");
      Objects.requireNonNull(provenance, "provenance");
    } else {
      if (paper == null || paper.isBlank() || editionDate == null) {
        throw new IllegalArgumentException("an edition alert needs its paper and edition date, was " + paper + " "
            + editionDate);
      }
      if (status == null || status.isBlank()) {
        throw new IllegalArgumentException("the edition alert of " + paper + " " + editionDate + " needs a status");
      }
    }
    matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
    missingPages = missingPages == null ? List.of() : List.copyOf(missingPages);
    snippet = snippet == null ? "" : snippet;
    publishedAt = publishedAt != null ? publishedAt : DateSource.publishedAt(editionDate, timestamp);
  }

  /** A keyword alert, as a rule that fired on an article makes it. */
  public Alert(String ruleId, String ruleName, String articleId, String pageId, String paper, String pageNumber,
      LocalDate editionDate, String headline, List<String> matchedTerms, String snippet, Instant timestamp,
      Provenance provenance) {
    this(ruleId, ruleName, articleId, pageId, paper, pageNumber, editionDate, headline, matchedTerms, snippet,
        timestamp, provenance, AlertKind.KEYWORD, null, null, List.of());
  }

  /** The id of the edition alert of {@code paper}'s edition of {@code editionDate}: one per edition, whatever its status. */
  public static String editionAlertId(String paper, LocalDate editionDate) {
    return "edition:" + paper + ":" + editionDate;
  }

  /**
   * A document id for this alert that stays the same when the same article is matched again (a page re-sent, a topology
   * replayed), so that the sink overwrites instead of notifying twice; for an edition alert, the same for every status
   * of the edition, so that incomplete replaces late and a tombstone retracts either. Not part of the JSON record.
   */
  public String id() {
    return kind == AlertKind.EDITION ? editionAlertId(paper, editionDate) : ruleId + ":" + articleId;
  }
}
