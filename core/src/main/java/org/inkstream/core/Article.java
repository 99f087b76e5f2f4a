package org.inkstream.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item of a page (a report, feature, commentary, photo, teaser, notice...) with its headline block, byline, clean
 * text and what enrichment learned of it. This one record is what {@code inkstream split} prints, the topology emits on
 * the articles topic and the sink indexes: one shape everywhere, so that a line printed offline can be searched for in
 * Kibana as it is.
 *
 * <p>Time: {@code received_at} is when the article's page arrived; {@code published_at} and {@code date_source} are
 * derived, never given: the edition date (from metadata, or inferred from the masthead) or, when it is unknown, the
 * time the page arrived ({@link DateSource}). The dashboards' time field and the sink's monthly index key is
 * {@code published_at}, so an article without an edition date is still in today's panels.
 *
 * <p>Build one with {@link #builder()} or change one with {@link #toBuilder()}: there are too many fields for a
 * readable constructor call.
 */
public record Article(
    String id,
    String pageId,
    int ordinal,
    ArticleType type,
    String headline,
    String kicker,
    String subtitle,
    Byline byline,
    String agency,
    String datelinePlace,
    List<String> subheads,
    List<String> captions,
    String column,
    String series,
    Jump jump,
    String text,
    Provenance provenance,
    String paper,
    LocalDate editionDate,
    boolean editionDateInferred,
    String pageNumber,
    String topic,
    List<TopicScore> topics,
    Entities entities,
    List<String> keywords,
    List<LocalDate> datesMentioned,
    String fingerprint,
    String storyId,
    List<String> alerts,
    String contentHash,
    Instant receivedAt,
    Instant publishedAt,
    DateSource dateSource) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an article needs an id");
    }
    Objects.requireNonNull(pageId, "pageId");
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal starts at 1, was " + ordinal);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provenance, "provenance");
    text = text == null ? "" : text;
    byline = byline == null ? Byline.empty() : byline;
    jump = jump == null ? Jump.none() : jump;
    entities = entities == null ? Entities.none() : entities;
    subheads = copy(subheads);
    captions = copy(captions);
    topics = topics == null ? List.of() : List.copyOf(topics);
    keywords = copy(keywords);
    datesMentioned = datesMentioned == null ? List.of() : List.copyOf(datesMentioned);
    alerts = copy(alerts);
    if (contentHash == null) {
      contentHash = Page.sha256(String.join("\n", nullToEmpty(headline), text));
    }
    // Derived, whatever was given: a record read back or rebuilt can never disagree with its own edition date.
    publishedAt = DateSource.publishedAt(editionDate, receivedAt);
    dateSource = publishedAt == null ? null : DateSource.of(editionDate, editionDateInferred);
  }

  /**
   * The article id of the {@code ordinal}-th item of a page: stable for as long as the page keeps its id and its items
   * their order, so that a re-sent page overwrites the same documents.
   */
  public static String idOf(String pageId, int ordinal) {
    return String.format("%s-%02d", pageId, ordinal);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.pageId = pageId;
    b.ordinal = ordinal;
    b.type = type;
    b.headline = headline;
    b.kicker = kicker;
    b.subtitle = subtitle;
    b.byline = byline;
    b.agency = agency;
    b.datelinePlace = datelinePlace;
    b.subheads = subheads;
    b.captions = captions;
    b.column = column;
    b.series = series;
    b.jump = jump;
    b.text = text;
    b.provenance = provenance;
    b.paper = paper;
    b.editionDate = editionDate;
    b.editionDateInferred = editionDateInferred;
    b.pageNumber = pageNumber;
    b.topic = topic;
    b.topics = topics;
    b.entities = entities;
    b.keywords = keywords;
    b.datesMentioned = datesMentioned;
    b.fingerprint = fingerprint;
    b.storyId = storyId;
    b.alerts = alerts;
    b.receivedAt = receivedAt;
    // contentHash is recomputed from the (possibly changed) headline and text unless set again.
    return b;
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Collects an article's fields; {@link #build()} validates them. */
  public static final class Builder {
    private String id;
    private String pageId;
    private int ordinal;
    private ArticleType type = ArticleType.NEWS;
    private String headline;
    private String kicker;
    private String subtitle;
    private Byline byline;
    private String agency;
    private String datelinePlace;
    private List<String> subheads;
    private List<String> captions;
    private String column;
    private String series;
    private Jump jump;
    private String text;
    private Provenance provenance;
    private String paper;
    private LocalDate editionDate;
    private boolean editionDateInferred;
    private String pageNumber;
    private String topic;
    private List<TopicScore> topics;
    private Entities entities;
    private List<String> keywords;
    private List<LocalDate> datesMentioned;
    private String fingerprint;
    private String storyId;
    private List<String> alerts;
    private String contentHash;
    private Instant receivedAt;

    private Builder() {}

    public Builder id(String id) { this.id = id; return this; }
    public Builder pageId(String pageId) { this.pageId = pageId; return this; }
    public Builder ordinal(int ordinal) { this.ordinal = ordinal; return this; }
    public Builder type(ArticleType type) { this.type = type; return this; }
    public Builder headline(String headline) { this.headline = headline; return this; }
    public Builder kicker(String kicker) { this.kicker = kicker; return this; }
    public Builder subtitle(String subtitle) { this.subtitle = subtitle; return this; }
    public Builder byline(Byline byline) { this.byline = byline; return this; }
    public Builder agency(String agency) { this.agency = agency; return this; }
    public Builder datelinePlace(String datelinePlace) { this.datelinePlace = datelinePlace; return this; }
    public Builder subheads(List<String> subheads) { this.subheads = subheads; return this; }
    public Builder captions(List<String> captions) { this.captions = captions; return this; }
    public Builder column(String column) { this.column = column; return this; }
    public Builder series(String series) { this.series = series; return this; }
    public Builder jump(Jump jump) { this.jump = jump; return this; }
    public Builder text(String text) { this.text = text; return this; }
    public Builder provenance(Provenance provenance) { this.provenance = provenance; return this; }
    public Builder paper(String paper) { this.paper = paper; return this; }
    public Builder editionDate(LocalDate editionDate) { this.editionDate = editionDate; return this; }
    public Builder editionDateInferred(boolean inferred) { this.editionDateInferred = inferred; return this; }
    public Builder pageNumber(String pageNumber) { this.pageNumber = pageNumber; return this; }
    public Builder topic(String topic) { this.topic = topic; return this; }
    public Builder topics(List<TopicScore> topics) { this.topics = topics; return this; }
    public Builder entities(Entities entities) { this.entities = entities; return this; }
    public Builder keywords(List<String> keywords) { this.keywords = keywords; return this; }
    public Builder datesMentioned(List<LocalDate> dates) { this.datesMentioned = dates; return this; }
    public Builder fingerprint(String fingerprint) { this.fingerprint = fingerprint; return this; }
    public Builder storyId(String storyId) { this.storyId = storyId; return this; }
    public Builder alerts(List<String> alerts) { this.alerts = alerts; return this; }
    public Builder contentHash(String contentHash) { this.contentHash = contentHash; return this; }
    public Builder receivedAt(Instant receivedAt) { this.receivedAt = receivedAt; return this; }

    public Article build() {
      return new Article(id, pageId, ordinal, type, headline, kicker, subtitle, byline, agency, datelinePlace, subheads,
          captions, column, series, jump, text, provenance, paper, editionDate, editionDateInferred, pageNumber, topic,
          topics, entities, keywords, datesMentioned, fingerprint, storyId, alerts, contentHash, receivedAt, null, null);
    }
  }
}
