package org.inkstream.launcher;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.inkstream.sink.StartupWait;
import org.inkstream.sink.UnavailableException;

/**
 * The Kafka half of a stage's start-up check: asks the cluster to describe itself, as {@link
 * org.inkstream.sink.ElasticsearchClients#checkConnection} asks Elasticsearch for its health. The Kafka clients
 * themselves retry an absent broker forever without a word, and the topic setup gave up after a minute; this check
 * makes the wait visible (one line per attempt) and ends it at once for what waiting cannot fix: refused credentials,
 * a failed TLS handshake, a missing privilege.
 */
final class KafkaStartupCheck {

  /** How long one attempt waits for an answer before it counts as failed and the backoff starts. */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  private KafkaStartupCheck() {}

  /** Waits, within {@code wait}'s deadline, until the cluster at {@code bootstrapServers} answers. */
  static void await(String bootstrapServers, Map<String, String> clientProperties, StartupWait wait,
      Duration attemptTimeout) {
    wait.await("Kafka at " + bootstrapServers, () -> check(bootstrapServers, clientProperties, attemptTimeout));
  }

  /**
   * Asks once; returns the cluster id.
   *
   * @throws UnavailableException when no broker answers within {@code attemptTimeout}
   * @throws IllegalStateException naming the setting to fix, for a configuration error
   */
  static String check(String bootstrapServers, Map<String, String> clientProperties, Duration attemptTimeout) {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) attemptTimeout.toMillis());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) attemptTimeout.toMillis());
    try (Admin admin = Admin.create(props)) {
      return admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) attemptTimeout.toMillis()))
          .clusterId().get();
    } catch (ExecutionException e) {
      throw failure(bootstrapServers, e.getCause());
    } catch (KafkaException e) { // Admin.create: a host name that does not resolve (yet), or a bad setting
      throw failure(bootstrapServers, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Kafka at " + bootstrapServers, e);
    }
  }

  private static IllegalStateException failure(String bootstrapServers, Throwable cause) {
    String where = "Kafka at " + bootstrapServers;
    if (cause instanceof AuthenticationException) {
      return new IllegalStateException(where + " refused the client (credentials or TLS handshake): check "
          + "KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_JAAS_CONFIG and KAFKA_SSL_TRUSTSTORE_LOCATION: " + cause.getMessage(),
          cause);
    }
    if (cause instanceof AuthorizationException) {
      return new IllegalStateException(where + " denied the client the Describe privilege on the cluster: "
          + cause.getMessage(), cause);
    }
    if (cause instanceof RetriableException || unresolved(cause)) {
      return new UnavailableException("cannot reach " + where + ": " + cause.getClass().getSimpleName() + ": "
          + cause.getMessage(), cause);
    }
    return new IllegalStateException(where + " failed: " + cause, cause);
  }

  /** A bootstrap host name that DNS does not know yet, as when the broker's service is created after the stage. */
  private static boolean unresolved(Throwable cause) {
    return cause.getMessage() != null && cause.getMessage().contains("No resolvable bootstrap urls");
  }
}
