/**
 * {@code inkstream bench}: the pipeline's throughput, latency and heap, against each stage measured alone on the same
 * documents, in one run. Start at {@link org.inkstream.launcher.bench.BenchRun}, which runs the phases in order; its
 * result is a {@link org.inkstream.launcher.bench.BenchReport}, printed and written as JSON.
 *
 * <p>Figures on a shared machine are noisy: compare only the ratios of one run (end to end / slowest stage), never raw
 * figures across runs.
 */
package org.inkstream.launcher.bench;
