package org.inkstream.launcher;

import picocli.CommandLine.Option;

/** The Elasticsearch connection options every command shares: flags, or the ELASTICSEARCH_* environment variables. */
final class ElasticsearchOptions {

  @Option(names = "--es-url", defaultValue = "${env:ELASTICSEARCH_URL}",
      description = "Elasticsearch URL (env ELASTICSEARCH_URL). Without it, demo starts an embedded node.")
  String url;

  @Option(names = "--es-analyzer", defaultValue = "${env:INKSTREAM_ES_ANALYZER:-standard}",
      description = "Analyzer of the headline and text fields: standard, smartcn or icu_analyzer "
          + "(env INKSTREAM_ES_ANALYZER; default: ${DEFAULT-VALUE}).")
  String analyzer;

  boolean given() {
    return url != null && !url.isBlank();
  }
}
