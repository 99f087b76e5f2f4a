package org.inkstream.sink;

/**
 * What a sink has done since it started, counted per Kafka record.
 *
 * @param written records whose writes Elasticsearch acknowledged (indexed, deleted, or already there in a newer version)
 * @param conflicts of those, operations answered 409: Elasticsearch held this or a newer version (replays)
 * @param deadLettered records sent to the dead-letter topic
 * @param retries operations sent again after a 429, a 5xx or a failed request
 */
public record SinkStats(long written, long conflicts, long deadLettered, long retries) {}
