package org.inkstream.alerts;

import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * A rule with its parsed query. Lucene queries are immutable, so one compiled rule serves every thread.
 *
 * @param rule the rule as written
 * @param query what an article must match
 * @param terms the terms that can make an article match (none under a NOT), in query order
 * @param gate a quick test on the article's index that rules out most articles the query cannot match
 * @param skim a test on the article itself that rules out most of them before there is an index
 */
record CompiledRule(AlertRule rule, Query query, List<RuleTerm> terms, TermGate gate, SkimGate skim) {

  /** Full-width forms that look like query syntax to a person but are plain characters to the parser. */
  private static final String FULL_WIDTH_SYNTAX = "（）：“”＂";

  CompiledRule {
    terms = List.copyOf(terms);
  }

  /** Parses {@code rule}'s query; throws {@link InvalidRuleException} naming the rule and the problem. */
  static CompiledRule compile(AlertRule rule) {
    rejectFullWidthSyntax(rule);
    RuleQueryParser parser = new RuleQueryParser(rule.defaultFields());
    Query query;
    try {
      query = parser.parse(rule.query());
    } catch (ParseException | IllegalArgumentException e) {
      // ParseException messages run on with the list of tokens the grammar expected: the first line says it.
      throw new InvalidRuleException(rule.id(), "rule '" + rule.id() + "': " + firstLine(e.getMessage()), e);
    }
    List<RuleTerm> terms = parser.positiveTerms(query);
    if (terms.isEmpty()) {
      throw new InvalidRuleException(rule.id(), "rule '" + rule.id() + "': query '" + rule.query()
          + "' has no term that can match (only NOT clauses, or nothing searchable): it would never fire");
    }
    return new CompiledRule(rule, query, terms, TermGate.of(query), SkimGate.of(query));
  }

  /**
   * Chinese input methods type （）：“” where the syntax needs ASCII; the parser would take them as part of a word and
   * silently drop the grouping, so {@code （防汛 OR 洪水） AND NOT 演练} would mean something else. Inside an ASCII-quoted
   * phrase they are text and allowed.
   */
  private static void rejectFullWidthSyntax(AlertRule rule) {
    String query = rule.query();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && FULL_WIDTH_SYNTAX.indexOf(c) >= 0) {
        throw new InvalidRuleException(rule.id(), "rule '" + rule.id() + "': full-width '" + c + "' at position "
            + (i + 1) + " of query '" + query + "' is not query syntax; use ASCII ( ) : \" instead");
      }
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
