package org.inkstream.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.inkstream.core.Alert;
import org.inkstream.core.AlertKind;
import org.inkstream.core.Article;

/**
 * Matches articles against a fixed set of alert rules, one article at a time, the way Elasticsearch would match the
 * rules' queries against the sink's index: see {@link BigramAnalyzer} and {@link ArticleFields} for the analysis and
 * the package documentation for the mapping to an Elasticsearch query.
 *
 * <p>Each call to {@link #match} first skims the article: each enabled rule's {@link SkimGate}, a necessary condition
 * of its query read from the article's fields, sets aside the rules the article cannot match. Most articles concern no
 * rule and are done with then, without an index. Otherwise the matcher indexes the article alone in a Lucene {@link
 * MemoryIndex} and runs the remaining rules' queries on it, except for rules none of whose terms the index holds
 * ({@link TermGate}): a few term look-ups instead of a query.
 *
 * <p>The matcher is immutable and thread-safe, so one instance serves all stream threads; the index lives only for the
 * call. When the rules change, compile a new matcher and swap the reference.
 */
public final class RuleMatcher {

  private final List<AlertRule> rules;
  private final List<CompiledRule> enabled;

  /**
   * Compiles {@code rules}; throws {@link InvalidRuleException} for the first rule whose query does not parse, names an
   * unknown field or cannot match, and for a rule id used twice. Disabled rules are checked too, so that enabling one
   * cannot fail later.
   */
  public RuleMatcher(List<AlertRule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    List<CompiledRule> compiled = new ArrayList<>();
    for (AlertRule rule : this.rules) {
      if (!ids.add(rule.id())) {
        throw new InvalidRuleException(rule.id(), "rule id '" + rule.id() + "' is used by more than one rule");
      }
      CompiledRule compiledRule = CompiledRule.compile(rule);
      if (rule.enabled()) {
        compiled.add(compiledRule);
      }
    }
    this.enabled = List.copyOf(compiled);
  }

  /** Same as the constructor; reads better where the rules come from a file. */
  public static RuleMatcher compile(List<AlertRule> rules) {
    return new RuleMatcher(rules);
  }

  /** The rules as given, the disabled ones included. */
  public List<AlertRule> rules() {
    return rules;
  }

  /**
   * The alerts {@code article} raises: one per enabled rule it matches, in rule order; empty when it matches none.
   *
   * @param detectedAt the alerts' timestamp; the topology passes the article record's timestamp, so that a replay
   *     produces the same alerts
   */
  public List<Alert> match(Article article, Instant detectedAt) {
    List<CompiledRule> candidates = candidates(article);
    return candidates.isEmpty() ? new ArrayList<>() : matchIndexed(candidates, article, detectedAt);
  }

  /**
   * The enabled rules whose {@link SkimGate} {@code article} passes, in rule order: the only ones it may match, and
   * the only ones {@link #match} tries. Package-private so that tests and the benchmark can see what the skim sets
   * aside.
   */
  List<CompiledRule> candidates(Article article) {
    SkimGate.Reading reading = new SkimGate.Reading(article);
    List<CompiledRule> candidates = new ArrayList<>(enabled.size());
    for (CompiledRule rule : enabled) {
      if (rule.skim().mayMatch(reading)) {
        candidates.add(rule);
      }
    }
    return candidates;
  }

  /**
   * {@link #match(Article, Instant)} without the {@link SkimGate}s: always indexes the article and tries every enabled
   * rule. Package-private so that tests can check that the skim changes no result.
   */
  List<Alert> matchIndexed(Article article, Instant detectedAt) {
    return matchIndexed(enabled, article, detectedAt);
  }

  private static List<Alert> matchIndexed(List<CompiledRule> rules, Article article, Instant detectedAt) {
    IndexSearcher searcher = ArticleFields.index(article).createSearcher();
    LeafReader reader = searcher.getIndexReader().leaves().get(0).reader();
    List<Alert> alerts = new ArrayList<>();
    for (CompiledRule rule : rules) {
      if (rule.gate().mayMatch(reader) && matches(searcher, rule.query())) {
        alerts.add(alert(rule, article, searcher, detectedAt));
      }
    }
    return alerts;
  }

  /** {@link #match(Article, Instant)} stamped with the current time, for offline use. */
  public List<Alert> match(Article article) {
    return match(article, Instant.now());
  }

  private static Alert alert(CompiledRule rule, Article article, IndexSearcher searcher, Instant detectedAt) {
    List<RuleTerm> hits = rule.terms().stream().filter(term -> matches(searcher, term.query())).toList();
    List<String> matchedTerms = hits.stream().map(RuleTerm::label).distinct().toList();
    return new Alert(rule.rule().id(), rule.rule().name(), article.id(), article.pageId(), article.paper(),
        article.pageNumber(), article.editionDate(), article.headline(), matchedTerms,
        snippet(article, searcher, rule.query(), hits), detectedAt, article.provenance(), AlertKind.KEYWORD,
        article.publishedAt(), null, List.of());
  }

  /**
   * A snippet of the text around the first hit of the rule; of the headline when only the headline matched; the lead of
   * the text when only keyword fields matched and their values do not occur in it.
   */
  private static String snippet(Article article, IndexSearcher searcher, Query query, List<RuleTerm> hits) {
    List<Snippet.Hit> textHits = new ArrayList<>(offsets(searcher, query, "text"));
    for (RuleTerm term : hits) {
      term.literals().forEach(value -> textHits.addAll(occurrences(article.text(), value)));
    }
    if (textHits.isEmpty() && article.headline() != null) {
      List<Snippet.Hit> headlineHits = offsets(searcher, query, "headline");
      if (!headlineHits.isEmpty()) {
        return Snippet.of(article.headline(), headlineHits);
      }
    }
    return Snippet.of(article.text(), textHits);
  }

  /** Where {@code query} matched in {@code field}, from the offsets the one-document index keeps. */
  private static List<Snippet.Hit> offsets(IndexSearcher searcher, Query query, String field) {
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
      Matches matches = weight.matches(leaf, 0);
      MatchesIterator hits = matches == null ? null : matches.getMatches(field);
      List<Snippet.Hit> offsets = new ArrayList<>();
      while (hits != null && hits.next()) {
        if (hits.startOffset() >= 0 && hits.endOffset() > hits.startOffset()) {
          offsets.add(new Snippet.Hit(hits.startOffset(), hits.endOffset()));
        }
      }
      return offsets;
    } catch (IOException e) {
      throw new UncheckedIOException("reading matches of " + query + " from an in-memory index", e);
    }
  }

  private static List<Snippet.Hit> occurrences(String text, String value) {
    List<Snippet.Hit> found = new ArrayList<>();
    for (int at = text.indexOf(value); at >= 0 && !value.isEmpty(); at = text.indexOf(value, at + value.length())) {
      found.add(new Snippet.Hit(at, at + value.length()));
    }
    return found;
  }

  private static boolean matches(IndexSearcher searcher, Query query) {
    try {
      return searcher.count(query) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("searching an in-memory index with " + query, e);
    }
  }
}
