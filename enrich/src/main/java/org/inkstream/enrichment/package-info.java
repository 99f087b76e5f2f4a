/**
 * Enrichment of articles: what a monitoring team filters and searches by, computed from an article's text in plain
 * Java (no Kafka here, so that it runs the same offline, in tests and in the topology).
 *
 * <p>Start with {@link org.inkstream.enrichment.Enricher}: build it once with {@link
 * org.inkstream.enrichment.Enricher#create(EnricherConfig)}, then call {@code enrich(article, page)}. Its parts can be
 * used alone: {@link org.inkstream.enrichment.TopicFiler}, which combines the learned {@link
 * org.inkstream.enrichment.TopicModel} with {@link org.inkstream.enrichment.TopicClassifier} over a {@link
 * org.inkstream.enrichment.Taxonomy} (a JSON data file users can extend, see {@code docs/topics.md}), {@link org.inkstream.enrichment.TypeModel} (learned, over {@link
 * org.inkstream.enrichment.TypeFeatures}) with {@link org.inkstream.enrichment.TypeRefiner}'s rules as fallback, {@link
 * org.inkstream.enrichment.EntityExtractor}, {@link org.inkstream.enrichment.KeywordExtractor}, {@link
 * org.inkstream.enrichment.DateResolver}, {@link org.inkstream.enrichment.SimHash} and {@link
 * org.inkstream.enrichment.StoryIndex}, which assigns story ids by a rule the topology's partitioned story step
 * shares ({@code StoryIndex.firstNear}, {@code StoryIndex.storyOf}).
 */
package org.inkstream.enrichment;
