package org.inkstream.enrichment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.inkstream.core.Entities;
import org.inkstream.core.Page;
import org.inkstream.core.TopicScore;

/**
 * Adds what a monitoring team searches by to an article the splitter made: topics, a type from the learned {@link
 * TypeModel} (the rules where it is unsure), entities,
 * keywords, the dates it mentions, a near-duplicate fingerprint and (with a {@link StoryIndex}) a story id.
 *
 * <p>Build one per JVM with {@link #create(EnricherConfig)}: it loads the segmentation models and lexicons once (the
 * accurate segmentation takes seconds), and is thread-safe afterwards. Every analysis sees the article's text
 * normalised by {@link ChineseText#forAnalysis} (simplified, half-width digits, no letter-spacing), so a page
 * printed in traditional characters gets the same topics and entities; the article keeps its text as printed.
 */
public final class Enricher {

  private final TopicClassifier classifier;
  private final TopicFiler topicFiler;
  private final TypeModel typeModel;
  private final double minTypeProbability;
  private final Segmenter segmenter;
  private final EntityExtractor entityExtractor = new EntityExtractor();
  private final KeywordExtractor keywordExtractor = new KeywordExtractor();
  private final DateResolver dateResolver = new DateResolver();
  private final EnricherConfig config;
  private final AtomicReference<InferredEdition> lastInferred = new AtomicReference<>();

  private Enricher(EnricherConfig config, Taxonomy taxonomy) {
    this.config = config;
    this.classifier = new TopicClassifier(taxonomy);
    this.topicFiler = new TopicFiler(classifier, config.topicModel(), config.minTopicProbability(),
        TopicFiler.Weights.DEFAULT);
    this.typeModel = config.typeModel();
    this.minTypeProbability = config.minTypeProbability();
    this.segmenter = new Segmenter(config.segmentation());
    segmenter.segment("预热分词模型。");
  }

  public static Enricher create(EnricherConfig config) {
    Taxonomy taxonomy = config.taxonomyFile() == null ? Taxonomy.standard() : Taxonomy.read(config.taxonomyFile());
    return new Enricher(config, taxonomy);
  }

  public static Enricher withDefaults() {
    return create(EnricherConfig.defaults());
  }

  public Taxonomy taxonomy() {
    return classifier.taxonomy();
  }

  /**
   * The article with topic, topics, type, entities, keywords, dates mentioned, fingerprint and, when the page has no
   * edition date, an inferred one ({@code edition_date_inferred}); with a story index also its story id. Its topics
   * are its own: {@link #enrichPage} files a page's articles together.
   */
  public Article enrich(Article article, Page page) {
    Read read = read(article);
    return enriched(read, page, topicFiler.ranked(read.topics()));
  }

  /**
   * A page's articles, each enriched as by {@link #enrich}, their topics filed with the page's section ({@link
   * TopicFiler#withSection}, weighted by {@link EnricherConfig#pageTopicWeight} times how much the section agrees,
   * {@link TopicFiler#agreement}): the page's other articles count as its section, but for teasers and
   * advertisements, which say nothing of the page's subject.
   */
  public List<Article> enrichPage(List<Article> articles, Page page) {
    List<Read> reads = articles.stream().map(this::read).toList();
    List<Article> enriched = new ArrayList<>(reads.size());
    for (Read read : reads) {
      List<Map<String, Double>> section = reads.stream()
          .filter(other -> other != read && other.type() != ArticleType.TEASER && other.type() != ArticleType.NOTICE_AD)
          .map(Read::topics).toList();
      Map<String, Double> topics = TopicFiler.withSection(read.topics(), section,
          config.pageTopicWeight() * TopicFiler.agreement(section));
      enriched.add(enriched(read, page, topicFiler.ranked(topics)));
    }
    return enriched;
  }

  /** What is read from an article alone: its simplified text and tokens, entities, type and topic probabilities. */
  private record Read(Article article, String headline, String body, List<Segmenter.Token> tokens, Set<String> credited,
      Entities entities, ArticleType type, Map<String, Double> topics) {}

  private Read read(Article article) {
    String headline = ChineseText.forAnalysis(headlineBlock(article));
    String body = ChineseText.forAnalysis(article.text());
    Set<String> credited = creditedNames(article.byline());
    List<Segmenter.Token> tokens = segmenter.segment(headline + "。" + body);
    Entities entities = entityExtractor.withDatelinePlace(entityExtractor.extract(tokens, credited),
        datelinePlace(article), segmenter);
    return new Read(article, headline, body, tokens, credited, entities, type(article, headline, body),
        topicFiler.probabilities(headline, body, entities.places()));
  }

  private Article enriched(Read read, Page page, List<TopicScore> topics) {
    Article article = read.article();
    Edition edition = edition(article, page);
    long fingerprint = SimHash.of(read.body().isEmpty() ? read.headline() : read.body());
    Article.Builder enriched = article.toBuilder()
        .type(read.type())
        .topic(topics.isEmpty() ? null : topics.get(0).key())
        .topics(topics)
        .entities(read.entities())
        .keywords(keywordExtractor.extract(read.tokens(), read.headline(), read.credited()))
        .datesMentioned(dateResolver.resolve(read.headline() + "\n" + read.body(), edition.date()))
        .editionDate(edition.date())
        .editionDateInferred(edition.inferred())
        .receivedAt(page.receivedAt())
        .fingerprint(SimHash.hex(fingerprint));
    if (config.storyIndex() != null) {
      enriched.storyId(config.storyIndex().assign(article.id(), fingerprint, filedAt(edition)));
    }
    return enriched.build();
  }

  private static String datelinePlace(Article article) {
    return article.datelinePlace() == null ? null : ChineseText.forAnalysis(article.datelinePlace());
  }

  /**
   * The places a headline block and body name, both simplified ({@link ChineseText#forAnalysis}), as {@link #enrich}
   * finds them: what {@link TopicFiler#file(String, String, List)} reads where an article is set, for scoring topic
   * filing on labelled texts without splitting them.
   */
  public List<String> places(String headline, String body) {
    return entities(headline, body).places();
  }

  /**
   * The entities a headline block and body name, both simplified ({@link ChineseText#forAnalysis}), as {@link #enrich}
   * finds them for an article without byline or dateline: for scoring the extractor on texts that are no page, such
   * as a paper's list of headlines.
   */
  public Entities entities(String headline, String body) {
    return entityExtractor.extract(segmenter.segment(headline + "。" + body), Set.of());
  }

  /** The type model's type where it is sure, else the rules' ({@link TypeModel#type}); the rules alone without one. */
  private ArticleType type(Article article, String headline, String body) {
    TypeFeatures.Form form = TypeFeatures.Form.of(article, headline, body);
    return typeModel == null ? TypeFeatures.rule(form) : typeModel.type(form, minTypeProbability);
  }

  /** The edition date and whether it was inferred rather than given. */
  private record Edition(LocalDate date, boolean inferred) {}

  /**
   * The page's edition date, else the one the splitter set on the article, else one inferred from the page's masthead
   * or furniture, never from a date inside an article: see {@link DateResolver#inferEditionDate}. Without any, the
   * article is filed under the time its page arrived ({@code published_at}).
   */
  private Edition edition(Article article, Page page) {
    if (page.editionDate() != null) {
      return new Edition(page.editionDate(), false);
    }
    if (article.editionDate() != null) {
      return new Edition(article.editionDate(), article.editionDateInferred());
    }
    return inferredEdition(page).map(d -> new Edition(d, true)).orElse(new Edition(null, false));
  }

  /** The last page's inferred edition date: a page's articles are enriched one after another, the page read once. */
  private record InferredEdition(String pageHash, Optional<LocalDate> date) {}

  private Optional<LocalDate> inferredEdition(Page page) {
    InferredEdition last = lastInferred.get();
    if (last != null && last.pageHash().equals(page.contentHash())) {
      return last.date();
    }
    Optional<LocalDate> date =
        dateResolver.inferEditionDate(ChineseText.squeezeSpaces(ChineseText.foldWidth(page.text())));
    lastInferred.set(new InferredEdition(page.contentHash(), date));
    return date;
  }

  private Instant filedAt(Edition edition) {
    return edition.date() == null ? config.clock().instant() : edition.date().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static String headlineBlock(Article article) {
    return Stream.of(article.kicker(), article.headline(), article.subtitle())
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining("\n"));
  }

  /** Everyone the byline credits: they wrote or photographed the article, so they are not persons it mentions. */
  static Set<String> creditedNames(Byline byline) {
    Set<String> names = new LinkedHashSet<>();
    names.addAll(byline.reporters());
    names.addAll(byline.correspondents());
    names.addAll(byline.authors());
    names.addAll(byline.photographers());
    return names;
  }
}
