/**
 * Alert rules: standing Lucene-syntax queries ({@code (防汛 OR 洪水) AND NOT 演练}) matched against each article as it
 * passes, plain Java without Kafka, so that the topology, {@code inkstream rules test} and the tests run the same code.
 *
 * <p>Start with {@link org.inkstream.alerts.RuleMatcher}: {@code new RuleMatcher(rules)} compiles the rules (a bad one
 * throws {@link org.inkstream.alerts.InvalidRuleException} naming it) and {@code match(article, timestamp)} returns
 * one {@link org.inkstream.core.Alert} per rule the article matches. {@link org.inkstream.alerts.AlertRule} is a rule;
 * {@link org.inkstream.alerts.RuleFile} reads them from YAML.
 *
 * <h2>A rule fires where Elasticsearch finds the article</h2>
 *
 * <p>A rule fires on an article exactly when Elasticsearch finds that article in the sink's index with this query,
 * which {@link org.inkstream.alerts.ElasticsearchQuery#of} writes for a rule:
 *
 * <pre>
 * {"query_string": {
 *    "query":            the rule's query, its headline: and text: written headline.bigram: and text.bigram:,
 *    "fields":           ["headline.bigram", "text.bigram"]   (or the rule's fields, text ones suffixed .bigram),
 *    "type":             "phrase",
 *    "default_operator": "OR"}}
 * </pre>
 *
 * <p>This is checked against a real Elasticsearch 8.19.21 with the sink's index template: {@code
 * ElasticsearchAgreementTest} replays the recorded hits of 46 queries on 48 articles. It holds because every piece is
 * the Lucene code Elasticsearch runs (8.19 embeds Lucene 9.12, as we do):
 *
 * <ul>
 *   <li><b>Text fields</b> ({@code headline}, {@code text}; also {@code kicker}, {@code subtitle}, {@code subheads},
 *       {@code captions}) are analysed like the sink's {@code *.bigram} sub-fields: standard tokenizer (one token per
 *       Han character), lowercase, shingles of two joined with {@code ""}; unigrams too at index time, bigrams only (a
 *       unigram when there is a single token) at query time ({@link org.inkstream.alerts.BigramAnalyzer}). So {@code
 *       防汛} is the one term {@code 防汛}: it matches the word, not an article with 防 and 汛 apart.
 *   <li><b>Longer words</b>: the text between two operators is analysed as one piece (whitespace is not an operator,
 *       in Lucene 9 as in Elasticsearch) and becomes a phrase of its bigrams ({@code "type": "phrase"}): {@code
 *       防汛抗旱} is the phrase {@code 防汛 汛抗 抗旱}, the four characters in that order. With the default {@code
 *       best_fields} type Elasticsearch would OR the bigrams and also find articles with only 抗旱; on the plain
 *       {@code headline}/{@code text} fields (standard analyzer) {@code 防汛} would mean 防 OR 汛.
 *   <li><b>Unprefixed terms</b> search {@code headline} and {@code text} (either may match), or the rule's {@code
 *       fields}; {@code headline:} and {@code headline.bigram:} both name the bigram analysis.
 *   <li><b>Keyword fields</b> ({@code topic}, {@code paper}, {@code type}, {@code entities.persons}, {@code keywords},
 *       {@code byline.reporters}, {@code edition_date}, ...; the list is in {@link org.inkstream.alerts.ArticleFields})
 *       hold each value as one exact, case-sensitive term, as {@code keyword} fields do: {@code entities.persons:张三}
 *       does not match 张三丰. Ranges compare strings, so ISO dates work: {@code edition_date:[2021-04-01 TO
 *       2021-04-30]}, {@code edition_date:>=2021-05-01}.
 *   <li><b>Operators</b> as in Kibana's Lucene mode: AND, OR, NOT, {@code + -}, parentheses, {@code ^} boosts, {@code
 *       ~} slop and fuzziness (bare {@code ~} is Elasticsearch's AUTO), {@code *} and {@code ?} wildcards, {@code
 *       /regexp/}, {@code _exists_:field}; clauses without an operator are ORed; a group of only NOT clauses means
 *       "every article without", as Elasticsearch rewrites it.
 * </ul>
 *
 * <p>Refused when compiling, because they would silently mean something else than their author thinks: unknown fields,
 * lower-case {@code and}/{@code or}/{@code not}, words listed without an operator ({@code 防汛 抗旱}, {@code 防汛、抗旱}:
 * Elasticsearch would search the phrase 防汛抗旱; write {@code 防汛 OR 抗旱}), full-width （）：“” outside quotes, and
 * queries that cannot match (only NOT clauses, or nothing searchable).
 *
 * <p>Shared quirks, here as in Elasticsearch: the tokenizer drops spaces and punctuation before the shingle filter, so
 * {@code 防，汛} in an article holds the bigram {@code 防汛}, and the phrase {@code "防汛 救灾"} is {@code 防汛救灾} (it
 * never finds 防汛和救灾, whatever the slop: write {@code 防汛 AND 救灾}).
 */
package org.inkstream.alerts;
