package org.inkstream.alerts;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * One term of a rule's query as the rule wrote it, with the Lucene query it became.
 *
 * @param label the term as written, with its field prefix if it had one ({@code 防汛}, {@code headline:防汛}, {@code
 *     entities.persons:张三}); what {@link org.inkstream.core.Alert#matchedTerms()} lists
 * @param query the term's query over every field it searches
 * @param literals exact keyword values of the term ({@code 张三}), looked for in the text to place a snippet when the
 *     term matched a keyword field rather than the text itself
 */
record RuleTerm(String label, Query query, List<String> literals) {

  RuleTerm {
    literals = List.copyOf(literals);
  }
}
