package org.inkstream.launcher.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Security for an embedded node, the way production runs it: HTTPS with a certificate signed by a CA of its own, and a
 * file-realm user (the {@code .security} index that native users and API keys need cannot be created by this
 * distribution). Certificates are made once per node with {@code bin/elasticsearch-certutil}; the user is written at
 * every start with {@code bin/elasticsearch-users}.
 */
final class NodeSecurity {

  private NodeSecurity() {}

  /** The CA certificate (PEM) that signed the node's HTTP certificate: what clients trust. */
  static Path caCertificate(Path nodeDir) {
    return nodeDir.resolve("config").resolve("certs").resolve("ca").resolve("ca.crt");
  }

  /**
   * Makes the certificates (when absent) and the user, and returns the {@code elasticsearch.yml} lines that turn
   * security on.
   */
  static List<String> configure(Path home, Path nodeDir, EmbeddedElasticsearch.User user) {
    Path certs = nodeDir.resolve("config").resolve("certs");
    if (!Files.exists(caCertificate(nodeDir))) {
      createDirectories(certs);
      tool(home, nodeDir, "elasticsearch-certutil", "ca", "--silent", "--pem", "--out", certs.resolve("ca.zip"));
      unzip(certs.resolve("ca.zip"), certs);
      tool(home, nodeDir, "elasticsearch-certutil", "cert", "--silent", "--pem", "--name", "http",
          "--ca-cert", caCertificate(nodeDir), "--ca-key", certs.resolve("ca").resolve("ca.key"),
          "--ip", "127.0.0.1", "--dns", "localhost", "--out", certs.resolve("http.zip"));
      unzip(certs.resolve("http.zip"), certs);
    }
    writeChain(certs);
    Path users = nodeDir.resolve("config").resolve("users");
    if (contains(users, user.name() + ":")) {
      tool(home, nodeDir, "elasticsearch-users", "userdel", user.name());
    }
    tool(home, nodeDir, "elasticsearch-users", "useradd", user.name(), "-p", user.password(), "-r", "superuser");
    return List.of(
        "xpack.security.enabled: true",
        "xpack.security.http.ssl.enabled: true",
        "xpack.security.http.ssl.key: certs/http/http.key",
        "xpack.security.http.ssl.certificate: certs/http/http-chain.crt",
        "xpack.security.http.ssl.certificate_authorities: certs/ca/ca.crt",
        "xpack.security.transport.ssl.enabled: true",
        "xpack.security.transport.ssl.verification_mode: certificate",
        "xpack.security.transport.ssl.key: certs/http/http.key",
        "xpack.security.transport.ssl.certificate: certs/http/http.crt",
        "xpack.security.transport.ssl.certificate_authorities: certs/ca/ca.crt");
  }

  /** An SSL context that trusts exactly the CA certificate in {@code pem}. */
  static SSLContext trusting(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry("ca", ca);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pem, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust the CA in " + pem, e);
    }
  }

  /** Runs one of the distribution's command-line tools on the node's configuration; the password is not logged. */
  private static void tool(Path home, Path nodeDir, String name, Object... args) {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve(name).toString());
    for (Object arg : args) {
      command.add(arg.toString());
    }
    // No input: a tool that prompts (certutil asks before creating a folder) fails at once instead of waiting forever.
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.put("ES_JAVA_HOME", System.getProperty("java.home"));
    env.put("ES_PATH_CONF", nodeDir.resolve("config").toString());
    env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + nodeDir.resolve("tmp"));
    env.remove("JAVA_TOOL_OPTIONS");
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("bin/" + name + " " + args[0] + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run bin/" + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running bin/" + name, e);
    }
  }

  private static void unzip(Path zip, Path folder) {
    // A folder named through '.' (the home of a launcher started as java -jar in its own folder) holds entries whose
    // normalised paths no longer start with it: compare normalised paths.
    Path target = folder.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("zip entry " + entry.getName() + " points outside " + target);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(in, path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + zip, e);
    }
  }

  /**
   * The node's certificate followed by its CA's: the node then presents the CA in the handshake, as an auto-configured
   * production node does, and a client can trust it by the CA's fingerprint alone.
   */
  private static void writeChain(Path certs) {
    Path chain = certs.resolve("http").resolve("http-chain.crt");
    if (Files.exists(chain)) {
      return;
    }
    try {
      Files.writeString(chain, Files.readString(certs.resolve("http").resolve("http.crt"))
          + Files.readString(certs.resolve("ca").resolve("ca.crt")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + chain, e);
    }
  }

  private static void createDirectories(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
  }

  private static boolean contains(Path file, String prefix) {
    try {
      return Files.exists(file) && Files.readAllLines(file).stream().anyMatch(line -> line.startsWith(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
