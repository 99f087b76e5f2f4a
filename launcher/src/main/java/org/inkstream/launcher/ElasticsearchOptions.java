package org.inkstream.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inkstream.sink.Credentials;
import org.inkstream.sink.SinkConfig;
import picocli.CommandLine.Option;

/**
 * The Elasticsearch connection options every command shares: flags, or the ELASTICSEARCH_* environment variables, so
 * that secrets can come from the environment or a mounted file rather than the command line.
 */
final class ElasticsearchOptions {

  @Option(names = "--es-url", defaultValue = "${env:ELASTICSEARCH_URL}",
      description = "Elasticsearch URL (env ELASTICSEARCH_URL). Without it, demo starts an embedded node.")
  String url;

  @Option(names = "--es-username", defaultValue = "${env:ELASTICSEARCH_USERNAME}",
      description = "User for basic authentication (env ELASTICSEARCH_USERNAME).")
  String username;

  @Option(names = "--es-password-file", paramLabel = "FILE",
      description = "File holding the password (else env ELASTICSEARCH_PASSWORD).")
  Path passwordFile;

  @Option(names = "--es-api-key-file", paramLabel = "FILE",
      description = "File holding an encoded API key (else env ELASTICSEARCH_API_KEY).")
  Path apiKeyFile;

  @Option(names = "--es-ca-cert", defaultValue = "${env:ELASTICSEARCH_CA_CERT}", paramLabel = "PEM",
      description = "CA certificate that signed the cluster's HTTP certificate (env ELASTICSEARCH_CA_CERT).")
  Path caCertificate;

  @Option(names = "--es-ca-fingerprint", defaultValue = "${env:ELASTICSEARCH_CA_FINGERPRINT}",
      description = "SHA-256 fingerprint of that CA, instead of the file (env ELASTICSEARCH_CA_FINGERPRINT).")
  String caFingerprint;

  @Option(names = "--es-analyzer", defaultValue = "${env:INKSTREAM_ES_ANALYZER:-standard}",
      description = "Analyzer of the headline and text fields: standard, smartcn or icu_analyzer "
          + "(env INKSTREAM_ES_ANALYZER; default: ${DEFAULT-VALUE}).")
  String analyzer;

  @Option(names = "--es-connect-timeout", defaultValue = "5s", paramLabel = "TIME",
      description = "Longest wait for a connection to Elasticsearch: 5s, 500ms (default: ${DEFAULT-VALUE}).")
  String connectTimeout;

  @Option(names = "--es-request-timeout", defaultValue = "30s", paramLabel = "TIME",
      description = "Longest a request waits for Elasticsearch without an answer byte; a hung request then fails and "
          + "is retried, and stopping takes at most about this long (default: ${DEFAULT-VALUE}).")
  String requestTimeout;

  boolean given() {
    return url != null && !url.isBlank();
  }

  /** Sets the connection, credentials, trust and analyzer on {@code builder}. */
  SinkConfig.Builder applyTo(SinkConfig.Builder builder, URI effectiveUrl) {
    builder.elasticsearchUrl(effectiveUrl).credentials(credentials()).analyzer(analyzer)
        .connectTimeout(duration("--es-connect-timeout", connectTimeout))
        .requestTimeout(duration("--es-request-timeout", requestTimeout));
    if (caCertificate != null) {
      builder.caCertificate(caCertificate);
    }
    if (caFingerprint != null && !caFingerprint.isBlank()) {
      builder.caFingerprint(caFingerprint);
    }
    return builder;
  }

  private static java.time.Duration duration(String option, String text) {
    try {
      return BenchCommand.parseDuration(text);
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private Credentials credentials() {
    String apiKey = secret(apiKeyFile, "ELASTICSEARCH_API_KEY");
    if (apiKey != null) {
      return Credentials.apiKey(apiKey);
    }
    if (username != null && !username.isBlank()) {
      String password = secret(passwordFile, "ELASTICSEARCH_PASSWORD");
      if (password == null) {
        throw new IllegalArgumentException("a user name was given for Elasticsearch but no password: "
            + "pass --es-password-file FILE or set ELASTICSEARCH_PASSWORD");
      }
      return Credentials.basic(username, password);
    }
    return Credentials.none();
  }

  private static String secret(Path file, String environmentVariable) {
    if (file != null) {
      try {
        return Files.readString(file).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the secret file " + file, e);
      }
    }
    String value = System.getenv(environmentVariable);
    return value == null || value.isBlank() ? null : value;
  }
}
