package org.inkstream.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The lower-cased tokens of a text field's values run together ({@code 防汛，COVID-19} gives {@code 防汛covid19}): a
 * string that holds every term the index has for the field, so a term that is not a substring of it is surely absent,
 * and finding that out costs a tokenizer pass instead of an index.
 *
 * <p>Why every term is in it: {@link BigramAnalyzer#INDEX} makes each term from the tokens {@link
 * BigramAnalyzer#TOKENS} yields (same Lucene classes, same settings): a unigram is one token, a bigram two adjacent
 * tokens joined with {@code ""}, so both are a stretch of consecutive tokens, which the run holds side by side. Values
 * of a multi-valued field are separate token streams, so no bigram spans two; the run puts U+0000, which no
 * token holds, between them. The reasoning fails where the shingle filter would insert its filler {@code _} (a token
 * after a position gap, which the standard tokenizer makes only for a token it skips) and where a token holds half a
 * surrogate pair (its UTF-8 term is not its text); then there is no run and the caller must assume the field holds
 * anything.
 */
final class TokenRun {

  private static final char VALUE_SEPARATOR = '\u0000';

  private TokenRun() {}

  /** The run of {@code values} of text field {@code field}; empty when the tokens are such that it may miss a term. */
  static Optional<String> of(String field, List<String> values) {
    StringBuilder run = new StringBuilder();
    for (String value : values) {
      if (!append(run, field, value)) {
        return Optional.empty();
      }
      run.append(VALUE_SEPARATOR);
    }
    return Optional.of(run.toString());
  }

  private static boolean append(StringBuilder run, String field, String value) {
    try (TokenStream tokens = BigramAnalyzer.TOKENS.tokenStream(field, value)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (increment.getPositionIncrement() != 1 || hasLoneSurrogate(term.buffer(), term.length())) {
          return false;
        }
        run.append(term.buffer(), 0, term.length());
      }
      tokens.end();
      return increment.getPositionIncrement() == 0; // skipped tokens at the end would make trailing fillers
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizing a string", e);
    }
  }

  private static boolean hasLoneSurrogate(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(chars[i])) {
        return true;
      }
    }
    return false;
  }
}
