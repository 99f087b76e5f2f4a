package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A character trie over a fixed vocabulary that finds terms in text leftmost-longest, without overlaps: in 党建工作 it
 * finds 党建工作 and not also 党建, so that nested lexicon entries do not count the same words twice.
 *
 * @param <V> what a term maps to
 */
final class TermTrie<V> {

  private final Node<V> root = new Node<>();

  private static final class Node<V> {
    private final Map<Character, Node<V>> next = new HashMap<>();
    private V value;
  }

  /** One occurrence: where it starts, its length and what its term maps to. */
  record Hit<V>(int start, int length, V value) {}

  TermTrie(Map<String, V> terms) {
    terms.forEach(this::put);
  }

  private void put(String term, V value) {
    Node<V> node = root;
    for (int i = 0; i < term.length(); i++) {
      node = node.next.computeIfAbsent(term.charAt(i), c -> new Node<>());
    }
    node.value = value;
  }

  /** The terms in {@code text}, leftmost-longest, without overlaps. */
  List<Hit<V>> find(CharSequence text) {
    return find(text, offset -> true);
  }

  /**
   * The terms that start and end where {@code boundary} allows (a segmenter's token boundaries), leftmost-longest
   * among those, without overlaps: where the longest term at an offset ends inside a word (国民党中央 of 国民党 +
   * 中央宣传部), a shorter one that ends on a boundary (国民党) is found instead of none.
   */
  List<Hit<V>> find(CharSequence text, IntPredicate boundary) {
    List<Hit<V>> hits = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int length = boundary.test(i) ? longestAt(text, i, boundary) : 0;
      if (length > 0) {
        hits.add(new Hit<>(i, length, valueAt(text, i, length)));
        i += length;
      } else {
        i++;
      }
    }
    return hits;
  }

  private int longestAt(CharSequence text, int start, IntPredicate boundary) {
    Node<V> node = root;
    int longest = 0;
    for (int j = start; j < text.length(); j++) {
      node = node.next.get(text.charAt(j));
      if (node == null) {
        break;
      }
      if (node.value != null && boundary.test(j + 1)) {
        longest = j - start + 1;
      }
    }
    return longest;
  }

  private V valueAt(CharSequence text, int start, int length) {
    Node<V> node = root;
    for (int j = start; j < start + length; j++) {
      node = node.next.get(text.charAt(j));
    }
    return node.value;
  }
}
