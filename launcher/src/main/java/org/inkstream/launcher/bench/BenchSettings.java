package org.inkstream.launcher.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a bench run does, and the pipeline knobs it runs with.
 *
 * @param pages pages fed to every stage and end to end
 * @param warmUpPages pages that warm the engine, the bulk loop, the sink and the pipeline up before they are timed:
 *     the JIT compiles the code each of them runs, which takes a 2-core machine tens of seconds
 * @param latencyPages pages fed at half the measured maximum for the latency figures
 * @param soak how long the soak phase feeds pages at that load after the latency phase; zero for none
 * @param commitIntervalMs the Streams commit interval (the transaction length under exactly-once)
 * @param batchSize sink operations per bulk request
 * @param flushInterval the longest an article waits in the sink for its batch to fill
 * @param refreshInterval the index refresh interval: how soon a write becomes searchable
 * @param probeInterval how often the latency probe asks Elasticsearch
 */
public record BenchSettings(int pages, int warmUpPages, int latencyPages, Duration soak, long commitIntervalMs, int batchSize,
    Duration flushInterval, String refreshInterval, Duration probeInterval) {

  public BenchSettings {
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be at least 1, was " + pages);
    }
    if (warmUpPages < 1) {
      throw new IllegalArgumentException("warm-up pages must be at least 1, was " + warmUpPages);
    }
    if (latencyPages < 1) {
      throw new IllegalArgumentException("latency pages must be at least 1, was " + latencyPages);
    }
    Objects.requireNonNull(soak, "soak");
    if (soak.isNegative()) {
      throw new IllegalArgumentException("the soak duration cannot be negative, was " + soak);
    }
    Objects.requireNonNull(flushInterval, "flushInterval");
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    Objects.requireNonNull(probeInterval, "probeInterval");
  }

  /** The knobs as the report prints them. */
  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("pages", pages);
    map.put("warm_up_pages", warmUpPages);
    map.put("latency_pages", latencyPages);
    map.put("soak_s", soak.toSeconds());
    map.put("commit_interval_ms", commitIntervalMs);
    map.put("sink_batch_size", batchSize);
    map.put("sink_flush_interval_ms", flushInterval.toMillis());
    map.put("refresh_interval", refreshInterval);
    map.put("probe_interval_ms", probeInterval.toMillis());
    map.put("available_processors", Runtime.getRuntime().availableProcessors());
    return map;
  }
}
