package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inkstream.core.Edition;

/**
 * The editions table that {@code inkstream editions} and {@code demo} print: one line per edition with its status,
 * pages received of expected, the missing pages, and the last arrival against the due time (in the paper's zone).
 */
final class EditionTable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final int MAX_EDITIONS = 1000;

  private EditionTable() {}

  /** The editions of the {@code alias} index, of {@code date} and {@code paper} when given, by paper and date. */
  static List<Edition> search(ElasticsearchClient client, String alias, LocalDate date, String paper)
      throws IOException {
    List<Query> filters = new ArrayList<>();
    if (date != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("edition_date").value(date.toString()))));
    }
    if (paper != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("paper").value(FieldValue.of(paper)))));
    }
    SearchResponse<Edition> response = client.search(s -> s.index(alias).ignoreUnavailable(true)
        .allowNoIndices(true).size(MAX_EDITIONS).query(q -> q.bool(b -> b.filter(filters)))
        .sort(o -> o.field(f -> f.field("paper").order(SortOrder.Asc)))
        .sort(o -> o.field(f -> f.field("edition_date").order(SortOrder.Desc))), Edition.class);
    return response.hits().hits().stream().map(Hit::source).toList();
  }

  /** Prints {@code editions} as a table; a line saying so when there are none. */
  static void print(PrintWriter out, List<Edition> editions) {
    if (editions.isEmpty()) {
      out.println("  (no editions)");
      return;
    }
    out.printf("  %-14s %-10s  %-10s  %-6s  %-16s  %-5s  %-5s%n", "paper", "date", "status", "pages", "missing",
        "last", "due");
    for (Edition e : editions) {
      ZoneId zone = e.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(e.timeZone());
      out.printf("  %-14s %-10s  %-10s  %-6s  %-16s  %-5s  %-5s%n", e.paper(), e.editionDate(), e.status().key(),
          e.pagesReceived() + (e.expectedPages() == null ? "" : "/" + e.expectedPages()), missing(e),
          e.lastPageAt() == null ? "-" : TIME.format(e.lastPageAt().atZone(zone)),
          e.dueAt() == null ? "-" : TIME.format(e.dueAt().atZone(zone)));
    }
  }

  private static String missing(Edition edition) {
    if (edition.missingPages().isEmpty()) {
      return "-";
    }
    String pages = edition.missingPages().stream().map(String::valueOf).collect(Collectors.joining(","));
    return pages.length() > 16 ? pages.substring(0, 15) + "…" : pages;
  }
}
