package org.inkstream.corpus;

import org.inkstream.eval.GoldPage;

/**
 * A page made by {@link PageRenderer}: its raw text, as an extraction would give it, and its gold annotation in the
 * format of {@code seeds/gold}, with line roles and the phenomena it was made with.
 *
 * @param name the page's file name ({@code train-000042.txt})
 * @param text the raw page
 * @param gold what every line is
 */
public record RenderedPage(String name, String text, GoldPage gold) {}
