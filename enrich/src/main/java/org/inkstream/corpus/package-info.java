/**
 * The rendered page corpus the line labeller learns from and is measured on: real article text ({@link
 * org.inkstream.corpus.SourceCorpus}, split into train, dev and test by {@link org.inkstream.corpus.Split}) dressed
 * as raw newspaper pages with gold annotations by {@link org.inkstream.corpus.PageRenderer}. Start there; {@code
 * docs/engine.md} lists every phenomenon it renders and {@code docs/data.md} the sources.
 */
package org.inkstream.corpus;
