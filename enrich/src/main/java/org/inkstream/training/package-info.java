/**
 * Training and evaluation of the line labeller, outside the runtime path: {@link
 * org.inkstream.training.TrainingRun} is the one entry point ({@code inkstream train}), {@link
 * org.inkstream.training.LineLabellerTrainer} fits the CRF, {@link org.inkstream.training.CorpusEvaluation} scores an
 * engine on rendered pages per phenomenon, {@link org.inkstream.training.TrainingReport} writes the figures.
 *
 * <p>The topic model ({@code inkstream topics}): {@link org.inkstream.training.TopicCorpus} maps the public corpora's
 * labels onto the taxonomy's topics, {@link org.inkstream.training.LabelsFile} reads and writes labels files (the
 * corpora's, a team's corrections, the hand-labelled dev set), {@link org.inkstream.training.TopicModelTrainer} fits
 * the model, {@link org.inkstream.training.LabelledScoring} and {@link org.inkstream.training.Reliability} score
 * topics, types and calibration on a labels file.
 *
 * <p>The type model ({@code inkstream types}): {@link org.inkstream.training.TypeModelTrainer} makes examples from
 * rendered pages and typed labels files and fits the model.
 */
package org.inkstream.training;
