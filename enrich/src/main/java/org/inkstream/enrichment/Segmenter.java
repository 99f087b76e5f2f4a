package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.List;
import org.ansj.domain.Result;
import org.ansj.domain.Term;
import org.ansj.library.AmbiguityLibrary;
import org.ansj.library.DicLibrary;
import org.ansj.splitWord.analysis.NlpAnalysis;
import org.ansj.splitWord.analysis.ToAnalysis;
import org.ansj.util.MyStaticValue;

/**
 * Word segmentation with part-of-speech and name tags, by ansj_seg: the library that found persons and places best
 * among the fast ones measured in {@code shared/docs/chinese-nlp.md} (persons P 0.67 R 0.94, places P 0.90 raw).
 * Thread-safe: every call builds its own analysis over ansj's shared, read-only models.
 */
final class Segmenter {

  private static final String DICTIONARIES = "/org/inkstream/enrichment/ansj/";

  static {
    // ansj looks for its user and ambiguity dictionaries under ./library/ and logs an ERROR for each when they are not
    // there; point it at the (empty, extensible) ones shipped on the classpath instead. Lines are "word<TAB>nature<TAB>
    // frequency" (user.dic) as documented by ansj.
    MyStaticValue.ENV.put(DicLibrary.DEFAULT, "jar://" + Segmenter.class.getName() + "|" + DICTIONARIES + "user.dic");
    MyStaticValue.ENV.put(AmbiguityLibrary.DEFAULT,
        "jar://" + Segmenter.class.getName() + "|" + DICTIONARIES + "ambiguity.dic");
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

  private final EnricherConfig.Segmentation mode;

  Segmenter(EnricherConfig.Segmentation mode) {
    this.mode = mode;
  }

  List<Token> segment(String text) {
    Result result = mode == EnricherConfig.Segmentation.ACCURATE
        ? new NlpAnalysis().parseStr(text)
        : new ToAnalysis().parseStr(text);
    List<Token> tokens = new ArrayList<>(result.size());
    for (Term term : result) {
      String nature = term.getNatureStr();
      tokens.add(new Token(term.getName(), nature == null ? "" : nature));
    }
    return tokens;
  }
}
