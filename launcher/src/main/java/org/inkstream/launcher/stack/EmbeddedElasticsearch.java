package org.inkstream.launcher.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.inkstream.core.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch 8.19 started from the distribution zip that the build fetches from Maven Central,
 * as a child process listening on free ports of 127.0.0.1. Start it with {@link #start(Path, Path)} (security off) or
 * {@link #startSecured(Path, Path, User)} (HTTPS and basic authentication, as in production), give {@link #url()} to
 * clients, {@link #close()} it.
 *
 * <p>The distribution is unpacked once into a cache folder and shared; each node gets its own folder with a copy of
 * {@code config/} (Elasticsearch writes its keystore there), {@code data/}, {@code logs/} and {@code tmp/}.
 *
 * <p>Elasticsearch refuses to run as root. Under root the node runs as the system user {@value ServiceUser#NAME}
 * (created when missing), which gets the node folder; when a parent folder keeps that user out (a project under
 * {@code /root}), the cache and the node move to {@code /var/tmp/inkstream/}, and a log line says so.
 *
 * <p>The node dies with this JVM: a shutdown hook stops it on a normal exit and on Ctrl-C. Only a {@code kill -9} of
 * this JVM leaves it running; {@code <node>/run/elasticsearch.pid} then names it.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
  private static final String CLUSTER = "inkstream-local";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Path FALLBACK_ROOT = Path.of("/var/tmp/inkstream");

  private final Process process;
  private final Path nodeDir;
  private final URI url;
  private final User user;
  private final Thread shutdownHook;

  private EmbeddedElasticsearch(Process process, Path nodeDir, URI url, User user) {
    this.process = process;
    this.nodeDir = nodeDir;
    this.url = url;
    this.user = user;
    this.shutdownHook = new Thread(this::stop, "elasticsearch-shutdown");
  }

  /**
   * The superuser of a secured node. {@code toString()} hides the password.
   *
   * @param name the user name, such as {@code elastic}
   * @param password at least 6 characters, as Elasticsearch requires
   */
  public record User(String name, String password) {
    public User {
      if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
        throw new IllegalArgumentException("a user name is a letter then letters, digits, '_', '.', '-', was " + name);
      }
      if (password == null || password.length() < 6) {
        throw new IllegalArgumentException("Elasticsearch wants passwords of at least 6 characters");
      }
    }

    @Override
    public String toString() {
      return "User[name=" + name + ", password=***]";
    }
  }

  /**
   * Starts a node from the zip that {@link ElasticsearchDistribution#locateZip()} finds, unpacked under {@code
   * cacheDir}, with its data in {@code nodeDir}; returns once the cluster is yellow.
   *
   * @throws IllegalStateException when the zip is missing, or the node exits or stays unhealthy for three minutes (the
   *     message ends with the tail of its log)
   */
  public static EmbeddedElasticsearch start(Path cacheDir, Path nodeDir) {
    return start(ElasticsearchDistribution.locateZip(), cacheDir, nodeDir);
  }

  /** Like {@link #start(Path, Path)} with an explicit distribution zip. */
  public static EmbeddedElasticsearch start(Path zip, Path cacheDir, Path nodeDir) {
    return start(zip, cacheDir, nodeDir, null);
  }

  /**
   * Like {@link #start(Path, Path)}, secured as production is: HTTPS with a certificate of the node's own CA ({@link
   * #caCertificate()}) and basic authentication as {@code user}, a superuser.
   */
  public static EmbeddedElasticsearch startSecured(Path cacheDir, Path nodeDir, User user) {
    return start(ElasticsearchDistribution.locateZip(), cacheDir, nodeDir, Objects.requireNonNull(user, "user"));
  }

  private static EmbeddedElasticsearch start(Path zip, Path cacheDir, Path nodeDir, User user) {
    long started = System.nanoTime();
    boolean root = ServiceUser.isRoot();
    if (root) {
      ServiceUser.ensureExists();
      if (!ServiceUser.canTraverse(cacheDir) || !ServiceUser.canTraverse(nodeDir)) {
        Path fallbackNode = FALLBACK_ROOT.resolve("nodes").resolve(nodeDir.getFileName() + "-" + shortHash(nodeDir));
        log.warn("User {} cannot reach {} or {}: using {} and {} instead", ServiceUser.NAME, cacheDir, nodeDir,
            FALLBACK_ROOT.resolve("dist"), fallbackNode);
        cacheDir = FALLBACK_ROOT.resolve("dist");
        nodeDir = fallbackNode;
      }
    }
    Path home = ElasticsearchDistribution.unpack(zip, cacheDir.toAbsolutePath());
    nodeDir = nodeDir.toAbsolutePath();
    int httpPort = Ports.free();
    int transportPort = Ports.free();
    List<String> security = user == null
        ? List.of("xpack.security.enabled: false")
        : prepareSecurity(home, nodeDir, user);
    prepareNode(home, nodeDir, httpPort, transportPort, security);
    if (root) {
      for (String folder : List.of("config", "data", "logs", "tmp", "run")) {
        ServiceUser.chown(nodeDir.resolve(folder));
      }
    }
    Process process = launch(home, nodeDir, root);
    URI url = URI.create((user == null ? "http" : "https") + "://127.0.0.1:" + httpPort);
    EmbeddedElasticsearch node = new EmbeddedElasticsearch(process, nodeDir, url, user);
    Runtime.getRuntime().addShutdownHook(node.shutdownHook);
    try {
      node.awaitHealthy();
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    log.info("Elasticsearch ready at {} in {} ms (node in {})", node.url,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), nodeDir);
    return node;
  }

  /** The HTTP endpoint, such as {@code http://127.0.0.1:41234} ({@code https} when secured). */
  public URI url() {
    return url;
  }

  /** The PEM certificate of the CA that signed a secured node's HTTP certificate; empty when not secured. */
  public Optional<Path> caCertificate() {
    return user == null ? Optional.empty() : Optional.of(NodeSecurity.caCertificate(nodeDir));
  }

  /** The node's folder: {@code config/}, {@code data/}, {@code logs/}. */
  public Path nodeDir() {
    return nodeDir;
  }

  /** Stops the node (SIGTERM, then a kill after 30 s) and waits for it to exit. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException expected) {
      // The JVM is shutting down: the hook runs anyway, and stop() is idempotent.
    }
  }

  /**
   * The node's server JVM, for a caller that wants its CPU time (the bench); empty before the node wrote its pid file
   * or after it exited.
   */
  public Optional<ProcessHandle> serverProcess() {
    return serverPid().flatMap(ProcessHandle::of);
  }

  private void stop() {
    // The pid file names the server JVM; the process we started is the launcher that waits for it.
    Optional<ProcessHandle> server = serverPid().flatMap(ProcessHandle::of);
    server.ifPresent(ProcessHandle::destroy);
    process.destroy();
    server.ifPresent(handle -> awaitExit(handle, STOP_TIMEOUT));
    awaitExit(process.toHandle(), STOP_TIMEOUT);
  }

  private static void awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("Elasticsearch process {} did not stop within {}: killing it", handle.pid(), timeout);
      handle.descendants().forEach(ProcessHandle::destroyForcibly);
      handle.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      handle.destroyForcibly();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot wait for process " + handle.pid(), e);
    }
  }

  private Optional<Long> serverPid() {
    Path pidFile = nodeDir.resolve("run").resolve("elasticsearch.pid");
    try {
      return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip())) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      log.warn("cannot read Elasticsearch's pid from {}; stopping its launcher only", pidFile, e);
      return Optional.empty();
    }
  }

  /**
   * Writes the node's configuration. {@code xpack.security.enabled} is always explicit: left unset, Elasticsearch's
   * auto-configuration rewrites the file, turns on TLS and binds 0.0.0.0. The heap is pinned, else it takes half the RAM.
   */
  static void prepareNode(Path home, Path nodeDir, int httpPort, int transportPort, List<String> security) {
    try {
      Path config = nodeDir.resolve("config");
      if (!Files.exists(config.resolve("jvm.options"))) {
        copyTree(home.resolve("config"), config);
      }
      for (String folder : List.of("data", "logs", "tmp", "run", "config/jvm.options.d")) {
        Files.createDirectories(nodeDir.resolve(folder));
      }
      List<String> yml = new ArrayList<>(List.of(
          "# Written by Inkstream's embedded Elasticsearch at every start: edits are lost.",
          "cluster.name: " + CLUSTER,
          "node.name: " + CLUSTER,
          "discovery.type: single-node",
          "network.host: 127.0.0.1",
          "http.port: " + httpPort,
          "transport.port: " + transportPort,
          "path.data: " + nodeDir.resolve("data"),
          "path.logs: " + nodeDir.resolve("logs"),
          // A nearly full disk would otherwise turn the indices read-only: a local demo should not care.
          "cluster.routing.allocation.disk.threshold_enabled: false",
          // Tests and the demo clean up with wildcards.
          "action.destructive_requires_name: false"));
      yml.addAll(security);
      Files.write(config.resolve("elasticsearch.yml"), yml, StandardCharsets.UTF_8);
      Files.writeString(config.resolve("jvm.options.d").resolve("heap.options"), "-Xms512m\n-Xmx512m\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the Elasticsearch node in " + nodeDir, e);
    }
  }

  /** The configuration must exist before the tools that make certificates and users can run on it. */
  private static List<String> prepareSecurity(Path home, Path nodeDir, User user) {
    Path config = nodeDir.resolve("config");
    try {
      if (!Files.exists(config.resolve("jvm.options"))) {
        copyTree(home.resolve("config"), config);
      }
      Files.createDirectories(nodeDir.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the Elasticsearch node in " + nodeDir, e);
    }
    return NodeSecurity.configure(home, nodeDir, user);
  }

  private static Process launch(Path home, Path nodeDir, boolean root) {
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(ServiceUser.commandPrefix());
    }
    command.add(home.resolve("bin").resolve("elasticsearch").toString());
    command.add("-p");
    command.add(nodeDir.resolve("run").resolve("elasticsearch.pid").toString());
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(nodeDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(nodeDir.resolve("console.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("ES_JAVA_HOME", System.getProperty("java.home"));
    env.put("ES_PATH_CONF", nodeDir.resolve("config").toString());
    env.put("ES_TMPDIR", nodeDir.resolve("tmp").toString());
    env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + nodeDir.resolve("tmp"));
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("ES_JAVA_OPTS");
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    }
  }

  /** {@code GET /} answers 405 on this distribution, so readiness is the cluster health API. */
  private void awaitHealthy() {
    HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
    HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
        .timeout(Duration.ofSeconds(10));
    if (user != null) {
      client.sslContext(NodeSecurity.trusting(NodeSecurity.caCertificate(nodeDir)));
      String basic = user.name() + ":" + user.password();
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    HttpClient http = client.build();
    HttpRequest health = request.build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Elasticsearch exited with status " + process.exitValue()
            + " while starting (its log: " + nodeDir.resolve("console.log") + ")\nThe log ends with:\n" + logTail());
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (ConnectException | HttpTimeoutException notYet) {
        // Not listening yet: poll again below.
      } catch (IOException e) {
        log.debug("health check of {} failed, retrying", url, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Elasticsearch at " + url, e);
      }
      pause(Duration.ofMillis(250));
    }
    throw new IllegalStateException("Elasticsearch at " + url + " was not healthy within " + READY_TIMEOUT
        + " (its logs: " + nodeDir.resolve("logs") + ")\nThe logs end with:\n" + logTail());
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    }
  }

  /** The last lines of the console output and of the server log: where a failed start says why. */
  String logTail() {
    StringBuilder tail = new StringBuilder();
    for (Path file : List.of(nodeDir.resolve("console.log"), nodeDir.resolve("logs").resolve(CLUSTER + ".log"))) {
      if (!Files.isReadable(file)) {
        continue;
      }
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        tail.append("== ").append(file).append('\n');
        lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(line -> tail.append(line).append('\n'));
      } catch (IOException e) {
        tail.append("(cannot read ").append(file).append(": ").append(e.getMessage()).append(")\n");
      }
    }
    return tail.length() == 0 ? "(no log written)" : tail.toString();
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static String shortHash(Path path) {
    return Page.sha256(path.toAbsolutePath().toString()).substring(0, 8);
  }
}
