package org.inkstream.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The token streams the sink's {@code *.bigram} sub-fields produce in Elasticsearch (standard tokenizer, lowercase,
 * shingles of two joined with ""), pinned here so that a change to the analysis is a visible test change.
 */
class BigramAnalyzerTest {

  @Test
  void indexSideKeepsUnigramsAndBigrams() {
    assertThat(tokens(BigramAnalyzer.INDEX, "防汛抗旱"))
        .containsExactly("防", "防汛", "汛", "汛抗", "抗", "抗旱", "旱");
  }

  @Test
  void searchSideMakesTwoCharactersOneTerm() {
    assertThat(tokens(BigramAnalyzer.SEARCH, "防汛")).containsExactly("防汛");
    assertThat(tokens(BigramAnalyzer.SEARCH, "防汛抗旱")).containsExactly("防汛", "汛抗", "抗旱");
  }

  @Test
  void searchSideKeepsASingleCharacter() {
    // output_unigrams_if_no_shingles: a one-character query still finds the unigram the index holds.
    assertThat(tokens(BigramAnalyzer.SEARCH, "汛")).containsExactly("汛");
  }

  @Test
  void latinWordsAndNumbersStayWholeAndLowerCase() {
    assertThat(tokens(BigramAnalyzer.SEARCH, "COVID-19疫情")).containsExactly("covid19", "19疫", "疫情");
  }

  @Test
  void punctuationDoesNotSeparateBigrams() {
    // The standard tokenizer drops the comma before the shingle filter: Elasticsearch indexes 防，汛 as 防汛 too.
    assertThat(tokens(BigramAnalyzer.INDEX, "防，汛")).contains("防汛");
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
