package org.inkstream.sink;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The names of the article indices: one index per month of edition date ({@code articles-2024.05}) behind a read alias
 * ({@code articles}), created from one index template.
 *
 * <p>Why monthly: media monitoring searches recent months far more than old ones, old months never change and can be
 * shrunk, frozen or deleted whole, and a month of a few papers is a well-sized index. Why by edition date and not by
 * indexing time: a back-filled archive lands in the month it was printed, so dropping "everything before 2020" stays a
 * matter of deleting indices. The sink passes the date of {@code published_at}: the edition date, or for an article
 * without one the day its page arrived; a record without either goes to the month it is indexed in.
 *
 * <p>The write target is computed per document; there is no write alias. An article whose edition date changes
 * month between two versions is moved: the topology names the month it left in a header and the sink deletes it there
 * (see {@link ArticleSink}).
 *
 * @param prefix the alias name and the indices' prefix
 */
public record ArticleIndices(String prefix) {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM");

  public ArticleIndices {
    Objects.requireNonNull(prefix, "prefix");
  }

  /** The read alias that every monthly index joins: search this. */
  public String alias() {
    return prefix;
  }

  /** The index template's name. */
  public String templateName() {
    return prefix;
  }

  /** The pattern the template applies to. */
  public String pattern() {
    return prefix + "-*";
  }

  /** The index of one month. */
  public String monthly(YearMonth month) {
    return prefix + "-" + month.format(MONTH);
  }

  /** The index of an article printed on {@code editionDate}, or of {@code today}'s month when that is unknown. */
  public String forEdition(LocalDate editionDate, LocalDate today) {
    return monthly(YearMonth.from(editionDate != null ? editionDate : today));
  }
}
