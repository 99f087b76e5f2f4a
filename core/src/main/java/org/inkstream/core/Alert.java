package org.inkstream.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One alert rule that fired on one article: what the monitoring team is notified of and what the sink indexes. It
 * repeats the article's headline, paper and page so that a notification can be read without looking the article up,
 * and keeps the article's provenance so that the hit can be traced back to the printed page.
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
 * @param provenance the article's source file and raw page lines
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
    Provenance provenance) {

  public Alert {
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException("an alert needs the id of its rule");
    }
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("an alert of rule " + ruleId + " needs an article id");
    }
    Objects.requireNonNull(pageId, "pageId");
    matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
    snippet = snippet == null ? "" : snippet;
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * A document id for this alert that stays the same when the same article is matched again (a page re-sent, a topology
   * replayed), so that the sink overwrites instead of notifying twice. Not part of the JSON record.
   */
  public String id() {
    return ruleId + ":" + articleId;
  }
}
