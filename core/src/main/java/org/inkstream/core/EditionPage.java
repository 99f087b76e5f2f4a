package org.inkstream.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of an edition as it was received.
 *
 * @param number the page number as a number ({@code 03}, {@code A3} and {@code 第三版} are 3), or null when the page's
 *     number is unknown or unreadable: such a page is listed but fills no slot
 * @param pageId the page's id on the pages topic
 * @param receivedAt when the page first arrived
 * @param correctedAt when a corrected version (same page, new text) last arrived; null when never corrected
 * @param contentHash the text's hash, so that a page sent again unchanged changes nothing
 * @param articles how many articles the engine made of the page
 */
public record EditionPage(Integer number, String pageId, Instant receivedAt, Instant correctedAt, String contentHash,
    int articles) {

  public EditionPage {
    if (pageId == null || pageId.isBlank()) {
      throw new IllegalArgumentException("an edition page needs its page id");
    }
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (articles < 0) {
      throw new IllegalArgumentException("articles cannot be negative, was " + articles);
    }
    if (number != null && number < 1) {
      throw new IllegalArgumentException("page numbers start at 1, was " + number + " for page " + pageId);
    }
  }

  /** Whether {@code other} is this same printed page: the same number, or, without numbers, the same page id. */
  public boolean samePageAs(EditionPage other) {
    return number != null && other.number != null ? number.equals(other.number) : pageId.equals(other.pageId);
  }

  static List<EditionPage> copy(List<EditionPage> pages) {
    return pages == null ? List.of() : List.copyOf(pages);
  }
}
