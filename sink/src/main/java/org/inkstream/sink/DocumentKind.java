package org.inkstream.sink;

import org.inkstream.core.Topics;

/**
 * What a sink indexes: articles, the alerts (keyword rules that fired, late and incomplete editions), or the editions
 * being tracked. All go the same way (monthly indices by {@code published_at} behind a read alias, external versions,
 * dead letters); they differ in the topic they come from and their mapping.
 */
public enum DocumentKind {
  ARTICLES("articles-template.json", "articles"),
  ALERTS("alerts-template.json", "alerts"),
  EDITIONS("editions-template.json", "editions");

  private final String templateResource;
  private final String defaultIndexPrefix;

  DocumentKind(String templateResource, String defaultIndexPrefix) {
    this.templateResource = templateResource;
    this.defaultIndexPrefix = defaultIndexPrefix;
  }

  /** The index template, a JSON resource beside {@link IndexTemplates}. */
  String templateResource() {
    return templateResource;
  }

  public String defaultIndexPrefix() {
    return defaultIndexPrefix;
  }

  /** The topic the documents of this kind are read from. */
  public String sourceTopic(Topics topics) {
    return switch (this) {
      case ARTICLES -> topics.articles();
      case ALERTS -> topics.alerts();
      case EDITIONS -> topics.editions();
    };
  }
}
