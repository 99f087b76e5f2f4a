package org.inkstream.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads alert rules from YAML, the format a monitoring team edits by hand ({@code deploy/rules.example.yaml}):
 *
 * <pre>
 * rules:
 *   - id: flood-control
 *     name: 防汛抗旱
 *     query: '(防汛 OR 洪水 OR 汛情) AND NOT headline:演练'
 *     fields: [headline, text]   # optional: what an unprefixed term searches
 *     enabled: true              # optional, default true
 * </pre>
 *
 * <p>Unlike the wire JSON, a rule file is strict: an unknown key ({@code querry:}) is an error rather than a rule that
 * silently has no query. Each rule is validated on its own so that the error names it; queries are checked later, by
 * {@link RuleMatcher}. Both {@code inkstream rules test} and the commands that store rules read files through here.
 */
public final class RuleFile {

  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  /** The keys of a rule, in the order the documentation lists them. */
  private static final List<String> KEYS = List.of("id", "name", "query", "fields", "enabled");

  private RuleFile() {}

  /** The rules in {@code file}; {@link InvalidRuleException} when it does not hold valid rules. */
  public static List<AlertRule> read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /**
   * The rules in {@code yaml}; {@link InvalidRuleException} when it is not YAML, has no {@code rules} list, a rule is
   * invalid or two rules share an id.
   *
   * @param source names the text in error messages (a file name)
   */
  public static List<AlertRule> parse(String yaml, String source) {
    JsonNode root = tree(yaml, source);
    JsonNode list = root == null ? null : root.get("rules");
    if (list != null && list.isNull()) {
      return List.of(); // 'rules:' with every rule commented out
    }
    if (list == null || !list.isArray()) {
      throw new InvalidRuleException(null, source + ": expected a top-level 'rules:' list of rules");
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("rules")) {
        throw new InvalidRuleException(null, source + ": unknown top-level key '" + key + "'; only 'rules' is allowed");
      }
    }
    List<AlertRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      AlertRule rule = rule(list.get(i), i + 1, source);
      if (!ids.add(rule.id())) {
        throw new InvalidRuleException(rule.id(), source + ": rule " + (i + 1) + ": id '" + rule.id()
            + "' is already used by an earlier rule");
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }

  private static JsonNode tree(String yaml, String source) {
    try {
      JsonNode root = YAML.readTree(yaml);
      return root == null || root.isMissingNode() || !root.isObject() ? null : root;
    } catch (JsonProcessingException e) {
      throw new InvalidRuleException(null, source + ": not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    }
  }

  private static AlertRule rule(JsonNode node, int number, String source) {
    JsonNode idNode = node.get("id");
    String id = idNode == null || !idNode.isTextual() ? null : idNode.asText();
    String where = source + ": rule " + number + (id == null ? "" : " ('" + id + "')") + ": ";
    if (!node.isObject()) {
      throw new InvalidRuleException(id, where + "expected a mapping with id, name, query, was " + node);
    }
    // Checked before binding: the record would otherwise complain first about the query a misspelt key left out.
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KEYS.contains(key)) {
        throw new InvalidRuleException(id, where + "unknown key '" + key + "'; known keys: " + String.join(", ", KEYS));
      }
    }
    try {
      return YAML.treeToValue(node, AlertRule.class);
    } catch (JsonProcessingException e) {
      // A record that refuses its values says why in an IllegalArgumentException; Jackson wraps it.
      Throwable reason = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      String message = reason == e ? e.getOriginalMessage() : reason.getMessage();
      throw new InvalidRuleException(id, where + message, e);
    }
  }
}
