package org.inkstream.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A cheap necessary condition for a rule: the exact terms of its positive clauses, at least one of which an article
 * must hold for the rule to match. Most rules match few articles, and looking a handful of terms up in the one-article
 * index costs a small fraction of running the query, so the matcher runs a rule's query only when its gate is open.
 *
 * <p>Why it is safe: an article matches a Boolean query only through a positive (not NOT) leaf that matches, and a
 * term or phrase leaf matches only if the article holds its terms. Rules with a leaf whose terms are not known up
 * front (prefix, wildcard, fuzzy, regexp, range, exists, or the match-all of a NOT-only group) are {@linkplain #open()
 * always open}.
 *
 * @param open true when the gate cannot exclude anything
 * @param terms the terms to look for when not open
 */
record TermGate(boolean open, List<Term> terms) {

  TermGate {
    terms = List.copyOf(terms);
  }

  static TermGate of(Query query) {
    PositiveTerms collector = new PositiveTerms();
    query.visit(collector);
    return new TermGate(collector.open, new ArrayList<>(collector.terms));
  }

  /** False when the article indexed by {@code reader} cannot match the rule; true when it may. */
  boolean mayMatch(LeafReader reader) {
    if (open) {
      return true;
    }
    try {
      for (Term term : terms) {
        Terms fieldTerms = reader.terms(term.field());
        if (fieldTerms != null) {
          TermsEnum iterator = fieldTerms.iterator();
          if (iterator.seekExact(term.bytes())) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("looking terms up in an in-memory index", e);
    }
  }

  /** Collects the terms of every leaf outside a NOT; opens the gate on a leaf without fixed terms. */
  private static final class PositiveTerms extends QueryVisitor {

    private final Set<Term> terms = new LinkedHashSet<>();
    private boolean open;

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }

    @Override
    public void consumeTerms(Query query, Term... queryTerms) {
      terms.addAll(List.of(queryTerms));
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      open = true;
    }

    @Override
    public void visitLeaf(Query query) {
      open = true;
    }
  }
}
