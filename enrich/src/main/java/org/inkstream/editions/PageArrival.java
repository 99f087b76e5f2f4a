package org.inkstream.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.inkstream.core.DateSource;
import org.inkstream.core.Edition;
import org.inkstream.core.EditionPage;

/**
 * One page arriving, as the edition tracker sees it: which edition it belongs to and what it brings. Travels on the
 * editions repartition topic, keyed by {@link #editionKey()}.
 *
 * @param paper the page's paper, or {@link Edition#UNKNOWN_PAPER}
 * @param editionDate the page's edition date: metadata, else its masthead, else the day it arrived in the paper's zone
 * @param dateSource where {@code editionDate} comes from
 * @param page the page as the edition lists it
 */
public record PageArrival(String paper, LocalDate editionDate, DateSource dateSource, EditionPage page) {

  public PageArrival {
    if (paper == null || paper.isBlank()) {
      throw new IllegalArgumentException("an arrival needs a paper");
    }
    Objects.requireNonNull(editionDate, "editionDate");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(page, "page");
  }

  public String editionKey() {
    return Edition.keyOf(paper, editionDate);
  }

  public Instant receivedAt() {
    return page.receivedAt();
  }
}
