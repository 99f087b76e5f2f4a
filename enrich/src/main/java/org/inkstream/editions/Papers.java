package org.inkstream.editions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The papers the team follows, read from the papers file ({@code deploy/papers.example.yaml}, format in
 * docs/editions.md):
 *
 * <pre>
 * time_zone: Asia/Shanghai        # optional, the default of every paper
 * papers:
 *   - name: 咸宁日报                # as the pages carry it
 *     appears: daily               # daily | weekdays | [mon, wed, fri]
 *     pages: 8                     # or per weekday: {default: 8, sat: 4}
 *     due: "06:00"                 # local time by which the edition is due
 *     grace: 90m                   # 45m, 2h, 1h30m: how long missing pages are waited for after due
 *     time_zone: Asia/Shanghai     # optional
 * </pre>
 *
 * <p>Strict, like the rule file: an unknown key, a missing field or a bad value fails at start-up with a message that
 * names the file, the paper and the field, rather than an edition silently never tracked. Values are parsed by the
 * JDK ({@link LocalTime#parse}, {@link Duration#parse}, {@link ZoneId#of}), not by hand.
 */
public final class Papers {

  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final Set<String> TOP_KEYS = Set.of("papers", "time_zone");
  private static final List<String> PAPER_KEYS = List.of("name", "appears", "pages", "due", "grace", "time_zone");
  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final Papers NONE = new Papers(List.of(), DEFAULT_ZONE);

  private final Map<String, Paper> byName;
  private final ZoneId defaultZone;

  private Papers(List<Paper> papers, ZoneId defaultZone) {
    Map<String, Paper> map = new LinkedHashMap<>();
    papers.forEach(p -> map.put(p.name(), p));
    this.byName = Map.copyOf(map);
    this.defaultZone = defaultZone;
  }

  /** No papers followed: every edition is unexpected, nothing is late. */
  public static Papers none() {
    return NONE;
  }

  public static Papers of(List<Paper> papers) {
    return new Papers(papers, DEFAULT_ZONE);
  }

  /** The papers of {@code file}; {@link InvalidPapersException} naming the paper and field when it is not valid. */
  public static Papers read(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidPapersException(file + ": no such papers file");
    } catch (IOException e) {
      throw new InvalidPapersException(file + ": cannot read the papers file: " + e.getMessage(), e);
    }
  }

  /** The papers in {@code yaml}; {@code source} names it in error messages. */
  public static Papers parse(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidPapersException(source + ": not YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidPapersException(source + ": expected a top-level 'papers:' list");
    }
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!TOP_KEYS.contains(key)) {
        throw new InvalidPapersException(source + ": unknown top-level key '" + key + "'; allowed: " + TOP_KEYS);
      }
    }
    ZoneId defaultZone = root.has("time_zone") ? zone(root.get("time_zone"), source + ": time_zone") : DEFAULT_ZONE;
    JsonNode list = root.get("papers");
    if (list == null || !list.isArray()) {
      throw new InvalidPapersException(source + ": expected a top-level 'papers:' list");
    }
    List<Paper> papers = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Paper paper = paper(list.get(i), i + 1, source, defaultZone);
      if (!names.add(paper.name())) {
        throw new InvalidPapersException(source + ": paper " + paper.name() + ": listed twice");
      }
      papers.add(paper);
    }
    return new Papers(papers, defaultZone);
  }

  public Optional<Paper> paper(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  public List<Paper> all() {
    return List.copyOf(byName.values());
  }

  /** The zone of papers the file does not list, and of pages without a paper. */
  public ZoneId defaultZone() {
    return defaultZone;
  }

  public ZoneId zoneOf(String name) {
    return paper(name).map(Paper::zone).orElse(defaultZone);
  }

  private static Paper paper(JsonNode node, int position, String source, ZoneId defaultZone) {
    String where = source + ": paper " + position;
    if (node == null || !node.isObject()) {
      throw new InvalidPapersException(where + ": expected name, appears, pages, due and grace");
    }
    JsonNode nameNode = node.get("name");
    if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
      throw new InvalidPapersException(where + ": field 'name' is missing: the paper's name as its pages carry it");
    }
    String name = nameNode.asText().strip();
    where = source + ": paper " + name;
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!PAPER_KEYS.contains(key)) {
        throw new InvalidPapersException(where + ": unknown field '" + key + "'; allowed: " + PAPER_KEYS);
      }
    }
    Set<DayOfWeek> appears = appears(required(node, "appears", where), where + ": field 'appears'");
    Map<DayOfWeek, Integer> pages = pages(required(node, "pages", where), appears, where + ": field 'pages'");
    LocalTime due = due(required(node, "due", where), where + ": field 'due'");
    Duration grace = grace(required(node, "grace", where), where + ": field 'grace'");
    ZoneId zone = node.has("time_zone") ? zone(node.get("time_zone"), where + ": field 'time_zone'") : defaultZone;
    return new Paper(name, appears, pages, due, grace, zone);
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidPapersException(where + ": field '" + field + "' is missing");
    }
    return value;
  }

  private static Set<DayOfWeek> appears(JsonNode node, String where) {
    if (node.isTextual()) {
      switch (node.asText().strip().toLowerCase(Locale.ROOT)) {
        case "daily":
          return EnumSet.allOf(DayOfWeek.class);
        case "weekdays":
          return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        default:
          throw new InvalidPapersException(where + ": '" + node.asText()
              + "' is not daily, weekdays or a list of weekdays ([mon, wed, fri])");
      }
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new InvalidPapersException(where + ": expected daily, weekdays or a list of weekdays ([mon, wed, fri])");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    node.forEach(day -> days.add(weekday(day.asText(), where)));
    return days;
  }

  private static Map<DayOfWeek, Integer> pages(JsonNode node, Set<DayOfWeek> appears, String where) {
    Map<DayOfWeek, Integer> pages = new EnumMap<>(DayOfWeek.class);
    if (node.isInt()) {
      appears.forEach(day -> pages.put(day, positive(node, where)));
      return pages;
    }
    if (!node.isObject()) {
      throw new InvalidPapersException(where + ": expected a number of pages or one per weekday ({default: 8, sat: 4}),"
          + " was '" + node.asText() + "'");
    }
    Integer fallback = node.has("default") ? positive(node.get("default"), where + ".default") : null;
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().equals("default")) {
        pages.put(weekday(field.getKey(), where), positive(field.getValue(), where + "." + field.getKey()));
      }
    }
    for (DayOfWeek day : appears) {
      if (!pages.containsKey(day)) {
        if (fallback == null) {
          throw new InvalidPapersException(where + ": no page count for " + day.toString().toLowerCase(Locale.ROOT)
              + ", a day the paper appears (add it or a 'default')");
        }
        pages.put(day, fallback);
      }
    }
    return pages;
  }

  private static int positive(JsonNode node, String where) {
    if (!node.isInt() || node.asInt() < 1) {
      throw new InvalidPapersException(where + ": expected a whole number of pages, at least 1, was '"
          + node.asText() + "'");
    }
    return node.asInt();
  }

  private static DayOfWeek weekday(String text, String where) {
    String day = text.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek candidate : DayOfWeek.values()) {
      if (candidate.name().equals(day) || candidate.name().substring(0, 3).equals(day)) {
        return candidate;
      }
    }
    throw new InvalidPapersException(where + ": '" + text + "' is not a weekday (mon, tue, wed, thu, fri, sat, sun)");
  }

  private static LocalTime due(JsonNode node, String where) {
    try {
      return LocalTime.parse(node.asText().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidPapersException(where + ": '" + node.asText() + "' is not a time of day (HH:MM, 24 hours)", e);
    }
  }

  /** {@code 90m}, {@code 2h}, {@code 1h30m}, {@code 0m}: the ISO-8601 duration without its {@code PT}. */
  private static Duration grace(JsonNode node, String where) {
    String text = node.asText().strip();
    try {
      Duration grace = Duration.parse("PT" + text.toUpperCase(Locale.ROOT));
      if (grace.isNegative()) {
        throw new InvalidPapersException(where + ": '" + text + "' is negative");
      }
      return grace;
    } catch (DateTimeParseException e) {
      throw new InvalidPapersException(where + ": '" + text + "' is not a duration (45m, 2h, 1h30m)", e);
    }
  }

  private static ZoneId zone(JsonNode node, String where) {
    try {
      return ZoneId.of(node.asText().strip());
    } catch (DateTimeException e) {
      throw new InvalidPapersException(where + ": '" + node.asText() + "' is not a time zone (Asia/Shanghai)", e);
    }
  }
}
