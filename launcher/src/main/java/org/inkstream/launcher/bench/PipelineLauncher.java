package org.inkstream.launcher.bench;

import org.inkstream.sink.SinkConfig;
import org.inkstream.topology.EnrichConfig;

/**
 * Starts the pipeline the bench measures (topology and sink in this process, as {@code demo} runs them), creating its
 * topics first. A parameter rather than a call so that the bench measures the launcher's own {@code Pipeline}.
 */
@FunctionalInterface
public interface PipelineLauncher {

  /** Starts the pipeline; closing the result stops it. */
  AutoCloseable start(EnrichConfig enrich, SinkConfig sink) throws Exception;
}
