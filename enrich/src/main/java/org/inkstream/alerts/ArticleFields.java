package org.inkstream.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.memory.MemoryIndex;
import org.inkstream.core.Article;
import org.inkstream.core.TopicScore;

/**
 * The fields a rule query may name, with the names and kinds of the sink's index mapping, and how each is read from an
 * {@link Article}. One table, so that the query parser and the per-article index cannot disagree.
 *
 * <p>Text fields are analysed with {@link BigramAnalyzer} as the sink's {@code *.bigram} sub-fields are; a rule may
 * name them {@code headline:} or {@code headline.bigram:}, both mean the bigram analysis. Keyword fields hold each
 * value as one exact, case-sensitive term, as Elasticsearch {@code keyword} fields do: {@code entities.persons:张三}
 * matches the person 张三 and not 张三丰.
 */
final class ArticleFields {

  /** What an unprefixed term searches when a rule names no fields: the sink's headline.bigram and text.bigram. */
  static final List<String> DEFAULT_FIELDS = List.of("headline", "text");

  /** The sink's {@code ignore_above} for {@code headline.keyword}: longer headlines are not in that field. */
  private static final int IGNORE_ABOVE = 1024;

  /**
   * Text fields, analysed with {@link BigramAnalyzer}. The sink gives only headline and text a bigram sub-field; kicker,
   * subtitle, subheads and captions have just the page analyzer there. With the standard analyzer a phrase of adjacent
   * characters (what {@code "type": "phrase"} makes of {@code captions:防汛}) finds what the bigram finds; with smartcn
   * in production it may find less.
   */
  private static final Map<String, Function<Article, List<String>>> TEXT = new LinkedHashMap<>();

  /** Keyword fields, one exact term per value. */
  private static final Map<String, Function<Article, List<String>>> KEYWORD = new LinkedHashMap<>();

  static {
    TEXT.put("headline", a -> one(a.headline()));
    TEXT.put("text", a -> one(a.text()));
    TEXT.put("kicker", a -> one(a.kicker()));
    TEXT.put("subtitle", a -> one(a.subtitle()));
    TEXT.put("subheads", Article::subheads);
    TEXT.put("captions", Article::captions);

    KEYWORD.put("id", a -> one(a.id()));
    KEYWORD.put("page_id", a -> one(a.pageId()));
    KEYWORD.put("type", a -> one(a.type().key()));
    KEYWORD.put("paper", a -> one(a.paper()));
    KEYWORD.put("page_number", a -> one(a.pageNumber()));
    KEYWORD.put("edition_date", a -> one(a.editionDate() == null ? null : a.editionDate().toString()));
    KEYWORD.put("headline.keyword", a -> a.headline() == null || a.headline().length() > IGNORE_ABOVE
        ? List.of() : List.of(a.headline()));
    KEYWORD.put("topic", a -> one(a.topic()));
    KEYWORD.put("topics.key", a -> a.topics().stream().map(TopicScore::key).toList());
    KEYWORD.put("entities.persons", a -> a.entities().persons());
    KEYWORD.put("entities.places", a -> a.entities().places());
    KEYWORD.put("entities.organizations", a -> a.entities().organizations());
    KEYWORD.put("keywords", Article::keywords);
    KEYWORD.put("byline.reporters", a -> a.byline().reporters());
    KEYWORD.put("byline.correspondents", a -> a.byline().correspondents());
    KEYWORD.put("byline.authors", a -> a.byline().authors());
    KEYWORD.put("byline.photographers", a -> a.byline().photographers());
    KEYWORD.put("agency", a -> one(a.agency()));
    KEYWORD.put("dateline_place", a -> one(a.datelinePlace()));
    KEYWORD.put("column", a -> one(a.column()));
    KEYWORD.put("series", a -> one(a.series()));
    KEYWORD.put("story_id", a -> one(a.storyId()));
    KEYWORD.put("provenance.file", a -> one(a.provenance().file()));
  }

  private static final Analyzer KEYWORD_ANALYZER = new KeywordAnalyzer();

  /** Query-side analysis: bigrams for text fields, the whole value for keyword fields. */
  static final Analyzer SEARCH_ANALYZER = searchAnalyzer();

  private static final String BIGRAM_SUFFIX = ".bigram";

  private ArticleFields() {}

  /**
   * The field a rule's field name stands for: itself for a known field, {@code headline} for {@code headline.bigram}
   * (the sink's name of the same analysis); empty for a field the index does not have.
   */
  static Optional<String> resolve(String name) {
    String field = name.endsWith(BIGRAM_SUFFIX) ? name.substring(0, name.length() - BIGRAM_SUFFIX.length()) : name;
    if (TEXT.containsKey(field) || (KEYWORD.containsKey(name) && field.equals(name))) {
      return Optional.of(field);
    }
    return Optional.empty();
  }

  static boolean isText(String field) {
    return TEXT.containsKey(field);
  }

  static boolean isKeyword(String field) {
    return KEYWORD.containsKey(field);
  }

  /**
   * The values {@link #index} adds to {@code field} for {@code article}, before analysis; empty for a field the index
   * does not have. What {@link SkimGate} reads instead of the index.
   */
  static List<String> values(Article article, String field) {
    Function<Article, List<String>> values = TEXT.containsKey(field) ? TEXT.get(field) : KEYWORD.get(field);
    return values == null ? List.of() : values.apply(article);
  }

  /** Every name a rule may use, sorted, for error messages. */
  static Set<String> names() {
    Set<String> names = new TreeSet<>(KEYWORD.keySet());
    names.addAll(TEXT.keySet());
    return names;
  }

  /**
   * A one-document index of {@code article}, offsets kept for snippets. Cheap enough to build per article (tens of
   * microseconds for a page-long text) and confined to the calling thread.
   */
  static MemoryIndex index(Article article) {
    MemoryIndex index = new MemoryIndex(true, false);
    TEXT.forEach((field, values) -> values.apply(article).forEach(v -> index.addField(field, v, BigramAnalyzer.INDEX)));
    KEYWORD.forEach((field, values) -> values.apply(article).forEach(v -> index.addField(field, v, KEYWORD_ANALYZER)));
    return index;
  }

  private static Analyzer searchAnalyzer() {
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    KEYWORD.keySet().forEach(field -> perField.put(field, KEYWORD_ANALYZER));
    return new PerFieldAnalyzerWrapper(BigramAnalyzer.SEARCH, perField);
  }

  private static List<String> one(String value) {
    return value == null || value.isEmpty() ? List.of() : List.of(value);
  }
}
