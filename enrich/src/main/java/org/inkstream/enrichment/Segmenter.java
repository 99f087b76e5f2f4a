package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.List;
import org.ansj.domain.Result;
import org.ansj.domain.Term;
import org.ansj.splitWord.analysis.NlpAnalysis;
import org.ansj.splitWord.analysis.ToAnalysis;

/**
 * Word segmentation with part-of-speech and name tags, by ansj_seg: the library that found persons and places best
 * among the fast ones measured in {@code shared/docs/chinese-nlp.md} (persons P 0.67 R 0.94, places P 0.90 raw).
 * Thread-safe: every call builds its own analysis over ansj's shared, read-only models.
 */
final class Segmenter {

  /** Which ansj analysis to run: the trade-off between entity quality and speed. */
  enum Mode {
    /**
     * {@code NlpAnalysis}: CRF new-word discovery plus person, place and organisation recognition. Best entities,
     * about 4x slower; loads a CRF model (several seconds, ~200 MB heap) once per JVM.
     */
    ACCURATE,
    /** {@code ToAnalysis}: dictionary and n-gram segmentation with person recognition; no organisations. */
    FAST
  }

  /**
   * One word as ansj tagged it.
   *
   * @param nature ansj's part-of-speech tag: {@code nr} person, {@code nrf} foreign person, {@code ns} place, {@code
   *     nt} organisation, {@code n*} nouns, {@code v*} verbs...
   */
  record Token(String word, String nature) {

    boolean isNoun() {
      return nature.startsWith("n") || nature.equals("vn") || nature.equals("nw");
    }
  }

  private final Mode mode;

  Segmenter(Mode mode) {
    this.mode = mode;
  }

  Mode mode() {
    return mode;
  }

  List<Token> segment(String text) {
    Result result = mode == Mode.ACCURATE ? new NlpAnalysis().parseStr(text) : new ToAnalysis().parseStr(text);
    List<Token> tokens = new ArrayList<>(result.size());
    for (Term term : result) {
      String nature = term.getNatureStr();
      tokens.add(new Token(term.getName(), nature == null ? "" : nature));
    }
    return tokens;
  }
}
