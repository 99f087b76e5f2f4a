/**
 * The page-to-article engine: plain Java, no Kafka, so that it runs offline ({@code inkstream split}), in tests and in
 * benchmarks exactly as it runs in the topology.
 *
 * <p>Start with {@link org.inkstream.engine.Splitter}: {@code split(Page)} returns a {@link
 * org.inkstream.engine.PageSplit}, the page's articles plus the lines that belong to none of them; it throws only
 * {@link org.inkstream.engine.EngineException}, for pages over the size limit of {@link
 * org.inkstream.engine.SplitterConfig}.
 *
 * <p>Inside, one class per step, all package-private: {@code LineCleaner} repairs single lines; {@code PageLayout}
 * tells hard-wrapped columns from a paragraph per line; {@code LineClassifier} gives each line a {@code LineKind} using
 * {@code Dateline}, {@code BylineParser}, {@code JumpLine} and {@code Punctuation}; {@code Segmenter} groups title
 * lines into headline blocks; {@code Assembler} places blocks into items under both title-before-body and
 * title-after-body readings and keeps the better one; {@code ArticleWriter} (with {@code HeadlineBlock} and {@code
 * BodyText}) writes the articles. Cues are structural (punctuation, widths, blank lines, datelines, bylines), never
 * keyed to one paper.
 */
package org.inkstream.engine;
