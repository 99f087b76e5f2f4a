package org.inkstream.alerts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Lucene's classic query parser, the one inside Elasticsearch's {@code query_string}, set up to build the queries
 * Elasticsearch builds for {@code {"query_string": {"fields": [...], "type": "phrase", "default_operator": "OR"}}} on
 * the sink's index (the package documentation has the whole mapping):
 *
 * <ul>
 *   <li>whitespace is not an operator (Lucene's and Elasticsearch's default): the text between operators is analysed
 *       as one piece;
 *   <li>that piece becomes a phrase of its tokens ({@code "type": "phrase"}): on a text field {@code 防汛抗旱} is the
 *       phrase of the bigrams {@code 防汛 汛抗 抗旱}, {@code 防汛} the single term {@code 防汛}; a keyword field takes
 *       the value whole;
 *   <li>an unprefixed piece searches each of the rule's default fields, any may match;
 *   <li>a group of only NOT clauses means "all articles except", as Elasticsearch's {@code fixNegativeQueryIfNeeded}
 *       makes it, and {@code ~} without a number is Elasticsearch's {@code AUTO} fuzziness;
 *   <li>{@code field:>=value} ranges and {@code _exists_:field} work as in Elasticsearch.
 * </ul>
 *
 * <p>It is stricter than Elasticsearch where a query would silently mean something else than its author thinks: an
 * unknown field, lower-case {@code and}/{@code or}/{@code not}, and words listed without an operator ({@code 防汛 抗旱}
 * or {@code 防汛、抗旱}, which Elasticsearch would search as the phrase 防汛抗旱) are parse errors. Whatever it accepts,
 * it matches as Elasticsearch does.
 *
 * <p>While parsing it records every term it builds, with the text the rule wrote for it, so that an alert can say
 * which terms hit. Not thread-safe and single-use: one parser per rule.
 */
final class RuleQueryParser extends QueryParser {

  /** Stands for the rule's default fields while parsing; expanded by {@link #term}. */
  private static final String DEFAULT_FIELD = "\u0000default";

  private static final String EXISTS_FIELD = "_exists_";

  private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "not");

  /** What separates the words of a list a person means as alternatives: spaces, the enumeration comma 、, commas. */
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s、，,；;]+");

  private final List<String> defaultFields;

  /** Every term built, by identity of its query. */
  private final Map<Query, RuleTerm> terms = new IdentityHashMap<>();

  /** The same terms in query order. */
  private final List<RuleTerm> order = new ArrayList<>();

  RuleQueryParser(List<String> defaultFields) {
    super(DEFAULT_FIELD, ArticleFields.SEARCH_ANALYZER);
    this.defaultFields = List.copyOf(defaultFields);
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
        collectPositive(clause.getQuery(), negated || clause.isProhibited(), positive);
      }
    }
  }

  /** Every piece of text becomes a phrase of its tokens, as with Elasticsearch's {@code "type": "phrase"}. */
  @Override
  protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted) {
    return createFieldQuery(analyzer, BooleanClause.Occur.MUST, field, queryText, true, getPhraseSlop());
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (quoted) {
      return getFieldQuery(field, queryText, getPhraseSlop());
    }
    if (EXISTS_FIELD.equals(field)) {
      String target = resolve(queryText);
      return term(EXISTS_FIELD, queryText, ignored -> new WildcardQuery(new Term(target, "*")));
    }
    if (!DEFAULT_FIELD.equals(field) && queryText.length() > 1 && (queryText.startsWith(">")
        || queryText.startsWith("<"))) {
      return openRange(field, queryText);
    }
    checkNoWordList(queryText);
    return term(field, queryText, target -> super.getFieldQuery(target, queryText, false));
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

  /**
   * Edits allowed by a bare {@code ~}: Elasticsearch's {@code AUTO} (none up to 2 characters, 1 up to 5, else 2)
   * instead of Lucene's 2, which would let {@code 防汛~} match every two-character bigram.
   */
  @Override
  protected float getFuzzyDistance(Token fuzzyToken, String termStr) {
    if (fuzzyToken.image.length() > 1) {
      return super.getFuzzyDistance(fuzzyToken, termStr);
    }
    int length = termStr.codePointCount(0, termStr.length());
    return length <= 2 ? 0 : length <= 5 ? 1 : 2;
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return term(field, "/" + termStr + "/", target -> super.getRegexpQuery(target, termStr));
  }

  /**
   * A range of terms ({@code edition_date:[2021-04-01 TO 2021-04-30]}), compared as strings like Elasticsearch's
   * keyword fields do; the classic parser's locale-dependent date guessing is skipped on purpose.
   */
  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    String label = (startInclusive ? "[" : "{") + (part1 == null ? "*" : part1) + " TO "
        + (part2 == null ? "*" : part2) + (endInclusive ? "]" : "}");
    return term(field, label, target -> newRangeQuery(target, part1, part2, startInclusive, endInclusive));
  }

  /** A group of only NOT clauses matches everything else, as in Elasticsearch. */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query query = super.getBooleanQuery(clauses);
    if (!(query instanceof BooleanQuery bool) || bool.clauses().stream().anyMatch(c -> !c.isProhibited())) {
      return query;
    }
    BooleanQuery.Builder fixed = new BooleanQuery.Builder();
    bool.clauses().forEach(fixed::add);
    fixed.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    return fixed.build();
  }

  /** {@code field:>=value}, {@code field:<value} and the like, which Elasticsearch reads as open ranges. */
  private Query openRange(String field, String queryText) throws ParseException {
    boolean lower = queryText.charAt(0) == '>';
    boolean inclusive = queryText.length() > 2 && queryText.charAt(1) == '=';
    String bound = queryText.substring(inclusive ? 2 : 1);
    return lower
        ? getRangeQuery(field, bound, null, inclusive, true)
        : getRangeQuery(field, null, bound, true, inclusive);
  }

  /**
   * Refuses {@code 防汛 抗旱}, {@code 防汛、抗旱} and {@code 防汛 or 抗旱}: without an operator Elasticsearch searches the
   * words as one phrase (the tokenizer drops spaces and punctuation, and takes {@code or} as a word), which is rarely
   * what was meant by a list.
   */
  private static void checkNoWordList(String queryText) throws ParseException {
    String[] words = WORD_SEPARATORS.split(queryText.strip());
    if (words.length < 2) {
      return;
    }
    for (String word : words) {
      if (OPERATOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        throw new ParseException("'" + word + "' in '" + queryText + "' would be searched as a word; write "
            + "operators in capitals (" + word.toUpperCase(Locale.ROOT) + ")");
      }
    }
    throw new ParseException("'" + queryText + "' lists words without an operator, which would be searched as one "
        + "phrase; write " + String.join(" OR ", words) + " for any of them, or quote the phrase: \"" + queryText
        + "\"");
  }

  /** Builds the query of one term of the rule on each field it searches, and records it. */
  private Query term(String field, String label, FieldQuery builder) throws ParseException {
    boolean unprefixed = DEFAULT_FIELD.equals(field);
    List<String> targets = unprefixed ? defaultFields
        : EXISTS_FIELD.equals(field) ? List.of(EXISTS_FIELD) // the builder knows the field to look for
        : List.of(resolve(field));
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
