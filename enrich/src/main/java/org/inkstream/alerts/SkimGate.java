package org.inkstream.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.inkstream.core.Article;

/**
 * A necessary condition for one rule's query, checked on the article itself before it is indexed: when it is false the
 * query cannot match, so the matcher skips the rule, and skips the index altogether when no rule is left. Most articles
 * concern no rule, and indexing them is most of what matching costs; the skim costs a tokenizer pass over the fields
 * the rules name.
 *
 * <p>It is the query's own shape, compiled once ({@link #of}), with each term replaced by the question "can the
 * article's index hold this term?", answered from the article's fields ({@link Reading}). Every node is implied by the
 * query it stands for: if the query matches, the node is true. So a false gate never hides a match; each node says why
 * it is implied. A query the skim cannot judge (prefix, wildcard, fuzzy, regexp, range, {@code _exists_}, match-all, a
 * class it does not know) is {@linkplain #OPEN always true}, which is implied by anything.
 *
 * <p>Immutable and thread-safe; the per-article state lives in the {@link Reading}, one per article and thread.
 */
abstract class SkimGate {

  /** True for every article: the gate of a query the skim cannot judge. */
  static final SkimGate OPEN = new SkimGate() {
    @Override
    boolean mayMatch(Reading article) {
      return true;
    }

    @Override
    public String toString() {
      return "open";
    }
  };

  private SkimGate() {}

  /** False when {@code article} cannot match the query; true when it may, and the index must tell. */
  abstract boolean mayMatch(Reading article);

  /** The gate of {@code query}: walks it once, at compile time. */
  static SkimGate of(Query query) {
    if (query instanceof TermQuery term) {
      return term(term.getTerm());
    }
    if (query instanceof PhraseQuery phrase) {
      // A phrase matches, at any slop, only where each of its terms has a position in the field.
      return all(Arrays.stream(phrase.getTerms()).map(SkimGate::term).toList());
    }
    if (query instanceof MultiPhraseQuery phrase) {
      // Each position of the phrase needs one of its terms in the field.
      return all(Arrays.stream(phrase.getTermArrays())
          .map(position -> any(Arrays.stream(position).map(SkimGate::term).toList())).toList());
    }
    if (query instanceof SynonymQuery synonyms) {
      return any(synonyms.getTerms().stream().map(SkimGate::term).toList());
    }
    if (query instanceof DisjunctionMaxQuery max) {
      return any(max.getDisjuncts().stream().map(SkimGate::of).toList());
    }
    if (query instanceof BoostQuery boost) {
      return of(boost.getQuery()); // a boost changes scores, not which articles match
    }
    if (query instanceof ConstantScoreQuery constant) {
      return of(constant.getQuery());
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    }
    return OPEN;
  }

  /**
   * A Boolean query matches only where all its MUST and FILTER clauses match, so each of their gates is required.
   * Its SHOULD clauses are required as a group (one of them must match) when there is no MUST or FILTER clause or when
   * {@code minimumNumberShouldMatch} is positive; otherwise they only score, and requiring one would hide matches.
   * MUST_NOT clauses are left out: a NOT can only turn an article away, never let one in. A query of NOT clauses alone
   * thus gets an open gate.
   */
  private static SkimGate bool(BooleanQuery query) {
    List<SkimGate> required = new ArrayList<>();
    List<SkimGate> optional = new ArrayList<>();
    for (BooleanClause clause : query) {
      switch (clause.getOccur()) {
        case MUST, FILTER -> required.add(of(clause.getQuery()));
        case SHOULD -> optional.add(of(clause.getQuery()));
        case MUST_NOT -> { }
      }
    }
    if (!optional.isEmpty() && (required.isEmpty() || query.getMinimumNumberShouldMatch() > 0)) {
      required.add(any(optional));
    }
    return all(required);
  }

  /**
   * A term query matches only where the field's index holds the term. A field the skim cannot read leaves the gate
   * open.
   */
  private static SkimGate term(Term term) {
    if (ArticleFields.isText(term.field())) {
      return new TextTerm(term.field(), term.text());
    }
    if (ArticleFields.isKeyword(term.field())) {
      return new KeywordTerm(term.field(), term.bytes());
    }
    return OPEN;
  }

  /** All of {@code gates}; open ones are dropped (true changes no conjunction), nested conjunctions flattened. */
  private static SkimGate all(List<SkimGate> gates) {
    List<SkimGate> parts = new ArrayList<>();
    for (SkimGate gate : gates) {
      if (gate instanceof All all) {
        parts.addAll(all.parts);
      } else if (gate != OPEN) {
        parts.add(gate);
      }
    }
    return parts.isEmpty() ? OPEN : parts.size() == 1 ? parts.get(0) : new All(parts);
  }

  /** Any of {@code gates}; open if one is, nested disjunctions flattened. None: false, like a disjunction of nothing. */
  private static SkimGate any(List<SkimGate> gates) {
    List<SkimGate> parts = new ArrayList<>();
    for (SkimGate gate : gates) {
      if (gate == OPEN) {
        return OPEN;
      }
      parts.addAll(gate instanceof Any any ? any.parts : List.of(gate));
    }
    return parts.size() == 1 ? parts.get(0) : new Any(parts);
  }

  /** True when every part is: what a query needs when it needs each of its parts to match. */
  private static final class All extends SkimGate {
    private final List<SkimGate> parts;

    All(List<SkimGate> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    boolean mayMatch(Reading article) {
      for (SkimGate part : parts) {
        if (!part.mayMatch(article)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return parts.stream().map(SkimGate::toString).collect(Collectors.joining(", ", "all(", ")"));
    }
  }

  /** True when some part is: what a query needs when any one of its parts can make it match. */
  private static final class Any extends SkimGate {
    private final List<SkimGate> parts;

    Any(List<SkimGate> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    boolean mayMatch(Reading article) {
      for (SkimGate part : parts) {
        if (part.mayMatch(article)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return parts.stream().map(SkimGate::toString).collect(Collectors.joining(", ", "any(", ")"));
    }
  }

  /**
   * A term of a text field: possibly in the index when it is a substring of the field's {@link TokenRun}, which holds
   * every term the index has for the field; always possibly when the field has no run.
   */
  private static final class TextTerm extends SkimGate {
    private final String field;
    private final String text;

    TextTerm(String field, String text) {
      this.field = field;
      this.text = text;
    }

    @Override
    boolean mayMatch(Reading article) {
      Optional<String> run = article.run(field);
      return run.isEmpty() || run.get().contains(text);
    }

    @Override
    public String toString() {
      return field + ":" + text;
    }
  }

  /**
   * A term of a keyword field, whose index holds each value whole as its UTF-8 bytes: in the index exactly when a
   * value's bytes equal it (compared as bytes, so that a value with a lone surrogate compares as the index has it).
   */
  private static final class KeywordTerm extends SkimGate {
    private final String field;
    private final BytesRef bytes;

    KeywordTerm(String field, BytesRef bytes) {
      this.field = field;
      this.bytes = BytesRef.deepCopyOf(bytes);
    }

    @Override
    boolean mayMatch(Reading article) {
      for (String value : article.values(field)) {
        if (bytes.bytesEquals(new BytesRef(value))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return field + ":" + bytes.utf8ToString();
    }
  }

  /**
   * An article as the gates read it: each text field is tokenised at most once, however many gates ask, and only when
   * one does. Confined to the thread that made it.
   */
  static final class Reading {
    private final Article article;
    private final Map<String, Optional<String>> runs = new HashMap<>();

    Reading(Article article) {
      this.article = article;
    }

    private Optional<String> run(String field) {
      return runs.computeIfAbsent(field, name -> TokenRun.of(name, ArticleFields.values(article, name)));
    }

    private List<String> values(String field) {
      return ArticleFields.values(article, field);
    }
  }
}
