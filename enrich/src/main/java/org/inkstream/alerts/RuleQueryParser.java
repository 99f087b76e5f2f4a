package org.inkstream.alerts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic query parser (the syntax of Kibana's Lucene mode and of Elasticsearch's {@code query_string}), set
 * up to parse one rule's query the way Elasticsearch runs it on the sink's index:
 *
 * <ul>
 *   <li>query text of a text field goes through {@link BigramAnalyzer#SEARCH}, and a term that analyses to several
 *       bigrams ({@code 防汛抗旱} gives {@code 防汛 汛抗 抗旱}) becomes a phrase of them ({@code
 *       autoGeneratePhraseQueries}), so it matches the characters in that order and nothing else;
 *   <li>keyword fields take the value whole, as one exact term;
 *   <li>an unprefixed term searches each of the rule's default fields (any may match);
 *   <li>terms without an operator are joined with OR, Elasticsearch's default;
 *   <li>field names are checked against {@link ArticleFields}: a misspelt field would otherwise never match and nobody
 *       would notice.
 * </ul>
 *
 * <p>While parsing it records every term it builds, with the text the rule wrote for it, so that an alert can say
 * which terms hit. Not thread-safe and single-use: one parser per rule.
 */
final class RuleQueryParser extends QueryParser {

  /** Stands for the rule's default fields while parsing; expanded by {@link #term}. */
  private static final String DEFAULT_FIELD = "\u0000default";

  private static final Set<String> LOWER_CASE_OPERATORS = Set.of("and", "or", "not");

  private final List<String> defaultFields;

  /** Every term built, in query order, by identity of its query. */
  private final Map<Query, RuleTerm> terms = new IdentityHashMap<>();

  private final List<RuleTerm> order = new ArrayList<>();

  RuleQueryParser(List<String> defaultFields) {
    super(DEFAULT_FIELD, ArticleFields.SEARCH_ANALYZER);
    this.defaultFields = List.copyOf(defaultFields);
    setAutoGeneratePhraseQueries(true);
    setDefaultOperator(OR_OPERATOR);
    // Elasticsearch allows *suffix and ?uffix by default; on a one-document index they cost nothing.
    setAllowLeadingWildcard(true);
  }

  /**
   * The terms of {@code query} (which this parser returned) that can make an article match: every term except those
   * under a NOT, in query order.
   */
  List<RuleTerm> positiveTerms(Query query) {
    Set<Query> positive = Collections.newSetFromMap(new IdentityHashMap<>());
    collectPositive(query, false, positive);
    return order.stream().filter(term -> positive.contains(term.query())).toList();
  }

  private void collectPositive(Query query, boolean negated, Set<Query> positive) {
    if (terms.containsKey(query)) {
      if (!negated) {
        positive.add(query);
      }
    } else if (query instanceof BoostQuery boost) {
      collectPositive(boost.getQuery(), negated, positive);
    } else if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        collectPositive(clause.getQuery(), negated || clause.getOccur() == BooleanClause.Occur.MUST_NOT, positive);
      }
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (!quoted && LOWER_CASE_OPERATORS.contains(queryText.toLowerCase(Locale.ROOT))
        && !queryText.equals(queryText.toUpperCase(Locale.ROOT))) {
      throw new ParseException("'" + queryText + "' would be searched as a word; write the operator in capitals ("
          + queryText.toUpperCase(Locale.ROOT) + ") or quote the word");
    }
    return term(field, queryText, target -> super.getFieldQuery(target, queryText, quoted));
  }

  /** A quoted phrase, with its slop ({@code "防汛 抗旱"~3}). */
  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return term(field, queryText, target -> withSlop(super.getFieldQuery(target, queryText, true), slop));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return term(field, termStr + "*", target -> super.getPrefixQuery(target, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return term(field, termStr, target -> super.getWildcardQuery(target, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return term(field, termStr + "~", target -> super.getFuzzyQuery(target, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return term(field, "/" + termStr + "/", target -> super.getRegexpQuery(target, termStr));
  }

  /**
   * A range of terms ({@code edition_date:[2021-04-01 TO 2021-04-30]}), compared as strings like Elasticsearch's keyword
   * fields do; the classic parser's locale-dependent date guessing is skipped on purpose.
   */
  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    String label = (startInclusive ? "[" : "{") + (part1 == null ? "*" : part1) + " TO "
        + (part2 == null ? "*" : part2) + (endInclusive ? "]" : "}");
    return term(field, label, target -> newRangeQuery(target, part1, part2, startInclusive, endInclusive));
  }

  /** Builds the query of one term of the rule on each field it searches, and records it. */
  private Query term(String field, String label, FieldQuery builder) throws ParseException {
    boolean unprefixed = DEFAULT_FIELD.equals(field);
    List<String> targets = unprefixed ? defaultFields : List.of(resolve(field));
    List<Query> perField = new ArrayList<>(targets.size());
    List<String> literals = new ArrayList<>();
    for (String target : targets) {
      Query query = builder.build(target);
      if (query != null) {
        perField.add(query);
        if (!ArticleFields.isText(target) && query instanceof TermQuery termQuery) {
          literals.add(termQuery.getTerm().text());
        }
      }
    }
    if (perField.isEmpty()) {
      return null; // the analyzer left nothing of the text (punctuation only); the parser drops the clause
    }
    Query query = perField.size() == 1 ? perField.get(0) : anyOf(perField);
    RuleTerm term = new RuleTerm(unprefixed ? label : field + ":" + label, query, literals);
    terms.put(query, term);
    order.add(term);
    return query;
  }

  private static String resolve(String field) throws ParseException {
    return ArticleFields.resolve(field).orElseThrow(() -> new ParseException(
        "unknown field '" + field + "'; known fields: " + String.join(", ", ArticleFields.names())));
  }

  private static Query anyOf(List<Query> queries) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(query -> any.add(query, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static Query withSlop(Query query, int slop) {
    if (!(query instanceof PhraseQuery phrase) || phrase.getSlop() == slop) {
      return query;
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
    for (int i = 0; i < phrase.getTerms().length; i++) {
      builder.add(phrase.getTerms()[i], phrase.getPositions()[i]);
    }
    return builder.build();
  }

  /** The query of one term on one concrete field. */
  @FunctionalInterface
  private interface FieldQuery {
    Query build(String field) throws ParseException;
  }
}
