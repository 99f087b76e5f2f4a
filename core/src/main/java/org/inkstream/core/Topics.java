package org.inkstream.core;

/**
 * The names of Inkstream's topics, in one place so that the producer, the topology, the sink, the tests and the
 * deployment files agree. A deployment may prefix them all ({@link #withPrefix(String)}) to share a cluster.
 *
 * @param pages raw pages, keyed by page id (value: {@link Page} as JSON)
 * @param articles articles, keyed by article id (value: {@link Article} as JSON; null value: the article is gone)
 * @param pageReports one report per processed page: its article ids and leftovers, keyed by page id
 * @param rules alert rules, keyed by rule id (value: the rule as JSON; null value: the rule is deleted); compacted and
 *     read by every enrich instance as a global table
 * @param alerts one record per rule that fired on an article (value: {@link Alert} as JSON)
 * @param pagesDeadLetter pages the topology could not process, with the reason in headers
 * @param sinkDeadLetter articles Elasticsearch rejected, with its error in headers
 * @param editions one record per edition (paper and edition date), keyed {@code paper|date} (value: {@link Edition}
 *     as JSON): the pages received and missing and the edition's status; compacted
 */
public record Topics(
    String pages,
    String articles,
    String pageReports,
    String rules,
    String alerts,
    String pagesDeadLetter,
    String sinkDeadLetter,
    String editions) {

  private static final Topics DEFAULT = new Topics("pages", "articles", "page-reports", "alert-rules", "alerts",
      "pages-dead-letter", "articles-dead-letter", "editions");

  public static Topics defaults() {
    return DEFAULT;
  }

  /** Every topic name with {@code prefix} in front, for several deployments (or tests) on one cluster. */
  public Topics withPrefix(String prefix) {
    return new Topics(prefix + pages, prefix + articles, prefix + pageReports, prefix + rules, prefix + alerts,
        prefix + pagesDeadLetter, prefix + sinkDeadLetter, prefix + editions);
  }
}
