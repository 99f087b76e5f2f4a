package org.inkstream.launcher.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What one stage did in one timed pass: how many pages (and the articles they hold) it moved in how long.
 *
 * @param stage a short name ({@code engine}, {@code kafka-produce}, {@code end-to-end}...)
 * @param pages pages moved
 * @param articles articles moved (those of the pages)
 * @param bytes payload bytes moved, 0 when not meaningful
 * @param elapsed wall-clock time of the pass
 * @param cpu the CPU time the pass cost (this JVM, its JIT, Elasticsearch)
 */
public record StageFigures(String stage, long pages, long articles, long bytes, Duration elapsed, CpuUse cpu) {

  public StageFigures {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(cpu, "cpu");
    if (pages < 0 || articles < 0 || bytes < 0) {
      throw new IllegalArgumentException("counts cannot be negative, were " + pages + "/" + articles + "/" + bytes);
    }
    if (elapsed.isNegative() || elapsed.isZero()) {
      throw new IllegalArgumentException("elapsed must be positive, was " + elapsed);
    }
  }

  static StageFigures of(String stage, long pages, long articles, long bytes, CpuMeter.Window window) {
    return new StageFigures(stage, pages, articles, bytes, window.elapsed(), window.cpu());
  }

  public double pagesPerSecond() {
    return pages / seconds();
  }

  public double articlesPerSecond() {
    return articles / seconds();
  }

  /** Milliseconds per page: the stage's cost, comparable with the end-to-end cost per page. */
  public double millisPerPage() {
    return pages == 0 ? 0 : elapsed.toNanos() / 1e6 / pages;
  }

  /** CPU milliseconds per page, JVM and Elasticsearch together: what a page costs the machine in this stage. */
  public double cpuMillisPerPage() {
    return pages == 0 ? 0 : cpu.totalMs() / pages;
  }

  /** How many cores the pass kept busy on average: near the core count, it was bound by CPU rather than waiting. */
  public double coresBusy() {
    return cpu.totalMs() / (elapsed.toNanos() / 1e6);
  }

  /** Cores other processes kept busy on average during the pass: near zero on a quiet machine. */
  public double otherCoresBusy() {
    return cpu.othersMs().orElse(0) / (elapsed.toNanos() / 1e6);
  }

  private double seconds() {
    return elapsed.toNanos() / 1e9;
  }
}
