/**
 * The Elasticsearch sink: articles from Kafka into monthly indices behind one search alias.
 *
 * <p>Start with {@link org.inkstream.sink.ArticleSink}, which says what it guarantees (at least once, idempotent by
 * external versioning, retries, dead letters, back-pressure). {@link org.inkstream.sink.SinkConfig} holds every setting,
 * {@link org.inkstream.sink.ElasticsearchClients} builds the client from it, {@link org.inkstream.sink.IndexTemplates}
 * installs the mapping and {@link org.inkstream.sink.ArticleIndices} names the indices. {@link
 * org.inkstream.sink.ConsumerBinder} is the monitoring hook: it sees every Kafka consumer the sink creates, so a caller
 * can bind the consumer's metrics (lag) without this module depending on a metrics library.
 */
package org.inkstream.sink;
