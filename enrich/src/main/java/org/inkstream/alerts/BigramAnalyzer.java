package org.inkstream.alerts;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the sink's {@code headline.bigram} and {@code text.bigram} sub-fields, rebuilt from the same Lucene
 * classes that Elasticsearch runs for them, so that a rule matches here exactly the articles its query finds there.
 *
 * <p>The index template declares (sink {@code articles-template.json}):
 *
 * <pre>
 * inkstream_bigram        = tokenizer standard, filters [lowercase, shingle{min 2, max 2, token_separator "",
 *                           output_unigrams true}]                                  (index analyzer)
 * inkstream_bigram_search = tokenizer standard, filters [lowercase, shingle{min 2, max 2, token_separator "",
 *                           output_unigrams false, output_unigrams_if_no_shingles true}]  (search analyzer)
 * </pre>
 *
 * <p>Elasticsearch's {@code standard} tokenizer is Lucene's {@link StandardTokenizer} (UAX#29: every Han character is
 * a token of its own, Latin words and numbers stay whole, punctuation is dropped, max token length 255), its {@code
 * lowercase} filter is {@link LowerCaseFilter}, its {@code shingle} filter is {@link ShingleFilter}. So {@code
 * 防汛抗旱} is indexed as {@code 防 防汛 汛 汛抗 抗 抗旱 旱} and the query {@code 防汛} becomes the single term {@code 防汛}:
 * it matches the word and not an article that has 防 and 汛 apart. A one-character query ({@code 汛}) has no shingle
 * and stays a unigram, which the index side also holds.
 *
 * <p>As in Elasticsearch, a shingle also joins two characters that punctuation separates ({@code 防，汛} holds {@code
 * 防汛}), because the tokenizer drops the punctuation before the shingle filter sees it. Values of a multi-valued
 * field are 100 positions apart, Elasticsearch's default {@code position_increment_gap}, so a phrase never spans two
 * captions.
 */
final class BigramAnalyzer extends Analyzer {

  /** What the articles are indexed with: unigrams and bigrams. */
  static final BigramAnalyzer INDEX = new BigramAnalyzer(Output.UNIGRAMS_AND_BIGRAMS);

  /** What query text is analysed with: bigrams only, or the unigram when the text is one token. */
  static final BigramAnalyzer SEARCH = new BigramAnalyzer(Output.BIGRAMS);

  /**
   * The lower-cased tokens the bigrams are made of, without the bigrams: what {@link TokenRun} reads to rule terms out
   * without indexing. The same components as {@link #INDEX} minus the last filter, so that both see the same tokens.
   */
  static final BigramAnalyzer TOKENS = new BigramAnalyzer(Output.TOKENS);

  /** Elasticsearch's default {@code position_increment_gap} for text fields. */
  static final int POSITION_INCREMENT_GAP = 100;

  /** What comes out of the lower-cased tokens: see {@link #INDEX}, {@link #SEARCH} and {@link #TOKENS}. */
  private enum Output { UNIGRAMS_AND_BIGRAMS, BIGRAMS, TOKENS }

  private final Output output;

  private BigramAnalyzer(Output output) {
    this.output = output;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream tokens = new LowerCaseFilter(tokenizer);
    if (output == Output.TOKENS) {
      return new TokenStreamComponents(tokenizer, tokens);
    }
    ShingleFilter shingles = new ShingleFilter(tokens, 2, 2);
    shingles.setTokenSeparator("");
    shingles.setOutputUnigrams(output == Output.UNIGRAMS_AND_BIGRAMS);
    shingles.setOutputUnigramsIfNoShingles(output == Output.BIGRAMS);
    return new TokenStreamComponents(tokenizer, shingles);
  }

  /** Lower-cases the text of prefix, wildcard, fuzzy and range terms, which are not tokenised (as in Elasticsearch). */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_INCREMENT_GAP;
  }
}
