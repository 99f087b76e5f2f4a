package org.inkstream.alerts;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.inkstream.core.Article;

/**
 * The {@link TermGate}s of a whole rule set, checked on the article itself before it is indexed: closed when no term of
 * any enabled rule's gate can be in the article's index, so that no rule can match. Most articles concern no rule, and
 * indexing them is most of what matching costs; the skim costs a tokenizer pass over the fields the rules name.
 *
 * <p>Why it never hides a match: it is open whenever one of the rule gates could be. A keyword field's index holds
 * each value whole as its UTF-8 bytes, which the skim compares exactly; every term of a text field's index lies in the
 * field's {@link TokenRun}, so a term that is not a substring of the run is not in the index. A rule whose gate is
 * {@linkplain TermGate#open() open}, a term on a field the article has no table entry for, or a field without a run
 * keeps the skim open, and the matcher falls through to the index.
 *
 * <p>Immutable and thread-safe: the terms are gathered by field when the rules are compiled, so that each field is
 * read at most once per article, and only until a term is found.
 */
final class SkimGate {

  private final boolean open;

  /** Term texts by text field, looked for in the field's token run. */
  private final Map<String, List<String>> textTerms;

  /** Term bytes by keyword field, compared with the field's values. */
  private final Map<String, Set<BytesRef>> keywordTerms;

  private SkimGate(boolean open, Map<String, List<String>> textTerms, Map<String, Set<BytesRef>> keywordTerms) {
    this.open = open;
    this.textTerms = textTerms;
    this.keywordTerms = keywordTerms;
  }

  /** The gate of {@code rules}, the enabled ones of a matcher. */
  static SkimGate of(List<CompiledRule> rules) {
    boolean open = false;
    Map<String, Set<String>> text = new LinkedHashMap<>();
    Map<String, Set<BytesRef>> keyword = new LinkedHashMap<>();
    for (CompiledRule rule : rules) {
      open |= rule.gate().open();
      for (Term term : rule.gate().terms()) {
        if (ArticleFields.isText(term.field())) {
          text.computeIfAbsent(term.field(), field -> new LinkedHashSet<>()).add(term.text());
        } else if (ArticleFields.isKeyword(term.field())) {
          keyword.computeIfAbsent(term.field(), field -> new LinkedHashSet<>()).add(BytesRef.deepCopyOf(term.bytes()));
        } else {
          open = true; // not a field the skim can read: leave it to the index
        }
      }
    }
    Map<String, List<String>> textTerms = new LinkedHashMap<>();
    text.forEach((field, terms) -> textTerms.put(field, List.copyOf(terms)));
    Map<String, Set<BytesRef>> keywordTerms = new LinkedHashMap<>();
    keyword.forEach((field, terms) -> keywordTerms.put(field, Set.copyOf(terms)));
    return new SkimGate(open, textTerms, keywordTerms);
  }

  /** False when no rule can match {@code article}; true when one may, and the index must tell. */
  boolean mayMatch(Article article) {
    if (open) {
      return true;
    }
    for (Map.Entry<String, Set<BytesRef>> field : keywordTerms.entrySet()) {
      for (String value : ArticleFields.values(article, field.getKey())) {
        if (field.getValue().contains(new BytesRef(value))) {
          return true;
        }
      }
    }
    for (Map.Entry<String, List<String>> field : textTerms.entrySet()) {
      Optional<String> run = TokenRun.of(field.getKey(), ArticleFields.values(article, field.getKey()));
      if (run.isEmpty() || containsAny(run.get(), field.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String run, List<String> terms) {
    for (String term : terms) {
      if (run.contains(term)) {
        return true;
      }
    }
    return false;
  }
}
