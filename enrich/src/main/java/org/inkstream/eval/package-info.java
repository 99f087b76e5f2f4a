/**
 * Scores the engine against hand-made gold annotations with the metrics of {@code seeds/README.md}.
 *
 * <p>Start with {@link org.inkstream.eval.Evaluator}: {@code evaluate(goldDir, pages, engine)} returns an {@link
 * org.inkstream.eval.EvalReport} with a {@link org.inkstream.eval.PageScore} per page and a total, which renders as a
 * table ({@code toTable()}) or as plain maps for JSON ({@code toMap()}). Gold files read into {@link
 * org.inkstream.eval.GoldPage}. No {@code main} here: the launcher's {@code inkstream eval} command wires it.
 */
package org.inkstream.eval;
