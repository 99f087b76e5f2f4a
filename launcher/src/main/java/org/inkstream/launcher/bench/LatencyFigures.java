package org.inkstream.launcher.bench;

import java.util.Arrays;

/**
 * Page-to-searchable latencies of one run, in milliseconds, with nearest-rank percentiles (exact: every sample is
 * kept; a run has at most a few thousand).
 *
 * @param samples one latency per page whose last article became searchable, in ms
 * @param toSink per page, the part of its latency until the sink stamped its last article ({@code indexed_at}): Kafka
 *     and the topology; the rest is the sink's batching, the bulk request and the index refresh
 * @param missed pages whose articles did not all become searchable before the probe gave up
 * @param resolutionMs the probe's polling interval: each figure is late by at most this plus one query
 */
public record LatencyFigures(long[] samples, long[] toSink, int missed, long resolutionMs) {

  public LatencyFigures {
    samples = samples.clone();
    Arrays.sort(samples);
    toSink = toSink.clone();
    Arrays.sort(toSink);
  }

  /** The {@code percent}-th percentile, nearest rank; 0 without samples. */
  public long percentile(double percent) {
    return percentile(samples, percent);
  }

  /** The {@code percent}-th percentile of the part until the sink; 0 without samples. */
  public long toSinkPercentile(double percent) {
    return percentile(toSink, percent);
  }

  private static long percentile(long[] samples, double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("a percentile is in (0, 100], was " + percent);
    }
    if (samples.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100 * samples.length);
    return samples[Math.max(0, rank - 1)];
  }

  public long max() {
    return samples.length == 0 ? 0 : samples[samples.length - 1];
  }

  public int count() {
    return samples.length;
  }
}
