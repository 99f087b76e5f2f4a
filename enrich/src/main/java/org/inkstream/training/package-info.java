/**
 * Training and evaluation of the line labeller, outside the runtime path: {@link
 * org.inkstream.training.TrainingRun} is the one entry point ({@code inkstream train}), {@link
 * org.inkstream.training.LineLabellerTrainer} fits the CRF, {@link org.inkstream.training.CorpusEvaluation} scores an
 * engine on rendered pages per phenomenon, {@link org.inkstream.training.TrainingReport} writes the figures.
 */
package org.inkstream.training;
