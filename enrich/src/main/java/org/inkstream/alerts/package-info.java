/**
 * Alert rules: standing Lucene-syntax queries ({@code (防汛 OR 洪水) AND NOT 演练}) matched against each article as it
 * passes, plain Java without Kafka, so that the topology, {@code inkstream rules test} and the tests run the same code.
 *
 * <p>Start with {@link org.inkstream.alerts.RuleMatcher}: {@code new RuleMatcher(rules)} compiles the rules (a bad one
 * throws {@link org.inkstream.alerts.InvalidRuleException} naming it) and {@code match(article, timestamp)} returns
 * one {@link org.inkstream.core.Alert} per rule the article matches. {@link org.inkstream.alerts.AlertRule} is a rule;
 * {@link org.inkstream.alerts.RuleFile} reads them from YAML.
 *
 * <h2>Matching agrees with Elasticsearch</h2>
 *
 * <p>A rule fires on an article exactly when Elasticsearch finds that article in the sink's index with
 *
 * <pre>
 * {"query_string": {
 *    "query":            the rule's query, with headline: and text: written headline.bigram: and text.bigram:,
 *    "fields":           ["headline.bigram", "text.bigram"]   (or the rule's fields, text ones suffixed .bigram),
 *    "type":             "phrase",
 *    "default_operator": "OR"}}
 * </pre>
 *
 * because every piece is the same Lucene code Elasticsearch 8.19 runs (it embeds Lucene 9.12, as we do):
 *
 * <ul>
 *   <li><b>Text fields</b> ({@code headline}, {@code text}; also {@code kicker}, {@code subtitle}, {@code subheads},
 *       {@code captions}) are analysed like the sink's {@code *.bigram} sub-fields: standard tokenizer (one token per
 *       Han character), lowercase, shingles of two with separator {@code ""}; unigrams too at index time, bigrams only
 *       (a unigram when there is a single token) at query time ({@link org.inkstream.alerts.BigramAnalyzer}). So
 *       {@code 防汛} is the term {@code 防汛}: it matches the word, not an article with 防 and 汛 apart.
 *   <li><b>Longer words</b>: {@code 防汛抗旱} analyses to {@code 防汛 汛抗 抗旱}; the parser makes a phrase of them
 *       ({@code autoGeneratePhraseQueries}), which is what {@code "type": "phrase"} does in Elasticsearch. (With the
 *       default {@code best_fields} type Elasticsearch would OR the three bigrams and also find articles with only
 *       抗旱.) Quoted phrases ({@code "河长制"}) are phrases either way.
 *   <li><b>Unprefixed terms</b> search {@code headline} and {@code text} (any may match), or the rule's {@code
 *       fields}; {@code headline:} and {@code headline.bigram:} both name the bigram analysis. The sink's plain
 *       {@code headline}/{@code text} (standard analyzer, or smartcn in production) are not what rules match: on them
 *       Elasticsearch's {@code 防汛} means 防 OR 汛.
 *   <li><b>Keyword fields</b> ({@code topic}, {@code paper}, {@code type}, {@code entities.persons}, {@code keywords},
 *       {@code byline.reporters}, {@code edition_date}, ...; the list is in {@link org.inkstream.alerts.ArticleFields})
 *       hold each value as one exact, case-sensitive term, as {@code keyword} fields do: {@code entities.persons:张三}
 *       does not match 张三丰. Ranges compare strings, so ISO dates work: {@code edition_date:[2021-04-01 TO
 *       2021-04-30]}.
 *   <li><b>Operators</b>: AND, OR, NOT, {@code + -}, parentheses, {@code ^} boosts, {@code ~} slop and fuzziness,
 *       {@code *} and {@code ?} wildcards and {@code /regexp/} as in Kibana's Lucene mode; terms without an operator are
 *       ORed. Lower-case {@code and}/{@code or}/{@code not}, full-width （）：“” outside quotes, unknown fields and
 *       queries that cannot match (only NOT clauses) are refused when compiling rather than silently never firing.
 * </ul>
 *
 * <p>Known, shared quirk: the standard tokenizer drops punctuation before the shingle filter, so {@code 防，汛} holds
 * the bigram {@code 防汛} both here and in Elasticsearch.
 */
package org.inkstream.alerts;
