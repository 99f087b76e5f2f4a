package org.inkstream.sink;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.inkstream.core.Json;

/** Builds the Elasticsearch client that {@link SinkConfig} describes. */
public final class ElasticsearchClients {

  /** Answers of a cluster that is starting, overloaded or behind a proxy whose backend is down. */
  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);

  private ElasticsearchClients() {}

  /**
   * A client for {@link SinkConfig#elasticsearchUrl()} with its credentials and trust settings. It maps JSON with a copy
   * of {@link Json#mapper()}, so search hits read back as Inkstream records. The caller closes it: its I/O threads keep
   * the JVM alive otherwise.
   */
  public static ElasticsearchClient create(SinkConfig config) {
    RestClientBuilder builder = RestClient.builder(HttpHost.create(config.elasticsearchUrl().toString()));
    if (config.credentials() instanceof Credentials.ApiKey key) {
      builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + key.encoded())});
    }
    // Without a bound on each wait, a node that accepts and never answers holds a bulk request, the ingester waiting
    // for it, and the close of both, for as long as the connection lives.
    builder.setRequestConfigCallback(request -> request
        .setConnectTimeout(millis(config.connectTimeout()))
        .setSocketTimeout(millis(config.requestTimeout()))
        .setConnectionRequestTimeout(millis(config.requestTimeout())));
    SSLContext ssl = sslContext(config);
    builder.setHttpClientConfigCallback(http -> {
      if (config.credentials() instanceof Credentials.Basic basic) {
        BasicCredentialsProvider provider = new BasicCredentialsProvider();
        provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(basic.username(), basic.password()));
        http.setDefaultCredentialsProvider(provider);
      }
      if (ssl != null) {
        http.setSSLContext(ssl);
      }
      return http;
    });
    // A copy: JacksonJsonpMapper may configure the mapper it is given, and the shared one must not change.
    return new ElasticsearchClient(new RestClientTransport(builder.build(), new JacksonJsonpMapper(Json.mapper().copy())));
  }

  private static int millis(java.time.Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  private static SSLContext sslContext(SinkConfig config) {
    if (config.caFingerprint() != null) {
      return TransportUtils.sslContextFromCaFingerprint(config.caFingerprint());
    }
    if (config.caCertificate() != null) {
      try {
        return TransportUtils.sslContextFromHttpCaCrt(config.caCertificate().toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the CA certificate " + config.caCertificate(), e);
      }
    }
    return null;
  }

  /**
   * Runs {@link #checkConnection} until Elasticsearch answers, waiting while it is unreachable or not ready yet (see
   * {@link StartupWait}); a configuration error ends the wait at once with the message {@code checkConnection} gives.
   * Call it at start-up, before consuming.
   */
  public static void awaitConnection(ElasticsearchClient client, SinkConfig config, StartupWait wait) {
    wait.await("Elasticsearch at " + config.elasticsearchUrl(), () -> {
      checkConnection(client, config);
      return null;
    });
  }

  /**
   * Asks the cluster for its health once, and turns the ways a misconfigured connection fails into messages that name
   * the setting to fix: refused credentials (401), missing privileges (403), a certificate the configured CA did not
   * sign. A wrong password then stops the command with a clear error instead of retrying forever.
   *
   * @throws UnavailableException when nothing answers, the connection closes or times out, or the cluster answers
   *     429, 502, 503 or 504: conditions that pass, worth waiting for
   * @throws IllegalStateException with that message, for a configuration error
   */
  public static void checkConnection(ElasticsearchClient client, SinkConfig config) {
    String url = config.elasticsearchUrl().toString();
    try {
      client.cluster().health();
    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
      if (TRANSIENT_STATUSES.contains(e.status())) {
        throw new UnavailableException("Elasticsearch at " + url + " is not ready: it answered " + e.status(), e);
      }
      throw new IllegalStateException(switch (e.status()) {
        case 401 -> "Elasticsearch at " + url + " refused the credentials (" + config.credentials()
            + "): check ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD, or ELASTICSEARCH_API_KEY";
        case 403 -> "Elasticsearch at " + url + " denied the user the cluster:monitor privilege: see the writer role "
            + "in deploy/README.md";
        default -> "Elasticsearch at " + url + " answered " + e.status() + ": " + e.getMessage();
      }, e);
    } catch (IOException e) {
      if (causedBy(e, javax.net.ssl.SSLException.class)) {
        throw new IllegalStateException("the TLS handshake with Elasticsearch at " + url + " failed: its certificate "
            + "is not signed by the CA given (ELASTICSEARCH_CA_CERT or ELASTICSEARCH_CA_FINGERPRINT), or the URL is "
            + "not https: " + rootMessage(e), e);
      }
      if (e instanceof ResponseException response) { // the low-level client's way of saying 502, 503, 504
        throw new UnavailableException("Elasticsearch at " + url + " is not ready: it answered "
            + response.getResponse().getStatusLine().getStatusCode(), e);
      }
      throw new UnavailableException("cannot reach Elasticsearch at " + url + ": " + rootMessage(e), e);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
