package org.inkstream.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The operations endpoints every long-running command serves, for Kubernetes probes and Prometheus:
 *
 * <ul>
 *   <li>{@code GET /health/live}: 200 while the process is up;
 *   <li>{@code GET /health/ready}: 200 once the command does its work (broker joined, Elasticsearch reachable), else
 *       503;
 *   <li>{@code GET /metrics}: every meter in Prometheus text format.
 * </ul>
 *
 * The JDK's own HTTP server is enough for three read-only endpoints; no web framework is pulled in for them.
 */
final class OpsServer implements AutoCloseable {

  private final HttpServer server;

  private OpsServer(HttpServer server) {
    this.server = server;
  }

  /**
   * A registry for {@code /metrics} with the JVM's and the process's own meters (heap, GC, threads, classes, CPU,
   * uptime) already bound: every stage serves them, and the contract ({@code deploy/metrics-contract.txt}) promises
   * {@code jvm_memory_used_bytes} and {@code process_cpu_usage}.
   */
  static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry); // lives as long as the process: its GC listeners need no closing
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }

  /** Starts serving on {@code port} (0 picks a free one) on all interfaces, as probes come from outside the pod. */
  static OpsServer start(int port, PrometheusMeterRegistry registry, BooleanSupplier ready) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext("/health/live", exchange -> respond(exchange, 200, "live\n", "text/plain"));
      server.createContext("/health/ready", exchange -> {
        boolean isReady = ready.getAsBoolean();
        respond(exchange, isReady ? 200 : 503, isReady ? "ready\n" : "not ready\n", "text/plain");
      });
      server.createContext("/metrics",
          exchange -> respond(exchange, 200, registry.scrape(), "text/plain; version=0.0.4; charset=utf-8"));
      server.start();
      return new OpsServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve health and metrics on port " + port + ": " + e.getMessage(), e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange exchange, int status, String body, String contentType)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
