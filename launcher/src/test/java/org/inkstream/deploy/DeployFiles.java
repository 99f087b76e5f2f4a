package org.inkstream.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the deployment files of the repository: the directory with {@code deploy/env-contract.txt} above
 * the working directory is the repository root (Surefire runs in {@code launcher/}).
 */
final class DeployFiles {

  static final ObjectMapper JSON = JsonMapper.builder().build();
  static final YAMLMapper YAML = new YAMLMapper();

  private static final Path ROOT = findRoot();

  private DeployFiles() {}

  static Path root() {
    return ROOT;
  }

  /** A path relative to the repository root, which must exist. */
  static Path path(String relative) {
    Path p = ROOT.resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("missing " + relative + " (looked in " + ROOT + ")");
    }
    return p;
  }

  static String read(String relative) {
    try {
      return Files.readString(path(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every YAML document of a (possibly multi-document) file, in order; a parse error names the file. */
  static List<JsonNode> yamlDocuments(Path file) {
    List<JsonNode> docs = new ArrayList<>();
    try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          docs.add(doc);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(ROOT.relativize(file) + " is not valid YAML: " + e.getMessage(), e);
    }
    return docs;
  }

  static JsonNode json(String relative) {
    try {
      return JSON.readTree(path(relative).toFile());
    } catch (IOException e) {
      throw new AssertionError(relative + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** The environment variable names of deploy/env-contract.txt. */
  static Set<String> envContract() {
    return names(read("deploy/env-contract.txt"));
  }

  /** Metric name to its declared labels (empty for none), from deploy/metrics-contract.txt. */
  static Map<String, Metric> metricsContract() {
    Pattern line = Pattern.compile("([a-z_:][a-z0-9_:]*)(?:\\{([a-z_,]*)})?(\\s+histogram)?");
    Map<String, Metric> metrics = new LinkedHashMap<>();
    for (String raw : read("deploy/metrics-contract.txt").split("\n")) {
      String l = raw.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      Matcher m = line.matcher(l);
      if (!m.matches()) {
        throw new IllegalStateException("deploy/metrics-contract.txt: cannot read line '" + l + "'");
      }
      Set<String> labels = m.group(2) == null || m.group(2).isEmpty()
          ? Set.of() : new LinkedHashSet<>(List.of(m.group(2).split(",")));
      metrics.put(m.group(1), new Metric(m.group(1), labels, m.group(3) != null));
    }
    return metrics;
  }

  /** One metric of the contract. A histogram is also exposed as NAME_bucket (label le), NAME_count and NAME_sum. */
  record Metric(String name, Set<String> labels, boolean histogram) {}

  /** The variables of deploy/compose/.env. */
  static Map<String, String> composeEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String raw : read("deploy/compose/.env").split("\n")) {
      String l = raw.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int eq = l.indexOf('=');
      if (eq < 1) {
        throw new IllegalStateException("deploy/compose/.env: not NAME=value: '" + l + "'");
      }
      env.put(l.substring(0, eq), l.substring(eq + 1));
    }
    return env;
  }

  /**
   * The fields of both index families, as family ({@code articles}, {@code alerts}) to {@code {alias, index_pattern,
   * fields: {dotted path: Elasticsearch type}}}, read from the sink's real index templates.
   */
  static JsonNode indexFields() {
    ObjectNode families = JSON.createObjectNode();
    for (String family : List.of("articles", "alerts", "editions")) {
      ObjectNode node = families.putObject(family);
      node.put("alias", family);
      node.put("index_pattern", family + "-*");
      flatten("", sinkTemplate(family).path("template").path("mappings").path("properties"),
          node.putObject("fields"));
    }
    return families;
  }

  /** The classpath resource of the sink's article index template. */
  static final String ARTICLES_TEMPLATE = "/org/inkstream/sink/articles-template.json";

  static JsonNode sinkArticlesTemplate() {
    return sinkTemplate("articles");
  }

  /**
   * The sink's index template of {@code family} ({@code articles} or {@code alerts}) with its {@code ${...}}
   * placeholders filled the way the sink fills them (JSON literals), with the defaults of a single-node stack.
   */
  static JsonNode sinkTemplate(String family) {
    String resource = "/org/inkstream/sink/" + family + "-template.json";
    String text;
    try (InputStream in = DeployFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath (module sink)");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> values = Map.of("pattern", "\"" + family + "-*\"", "alias", "\"" + family + "\"",
        "replicas", "0", "refresh_interval", "\"1s\"", "analyzer", "\"standard\"");
    Matcher m = Pattern.compile("\\$\\{([a-z_]+)}").matcher(text);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(resource + " has a new placeholder ${" + m.group(1)
            + "}: give it a value in DeployFiles.sinkTemplate");
      }
      m.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    m.appendTail(filled);
    try {
      return JSON.readTree(filled.toString());
    } catch (IOException e) {
      throw new AssertionError(resource + " is not JSON once filled: " + e.getMessage(), e);
    }
  }

  /** Mapping properties to dotted paths and types: objects as "object" (or "nested"), multi-fields as path.sub. */
  private static void flatten(String prefix, JsonNode properties, ObjectNode into) {
    properties.fields().forEachRemaining(e -> {
      String path = prefix + e.getKey();
      JsonNode mapping = e.getValue();
      into.put(path, mapping.path("type").asText("object"));
      mapping.path("fields").fields().forEachRemaining(sub ->
          into.put(path + "." + sub.getKey(), sub.getValue().path("type").asText()));
      if (mapping.has("properties")) {
        flatten(path + ".", mapping.path("properties"), into);
      }
    });
  }

  private static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (String raw : text.split("\n")) {
      String l = raw.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        names.add(l);
      }
    }
    return names;
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("deploy/env-contract.txt"))) {
        return d;
      }
    }
    throw new IllegalStateException("no deploy/env-contract.txt in " + dir + " or above: run from the repository");
  }
}
