package org.inkstream.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch query that finds in the sink's index the articles a rule fires on: for a Kibana saved search of
 * the rule, or to look back at what a new rule would have raised last month. The package documentation says why the
 * two agree; {@code ElasticsearchAgreementTest} replays a recorded Elasticsearch run of these queries.
 */
public final class ElasticsearchQuery {

  /** Text fields with a bigram sub-field in the sink's mapping, which is what rules match on. */
  private static final List<String> BIGRAM_FIELDS = List.of("headline", "text");

  private static final String BIGRAM_SUFFIX = ".bigram";

  private ElasticsearchQuery() {}

  /**
   * The {@code query_string} query of {@code rule}, as a map that {@link org.inkstream.core.Json} writes as the value
   * of a search request's {@code query}.
   */
  public static Map<String, Object> of(AlertRule rule) {
    Map<String, Object> queryString = new LinkedHashMap<>();
    queryString.put("query", queryText(rule.query()));
    queryString.put("fields", rule.defaultFields().stream().map(ElasticsearchQuery::bigramField).toList());
    queryString.put("type", "phrase");
    queryString.put("default_operator", "OR");
    return Map.of("query_string", queryString);
  }

  /**
   * {@code query} with its {@code headline:} and {@code text:} prefixes written {@code headline.bigram:} and {@code
   * text.bigram:}; quoted phrases and escaped characters are left as they are.
   */
  static String queryText(String query) {
    StringBuilder out = new StringBuilder(query.length() + 16);
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && startsTerm(query, i)) {
        String field = bigramPrefix(query, i);
        if (field != null) {
          out.append(field).append(BIGRAM_SUFFIX);
          i += field.length() - 1;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean startsTerm(String query, int at) {
    if (at == 0) {
      return true;
    }
    char before = query.charAt(at - 1);
    return Character.isWhitespace(before) || "(+-!".indexOf(before) >= 0;
  }

  /** The text field whose prefix ({@code headline:}) starts at {@code at}, or null. */
  private static String bigramPrefix(String query, int at) {
    for (String field : BIGRAM_FIELDS) {
      if (query.startsWith(field + ":", at)) {
        return field;
      }
    }
    return null;
  }

  private static String bigramField(String field) {
    return BIGRAM_FIELDS.contains(field) ? field + BIGRAM_SUFFIX : field;
  }
}
