/**
 * The producer side: page files on disk become {@link org.inkstream.core.Page} records on the pages topic.
 *
 * <p>Start with {@link org.inkstream.ingest.Ingester}, which sends a list of files and accounts for each in an {@link
 * org.inkstream.ingest.IngestSummary}, and {@link org.inkstream.ingest.DropFolder}, which polls a folder and feeds an
 * ingester ({@code inkstream ingest --watch}). Below them:
 *
 * <ul>
 *   <li>{@link org.inkstream.ingest.PageFiles} turns one file into a page: metadata from flags, sidecars, manifests and
 *       the path ({@link org.inkstream.ingest.PageMetadata}), text from {@link org.inkstream.ingest.PageReader} (charset
 *       detection and bad-input checks) or {@link org.inkstream.ingest.PdfPageExtractor} (columns kept apart);
 *   <li>{@link org.inkstream.ingest.Ledger} remembers the pages Kafka acknowledged, so unchanged pages are not sent
 *       twice, across restarts too;
 *   <li>{@link org.inkstream.ingest.PageProducer} sends a page, keyed by id, idempotent and compressed;
 *   <li>{@link org.inkstream.ingest.IngestBenchmark} measures ingest against raw sends of the same bytes.
 * </ul>
 */
package org.inkstream.ingest;
