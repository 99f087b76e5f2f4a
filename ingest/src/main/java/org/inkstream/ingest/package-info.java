/**
 * The producer side: page files on disk become {@link org.inkstream.core.Page} records on the pages topic.
 *
 * <p>Start with {@link org.inkstream.ingest.PageReader}, the one place that turns bytes into page text (charset
 * detection, bad-input checks; {@code inkstream split} uses it too), then {@link org.inkstream.ingest.PageFiles}, which
 * names a page from its path, and {@link org.inkstream.ingest.PageProducer}, which sends it.
 */
package org.inkstream.ingest;
