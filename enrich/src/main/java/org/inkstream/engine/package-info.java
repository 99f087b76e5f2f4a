/**
 * The page-to-article engine: plain Java, no Kafka, so that it runs offline ({@code inkstream split}), in tests and in
 * benchmarks exactly as it runs in the topology.
 *
 * <p>Start with {@link org.inkstream.engine.Splitter}: {@code split(Page)} returns a {@link
 * org.inkstream.engine.PageSplit}, the page's articles plus the lines that belong to none of them.
 */
package org.inkstream.engine;
