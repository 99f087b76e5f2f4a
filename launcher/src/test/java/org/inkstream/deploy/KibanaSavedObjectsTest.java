package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kibana saved objects (deploy/kibana/inkstream.ndjson) and alerting rules (deploy/kibana/rules): the export
 * parses line by line, references resolve, and every field a data view, panel or rule uses exists in the index
 * fields (test resource index-fields.json) with the type its use needs.
 */
class KibanaSavedObjectsTest {

  private static final String NDJSON = "deploy/kibana/inkstream.ndjson";

  /** The field types each Lens operation accepts. */
  private static final Map<String, Set<String>> OPERATION_TYPES = Map.of(
      "terms", Set.of("keyword", "integer", "long", "float", "boolean"),
      "date_histogram", Set.of("date"),
      "unique_count", Set.of("keyword", "integer", "long", "float", "date", "boolean"),
      "max", Set.of("integer", "long", "float", "date"),
      "min", Set.of("integer", "long", "float", "date"),
      "sum", Set.of("integer", "long", "float"),
      "average", Set.of("integer", "long", "float"));

  private static final Map<String, JsonNode> EXPORT = KibanaPanels.readExport(DeployFiles.path(NDJSON));
  private static final JsonNode FIELDS = DeployFiles.indexFields();

  @Test
  void everyLineIsOneSavedObjectOfTheCurrentFormat() throws IOException {
    List<String> lines = Files.readAllLines(DeployFiles.path(NDJSON), StandardCharsets.UTF_8);
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode o = DeployFiles.JSON.readTree(lines.get(i));
      String where = NDJSON + " line " + (i + 1);
      assertThat(o.isObject()).as(where).isTrue();
      assertThat(o.path("type").asText()).as("type at " + where).isIn("index-pattern", "search", "dashboard", "lens");
      assertThat(ids.add(o.path("id").asText())).as("unique id at " + where).isTrue();
      assertThat(o.path("coreMigrationVersion").asText()).as("coreMigrationVersion at " + where).startsWith("8.");
      assertThat(o.path("typeMigrationVersion").asText()).as("typeMigrationVersion at " + where).isNotBlank();
      assertThat(o.path("attributes").path("title").asText()).as("title at " + where).isNotBlank();
    }
    assertThat(ids).contains("inkstream-articles", "inkstream-alerts", "inkstream-editions", "inkstream-newsroom");
  }

  @Test
  void dataViewsCoverBothIndexFamiliesWithADateTimeField() {
    Map<String, String> expected = Map.of("inkstream-articles", "articles", "inkstream-alerts", "alerts",
        "inkstream-editions", "editions");
    expected.forEach((id, family) -> {
      JsonNode attributes = EXPORT.get(id).path("attributes");
      assertThat(EXPORT.get(id).path("type").asText()).isEqualTo("index-pattern");
      assertThat(attributes.path("title").asText()).isEqualTo(FIELDS.path(family).path("alias").asText() + "*");
      assertThat(fieldType(family, attributes.path("timeFieldName").asText())).as("time field of " + id)
          .isEqualTo("date");
      // The one field every document has (edition date, else arrival): no document falls out of a time filter.
      assertThat(attributes.path("timeFieldName").asText()).as("time field of " + id).isEqualTo("published_at");
      for (String attribute : List.of("fieldFormatMap", "fieldAttrs")) {
        parse(attributes.path(attribute).asText()).fieldNames().forEachRemaining(field ->
            assertThat(fieldType(family, field)).as(attribute + " of " + id + " names field " + field).isNotNull());
      }
    });
  }

  @Test
  void pageLinksAreUrlFormattersThatOpenThePage() {
    for (String id : List.of("inkstream-articles", "inkstream-alerts")) {
      JsonNode format = parse(EXPORT.get(id).path("attributes").path("fieldFormatMap").asText()).path("page_id");
      assertThat(format.path("id").asText()).as("page_id formatter of " + id).isEqualTo("url");
      assertThat(format.path("params").path("urlTemplate").asText()).as("link of " + id)
          .contains("{{value}}").contains("page_id");
    }
  }

  @Test
  void everyDashboardReferenceResolves() {
    for (JsonNode o : EXPORT.values()) {
      for (JsonNode r : o.path("references")) {
        JsonNode target = EXPORT.get(r.path("id").asText());
        assertThat(target).as(o.path("id").asText() + " references " + r).isNotNull();
        assertThat(target.path("type").asText()).as("type of reference " + r).isEqualTo(r.path("type").asText());
      }
    }
    // By-value Lens panels carry their references; the dashboard repeats them prefixed with the panel id.
    JsonNode dashboard = EXPORT.get("inkstream-newsroom");
    Set<String> names = new LinkedHashSet<>();
    dashboard.path("references").forEach(r -> names.add(r.path("name").asText()));
    for (JsonNode panel : KibanaPanels.panels(dashboard)) {
      String id = panel.path("panelIndex").asText();
      if (panel.has("panelRefName")) {
        assertThat(names).contains(id + ":" + panel.path("panelRefName").asText());
      }
      panel.path("embeddableConfig").path("attributes").path("references")
          .forEach(r -> assertThat(names).contains(id + ":" + r.path("name").asText()));
    }
  }

  @Test
  void panelsTileTheGridWithoutOverlapping() {
    List<JsonNode> panels = KibanaPanels.panels(EXPORT.get("inkstream-newsroom"));
    for (int i = 0; i < panels.size(); i++) {
      JsonNode a = panels.get(i).path("gridData");
      assertThat(a.path("x").asInt() + a.path("w").asInt()).as("width of " + a).isLessThanOrEqualTo(48);
      assertThat(a.path("i").asText()).isEqualTo(panels.get(i).path("panelIndex").asText());
      for (int j = i + 1; j < panels.size(); j++) {
        JsonNode b = panels.get(j).path("gridData");
        boolean apart = a.path("x").asInt() + a.path("w").asInt() <= b.path("x").asInt()
            || b.path("x").asInt() + b.path("w").asInt() <= a.path("x").asInt()
            || a.path("y").asInt() + a.path("h").asInt() <= b.path("y").asInt()
            || b.path("y").asInt() + b.path("h").asInt() <= a.path("y").asInt();
        assertThat(apart).as("panels " + a.path("i").asText() + " and " + b.path("i").asText() + " overlap").isTrue();
      }
    }
  }

  @Test
  void everyLensColumnUsesAnExistingFieldOfTheRightType() {
    for (JsonNode panel : KibanaPanels.panels(EXPORT.get("inkstream-newsroom"))) {
      JsonNode attributes = panel.path("embeddableConfig").path("attributes");
      if (!panel.path("type").asText().equals("lens")) {
        continue;
      }
      String title = attributes.path("title").asText();
      attributes.path("state").path("datasourceStates").path("formBased").path("layers").fields().forEachRemaining(l -> {
        String family = familyOfLayer(attributes, l.getKey());
        l.getValue().path("columns").fields().forEachRemaining(c -> {
          JsonNode column = c.getValue();
          String op = column.path("operationType").asText();
          String field = column.path("sourceField").asText();
          String what = "panel '" + title + "' column " + c.getKey() + " (" + op + " on " + field + ")";
          if (op.equals("count")) {
            assertThat(field).as(what).isEqualTo("___records___");
            return;
          }
          assertThat(OPERATION_TYPES).as(what + ": operation not checked by this test").containsKey(op);
          assertThat(fieldType(family, field)).as(what + ": field type in " + family)
              .isIn(OPERATION_TYPES.get(op));
          assertThat(insideNested(family, field)).as(what + ": Lens cannot aggregate inside a nested field").isFalse();
        });
      });
    }
  }

  @Test
  void everyLensVisualizationDrawsExactlyTheColumnsOfItsLayer() {
    for (JsonNode panel : KibanaPanels.panels(EXPORT.get("inkstream-newsroom"))) {
      JsonNode attributes = panel.path("embeddableConfig").path("attributes");
      if (!panel.path("type").asText().equals("lens")) {
        continue;
      }
      String title = attributes.path("title").asText();
      JsonNode visualization = attributes.path("state").path("visualization");
      // XY charts list layers; metric and pie visualizations are one layer themselves.
      List<JsonNode> visLayers = new ArrayList<>();
      if (visualization.has("layers")) {
        visualization.path("layers").forEach(visLayers::add);
      } else {
        visLayers.add(visualization);
      }
      JsonNode layers = attributes.path("state").path("datasourceStates").path("formBased").path("layers");
      assertThat(visLayers).as("layers of '" + title + "'").hasSize(layers.size());
      for (JsonNode visLayer : visLayers) {
        JsonNode layer = layers.path(visLayer.path("layerId").asText());
        assertThat(layer.isMissingNode()).as("data layer of '" + title + "'").isFalse();
        Set<String> drawn = new LinkedHashSet<>();
        for (String key : List.of("xAccessor", "splitAccessor", "metricAccessor")) {
          if (visLayer.has(key)) {
            drawn.add(visLayer.path(key).asText());
          }
        }
        visLayer.path("accessors").forEach(a -> drawn.add(a.asText()));
        Set<String> columns = new LinkedHashSet<>();
        layer.path("columnOrder").forEach(c -> columns.add(c.asText()));
        assertThat(drawn).as("columns drawn by '" + title + "'").containsExactlyInAnyOrderElementsOf(columns);
        assertThat(columns).as("columnOrder of '" + title + "'")
            .containsExactlyInAnyOrderElementsOf(() -> layer.path("columns").fieldNames());
      }
    }
  }

  @Test
  void theNewsroomShowsWhatTheBriefAsksFor() {
    List<String> aggregated = new ArrayList<>();
    for (JsonNode panel : KibanaPanels.panels(EXPORT.get("inkstream-newsroom"))) {
      panel.path("embeddableConfig").path("attributes").path("state").path("datasourceStates").path("formBased")
          .path("layers").forEach(layer -> {
            StringBuilder signature = new StringBuilder();
            layer.path("columnOrder").forEach(id -> signature.append(layer.path("columns").path(id.asText())
                .path("operationType").asText()).append(':').append(layer.path("columns").path(id.asText())
                .path("sourceField").asText()).append(' '));
            aggregated.add(signature.toString().strip());
          });
    }
    assertThat(aggregated).as("articles over time by paper, topic and type").contains(
        "date_histogram:published_at terms:paper count:___records___",
        "date_histogram:published_at terms:topic count:___records___",
        "date_histogram:published_at terms:type count:___records___");
    assertThat(aggregated).as("editions: today's by paper and status, missing pages, arrival against due time").contains(
        "terms:paper terms:status count:___records___",
        "terms:paper terms:missing_pages count:___records___",
        "date_histogram:published_at terms:paper average:arrival_delay_minutes");
    assertThat(aggregated).as("top entities and keywords").contains(
        "terms:entities.persons count:___records___", "terms:entities.places count:___records___",
        "terms:entities.organizations count:___records___", "terms:keywords count:___records___");
    assertThat(aggregated).as("new alerts").contains("date_histogram:timestamp terms:rule_name count:___records___");

    JsonNode latest = EXPORT.get("inkstream-latest-articles").path("attributes");
    assertThat(latest.path("columns")).extracting(JsonNode::asText)
        .contains("headline", "paper", "page_number", "page_id");
  }

  @Test
  void savedSearchColumnsAndSortFieldsExist() {
    for (JsonNode o : EXPORT.values()) {
      if (!o.path("type").asText().equals("search")) {
        continue;
      }
      String family = familyOf(EXPORT.get(o.path("references").get(0).path("id").asText()));
      o.path("attributes").path("columns").forEach(c ->
          assertThat(fieldType(family, c.asText())).as("column " + c + " of " + o.path("id").asText()).isNotNull());
      o.path("attributes").path("sort").forEach(s ->
          assertThat(fieldType(family, s.get(0).asText())).as("sort of " + o.path("id").asText()).isEqualTo("date"));
      assertThat(parse(o.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON").asText())
          .path("indexRefName").asText()).isEqualTo(o.path("references").get(0).path("name").asText());
    }
  }

  @Test
  void alertingRulesAreEsQueryRulesOnExistingTextFields() throws IOException {
    List<Path> rules;
    try (Stream<Path> s = Files.list(DeployFiles.path("deploy/kibana/rules"))) {
      rules = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(rules).as("rule files").hasSizeGreaterThanOrEqualTo(2);
    Set<String> terms = new LinkedHashSet<>();
    for (Path file : rules) {
      String what = "rule " + file.getFileName();
      JsonNode rule = DeployFiles.JSON.readTree(file.toFile());
      assertThat(rule.path("rule_type_id").asText()).as(what).isEqualTo(".es-query");
      assertThat(rule.path("consumer").asText()).as(what).isEqualTo("stackAlerts");
      assertThat(rule.path("name").asText()).as(what).isNotBlank();
      assertThat(rule.path("schedule").path("interval").asText()).as(what).matches("\\d+[smh]");
      JsonNode params = rule.path("params");
      assertThat(params.path("searchType").asText()).as(what).isEqualTo("esQuery");
      assertThat(params.path("index")).extracting(JsonNode::asText).as(what).containsExactly("articles");
      assertThat(fieldType("articles", params.path("timeField").asText())).as("time field of " + what)
          .isEqualTo("date");
      assertThat(params.path("threshold").isArray()).as(what).isTrue();
      assertThat(params.path("thresholdComparator").asText()).as(what).isNotBlank();
      assertThat(params.path("timeWindowSize").asInt()).as(what).isPositive();
      assertThat(params.path("timeWindowUnit").asText()).as(what).isIn("s", "m", "h", "d");

      JsonNode query = DeployFiles.JSON.readTree(params.path("esQuery").asText());
      assertThat(query.has("query")).as("esQuery of " + what).isTrue();
      List<JsonNode> phrases = query.findValues("multi_match");
      assertThat(phrases).as("keyword phrases of " + what).isNotEmpty();
      for (JsonNode m : phrases) {
        terms.add(m.path("query").asText());
        assertThat(m.path("type").asText()).as(what).isEqualTo("phrase");
        m.path("fields").forEach(f -> assertThat(fieldType("articles", f.asText().replaceAll("\\^.*", "")))
            .as("field " + f + " of " + what).isEqualTo("text"));
      }
    }
    assertThat(terms).as("example keyword topics").contains("防汛", "食品安全");
  }

  // --- fixtures -------------------------------------------------------------------------------------------------------

  /** The type of a field in the index fixture, or null. */
  private static String fieldType(String family, String field) {
    JsonNode t = FIELDS.path(family).path("fields").path(field);
    return t.isMissingNode() ? null : t.asText();
  }

  private static boolean insideNested(String family, String field) {
    for (int dot = field.indexOf('.'); dot > 0; dot = field.indexOf('.', dot + 1)) {
      if ("nested".equals(fieldType(family, field.substring(0, dot)))) {
        return true;
      }
    }
    return false;
  }

  private static String familyOfLayer(JsonNode lensAttributes, String layerId) {
    for (JsonNode r : lensAttributes.path("references")) {
      if (r.path("name").asText().equals("indexpattern-datasource-layer-" + layerId)) {
        return familyOf(EXPORT.get(r.path("id").asText()));
      }
    }
    throw new AssertionError("layer " + layerId + " of '" + lensAttributes.path("title").asText() + "' has no data view");
  }

  /** articles, alerts or editions, from a data view's title (articles*, alerts*, editions*). */
  private static String familyOf(JsonNode dataView) {
    String title = dataView.path("attributes").path("title").asText();
    Map<String, String> byPattern = new LinkedHashMap<>();
    FIELDS.fields().forEachRemaining(e -> byPattern.put(e.getValue().path("alias").asText() + "*", e.getKey()));
    assertThat(byPattern).as("index family of data view " + title).containsKey(title);
    return byPattern.get(title);
  }

  private static JsonNode parse(String json) {
    try {
      return DeployFiles.JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
