package org.inkstream.alerts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A standing search: when an article matches {@code query}, the monitoring team is alerted.
 *
 * <p>The query is written in the Lucene query syntax that Kibana's search bar accepts, for example {@code (防汛 OR 洪水)
 * AND NOT 演练}, {@code "河长制"}, {@code headline:防汛}, {@code entities.persons:张三} or {@code topic:environment}. This
 * record checks only its own shape; whether the query parses and names known fields is checked when a {@link
 * RuleMatcher} compiles it, which throws {@link InvalidRuleException}.
 *
 * <p>The same record is read from a YAML rule file ({@link RuleFile}) and, as JSON with {@link
 * org.inkstream.core.Json}, from wherever rules are stored later (a compacted topic keyed by {@link #id()}), so that
 * both paths validate alike.
 *
 * @param id stable identifier: letters, digits, {@code _ . -}, at most 64 characters; it keys the rule in storage and
 *     is what an article's {@code alerts} field lists
 * @param name what the team calls the rule (防汛抗旱); defaults to the id
 * @param query the Lucene-syntax query
 * @param fields the fields an unprefixed term searches; empty means {@code headline} and {@code text}
 * @param enabled false to keep a rule without matching it; defaults to true
 */
public record AlertRule(String id, String name, String query, List<String> fields, boolean enabled) {

  /** Longer queries are refused: a rule is something a person writes and reads. */
  public static final int MAX_QUERY_CHARS = 4_000;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  public AlertRule {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a rule id is 1 to 64 letters, digits, '_', '.' or '-', starting with a "
          + "letter or digit, was " + (id == null ? "missing" : "'" + id + "'"));
    }
    name = name == null || name.isBlank() ? id : name.strip();
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("rule '" + id + "' has no query");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("rule '" + id + "' has a query of " + query.length()
          + " characters, more than the " + MAX_QUERY_CHARS + " allowed");
    }
    fields = fields == null ? List.of() : List.copyOf(fields);
    for (String field : fields) {
      if (ArticleFields.resolve(field).isEmpty()) {
        throw new IllegalArgumentException("rule '" + id + "' lists unknown field '" + field + "' in fields; known: "
            + ArticleFields.names());
      }
    }
  }

  /** An enabled rule whose unprefixed terms search headline and text. */
  public static AlertRule of(String id, String name, String query) {
    return new AlertRule(id, name, query, List.of(), true);
  }

  /** Reads a rule from JSON or YAML, where {@code enabled} may be left out and then means true. */
  @JsonCreator
  static AlertRule fromJson(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("query") String query,
      @JsonProperty("fields") List<String> fields,
      @JsonProperty("enabled") Boolean enabled) {
    return new AlertRule(id, name, query, fields, enabled == null || enabled);
  }

  /** The fields an unprefixed term of this rule searches. */
  List<String> defaultFields() {
    return fields.isEmpty() ? ArticleFields.DEFAULT_FIELDS : fields.stream()
        .map(field -> ArticleFields.resolve(field).orElseThrow())
        .toList();
  }
}
