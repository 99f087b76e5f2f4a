package org.inkstream.sink;

import java.util.Objects;

/**
 * How the sink proves who it is to Elasticsearch. Each variant's {@code toString()} hides the secret, so that a logged
 * {@link SinkConfig} never leaks it.
 */
public sealed interface Credentials {

  /** No authentication: the embedded node and clusters with security off. */
  static Credentials none() {
    return None.INSTANCE;
  }

  /** HTTP basic authentication with a file or native user. */
  static Credentials basic(String username, String password) {
    return new Basic(username, password);
  }

  /** An API key in its encoded form (the {@code encoded} field that {@code POST _security/api_key} returns). */
  static Credentials apiKey(String encoded) {
    return new ApiKey(encoded);
  }

  /** No authentication. */
  enum None implements Credentials {
    INSTANCE
  }

  /** A user name and password, sent on every request. */
  record Basic(String username, String password) implements Credentials {
    public Basic {
      if (username == null || username.isBlank()) {
        throw new IllegalArgumentException("basic credentials need a user name");
      }
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=***]";
    }
  }

  /** An encoded API key, sent as {@code Authorization: ApiKey <key>}. */
  record ApiKey(String encoded) implements Credentials {
    public ApiKey {
      if (encoded == null || encoded.isBlank()) {
        throw new IllegalArgumentException("an API key cannot be blank");
      }
    }

    @Override
    public String toString() {
      return "ApiKey[***]";
    }
  }
}
