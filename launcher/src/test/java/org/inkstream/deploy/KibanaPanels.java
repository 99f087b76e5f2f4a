package org.inkstream.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the panels of a Kibana dashboard export (deploy/kibana/inkstream.ndjson) into the Elasticsearch searches they
 * stand for, so that a test can run them on a real index of seed articles and check that every panel has data.
 *
 * <p>What it translates, and how (anything else is an {@link IllegalArgumentException} naming the panel):
 *
 * <ul>
 *   <li>A Lens panel (by value, form-based data source, one layer): its bucket columns become nested aggregations in
 *       column order ({@code terms}; {@code date_histogram} with {@code interval: auto} as a calendar day, the
 *       granularity of edition dates), its metric columns sub-aggregations of the innermost bucket ({@code count} is
 *       the bucket's doc_count; {@code unique_count}, {@code max}, {@code min}, {@code sum}, {@code average}).
 *       Aggregation names are the Lens column ids. The panel's query and filters must be empty: KQL is not
 *       translated.
 *   <li>A saved-search panel: a search of its data view sorted like the saved search, returning its columns.
 * </ul>
 *
 * Kibana adds the dashboard's time range as a filter; these searches do not, so that seed articles of any date count.
 *
 * <p>To check a dashboard on real data: for each {@link PanelSearch}, {@code POST /{index}/_search} its body and
 * expect {@link #resultSize} above zero.
 */
final class KibanaPanels {

  /** Documents a saved-search panel asks for. */
  static final int SEARCH_SIZE = 50;

  /**
   * One panel as a search.
   *
   * @param panel the panel id on the dashboard (panelIndex)
   * @param title the panel's title
   * @param index the data view's index pattern, for example {@code articles*}
   * @param body the search body: {@code size 0} and {@code aggs} for Lens panels, hits for saved searches
   */
  record PanelSearch(String panel, String title, String index, ObjectNode body) {}

  private KibanaPanels() {}

  /** The saved objects of an NDJSON export, by id, in file order. */
  static Map<String, JsonNode> readExport(Path ndjson) {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(ndjson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode o = DeployFiles.JSON.readTree(lines.get(i));
        objects.put(o.path("id").asText(), o);
      } catch (IOException e) {
        throw new IllegalArgumentException(ndjson.getFileName() + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
      }
    }
    return objects;
  }

  /** Every panel of {@code dashboard} as a search; references resolve against {@code objects} (by id). */
  static List<PanelSearch> searches(JsonNode dashboard, Map<String, JsonNode> objects) {
    List<PanelSearch> searches = new ArrayList<>();
    for (JsonNode panel : panels(dashboard)) {
      String id = panel.path("panelIndex").asText();
      switch (panel.path("type").asText()) {
        case "lens" -> {
          JsonNode attributes = panel.path("embeddableConfig").path("attributes");
          if (attributes.isMissingNode()) {
            throw new IllegalArgumentException("panel " + id + " is a Lens panel by reference: only by-value panels "
                + "(embeddableConfig.attributes) are translated");
          }
          searches.add(lensSearch(id, attributes, objects));
        }
        case "search" -> searches.add(savedSearch(id, referenced(dashboard, id + ":" + panel.path("panelRefName")
            .asText(), objects), objects));
        default -> throw new IllegalArgumentException("panel " + id + " has type '" + panel.path("type").asText()
            + "', which is not translated (lens, search)");
      }
    }
    return searches;
  }

  /** The panels of a dashboard saved object (its panelsJSON string, parsed). */
  static List<JsonNode> panels(JsonNode dashboard) {
    try {
      List<JsonNode> panels = new ArrayList<>();
      DeployFiles.JSON.readTree(dashboard.path("attributes").path("panelsJSON").asText()).forEach(panels::add);
      return panels;
    } catch (IOException e) {
      throw new IllegalArgumentException("panelsJSON of dashboard " + dashboard.path("id").asText()
          + " is not JSON: " + e.getMessage(), e);
    }
  }

  /** A Lens panel's attributes (title, state, references) as an aggregation search. */
  static PanelSearch lensSearch(String panel, JsonNode attributes, Map<String, JsonNode> objects) {
    String title = attributes.path("title").asText();
    JsonNode state = attributes.path("state");
    if (!state.path("query").path("query").asText().isEmpty() || state.path("filters").size() > 0) {
      throw new IllegalArgumentException("panel " + panel + " has a query or filters: KQL is not translated");
    }
    JsonNode layers = state.path("datasourceStates").path("formBased").path("layers");
    if (layers.size() != 1) {
      throw new IllegalArgumentException("panel " + panel + " has " + layers.size() + " form-based layers, not 1");
    }
    String layerId = layers.fieldNames().next();
    JsonNode dataView = objects.get(referenceId(attributes.path("references"),
        "indexpattern-datasource-layer-" + layerId, panel));
    if (dataView == null) {
      throw new IllegalArgumentException("panel " + panel + " uses a data view that is not in the export");
    }
    ObjectNode body = DeployFiles.JSON.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = aggregations(panel, layers.get(layerId));
    if (!aggs.isEmpty()) {
      body.set("aggs", aggs);
    }
    return new PanelSearch(panel, title, dataView.path("attributes").path("title").asText(), body);
  }

  /**
   * The aggregations of one Lens layer ({@code columns} and {@code columnOrder}): bucket columns nested in order,
   * metric columns inside the innermost bucket. Empty when the layer only counts records.
   */
  static ObjectNode aggregations(String panel, JsonNode layer) {
    JsonNode columns = layer.path("columns");
    List<String> buckets = new ArrayList<>();
    List<String> metrics = new ArrayList<>();
    for (JsonNode idNode : layer.path("columnOrder")) {
      String id = idNode.asText();
      JsonNode column = columns.path(id);
      if (column.isMissingNode()) {
        throw new IllegalArgumentException("panel " + panel + ": columnOrder names missing column " + id);
      }
      (column.path("isBucketed").asBoolean() ? buckets : metrics).add(id);
    }
    ObjectNode metricAggs = DeployFiles.JSON.createObjectNode();
    for (String id : metrics) {
      JsonNode column = columns.get(id);
      String op = column.path("operationType").asText();
      String esType = switch (op) {
        case "count" -> null; // the bucket's doc_count
        case "unique_count" -> "cardinality";
        case "max", "min", "sum" -> op;
        case "average" -> "avg";
        default -> throw new IllegalArgumentException("panel " + panel + " column " + id + ": metric operation '" + op
            + "' is not translated");
      };
      if (esType != null) {
        metricAggs.putObject(id).putObject(esType).put("field", column.path("sourceField").asText());
      }
    }
    ObjectNode inner = metricAggs;
    for (int i = buckets.size() - 1; i >= 0; i--) {
      String id = buckets.get(i);
      ObjectNode agg = bucketAggregation(panel, id, columns.get(id), columns);
      if (!inner.isEmpty()) {
        agg.set("aggs", inner);
      }
      ObjectNode level = DeployFiles.JSON.createObjectNode();
      level.set(id, agg);
      inner = level;
    }
    return inner;
  }

  /** A saved search (type "search") as a search for its newest documents with its columns. */
  static PanelSearch savedSearch(String panel, JsonNode search, Map<String, JsonNode> objects) {
    JsonNode attributes = search.path("attributes");
    JsonNode dataView = objects.get(referenceId(search.path("references"),
        "kibanaSavedObjectMeta.searchSourceJSON.index", panel));
    if (dataView == null) {
      throw new IllegalArgumentException("panel " + panel + " uses a data view that is not in the export");
    }
    ObjectNode body = DeployFiles.JSON.createObjectNode();
    body.put("size", SEARCH_SIZE);
    ArrayNode sort = body.putArray("sort");
    for (JsonNode s : attributes.path("sort")) {
      sort.addObject().putObject(s.get(0).asText()).put("order", s.get(1).asText());
    }
    ArrayNode source = body.putArray("_source");
    attributes.path("columns").forEach(source::add);
    return new PanelSearch(panel, attributes.path("title").asText(), dataView.path("attributes").path("title").asText(),
        body);
  }

  /**
   * How much a panel would show, from the Elasticsearch response to its {@link PanelSearch#body()}: the buckets of the
   * outermost aggregation, else (a metric panel that only counts) the total hits, else (a saved search) the hits
   * returned. Zero means an empty panel.
   */
  static long resultSize(PanelSearch search, JsonNode response) {
    JsonNode aggs = search.body().path("aggs");
    if (aggs.size() > 0) {
      String outer = aggs.fieldNames().next();
      JsonNode result = response.path("aggregations").path(outer);
      if (result.isMissingNode()) {
        throw new IllegalArgumentException("the response to panel " + search.panel() + " has no aggregation " + outer);
      }
      // Bucket aggregations answer buckets; a metric answers a value (null on no documents).
      return result.has("buckets") ? result.path("buckets").size() : result.path("value").isNull() ? 0 : 1;
    }
    if (search.body().path("size").asInt() == 0) {
      return response.path("hits").path("total").path("value").asLong();
    }
    return response.path("hits").path("hits").size();
  }

  private static ObjectNode bucketAggregation(String panel, String id, JsonNode column, JsonNode columns) {
    String op = column.path("operationType").asText();
    String field = column.path("sourceField").asText();
    JsonNode params = column.path("params");
    ObjectNode agg = DeployFiles.JSON.createObjectNode();
    switch (op) {
      case "terms" -> {
        ObjectNode terms = agg.putObject("terms");
        terms.put("field", field);
        terms.put("size", params.path("size").asInt(5));
        String direction = params.path("orderDirection").asText("desc");
        JsonNode orderBy = params.path("orderBy");
        switch (orderBy.path("type").asText("column")) {
          case "alphabetical" -> terms.putObject("order").put("_key", direction);
          case "column" -> {
            String by = orderBy.path("columnId").asText();
            boolean byCount = columns.path(by).path("operationType").asText().equals("count");
            terms.putObject("order").put(byCount ? "_count" : by, direction);
          }
          default -> throw new IllegalArgumentException("panel " + panel + " column " + id + ": terms order '"
              + orderBy.path("type").asText() + "' is not translated");
        }
      }
      case "date_histogram" -> {
        ObjectNode histogram = agg.putObject("date_histogram");
        histogram.put("field", field);
        String interval = params.path("interval").asText("auto");
        // Kibana resolves "auto" from the time range; a day is the granularity of edition dates.
        String calendar = switch (interval) {
          case "auto", "d", "1d" -> "1d";
          case "w", "1w" -> "1w";
          case "M", "1M" -> "1M";
          case "y", "1y" -> "1y";
          default -> null;
        };
        if (calendar != null) {
          histogram.put("calendar_interval", calendar);
        } else {
          histogram.put("fixed_interval", interval);
        }
        histogram.put("min_doc_count", 1);
      }
      default -> throw new IllegalArgumentException("panel " + panel + " column " + id + ": bucket operation '" + op
          + "' is not translated");
    }
    return agg;
  }

  private static JsonNode referenced(JsonNode dashboard, String name, Map<String, JsonNode> objects) {
    String id = referenceId(dashboard.path("references"), name, dashboard.path("id").asText());
    JsonNode o = objects.get(id);
    if (o == null) {
      throw new IllegalArgumentException("dashboard reference " + name + " points to " + id
          + ", which is not in the export");
    }
    return o;
  }

  private static String referenceId(JsonNode references, String name, String owner) {
    for (JsonNode r : references) {
      if (r.path("name").asText().equals(name)) {
        return r.path("id").asText();
      }
    }
    throw new IllegalArgumentException(owner + " has no reference named " + name);
  }
}
