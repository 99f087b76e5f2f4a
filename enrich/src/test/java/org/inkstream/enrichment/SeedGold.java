package org.inkstream.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Byline;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;

/**
 * The seed pages and their gold items, turned into articles the way a perfect splitter would: the gold title lines
 * become the headline, the other lines the text, the gold byline the byline. Enrichment can so be measured without
 * depending on the splitter's quality.
 */
final class SeedGold {

  /** Where the seeds live: {@code -Dinkstream.seeds=...}, else the shared folder beside the work trees. */
  static final Path SEEDS = Path.of(System.getProperty("inkstream.seeds", "../seeds"));

  /** One gold item as an article, with the gold type and topics (primary first). */
  record Item(Page page, String goldId, Article article, ArticleType goldType, List<String> goldTopics) {}

  private SeedGold() {}

  static boolean available() {
    return Files.isDirectory(SEEDS.resolve("gold"));
  }

  static List<Path> pageFiles() {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Page page(Path file) {
    try {
      String name = file.getFileName().toString();
      return Page.of(name.substring(0, name.length() - 4), name, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Item> items() {
    List<Item> items = new ArrayList<>();
    for (Path file : pageFiles()) {
      items.addAll(items(file));
    }
    return items;
  }

  static List<Item> items(Path file) {
    Page page = page(file);
    String[] lines = page.text().split("\n", -1);
    String name = file.getFileName().toString();
    JsonNode gold = read(SEEDS.resolve("gold").resolve(name.replace(".txt", ".json")));
    List<Item> items = new ArrayList<>();
    for (JsonNode item : gold.get("items")) {
      items.add(item(page, lines, item, items.size() + 1));
    }
    return items;
  }

  private static Item item(Page page, String[] lines, JsonNode item, int ordinal) {
    List<Integer> title = new ArrayList<>();
    JsonNode titleLines = item.path("title_lines");
    if (titleLines.size() == 2) {
      for (int l = titleLines.get(0).asInt(); l <= titleLines.get(1).asInt(); l++) {
        title.add(l);
      }
    } else if (titleLines.size() == 1) {
      title.add(titleLines.get(0).asInt());
    }
    List<Integer> all = new ArrayList<>();
    StringBuilder headline = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (JsonNode range : item.get("lines")) {
      for (int l = range.get(0).asInt(); l <= range.get(1).asInt(); l++) {
        String line = lines[l - 1].strip();
        if (line.isEmpty()) {
          continue;
        }
        all.add(l);
        (title.contains(l) ? headline : text).append(line).append('\n');
      }
    }
    List<String> topics = new ArrayList<>();
    item.path("topics").forEach(t -> topics.add(t.asText()));
    ArticleType type = ArticleType.fromKey(item.get("type").asText());
    Article article = Article.builder()
        .id(Article.idOf(page.id(), ordinal)).pageId(page.id()).ordinal(ordinal)
        .type(ArticleType.NEWS)
        .headline(headline.toString().strip())
        .text(text.toString().strip())
        .byline(new Byline(names(item, "reporters"), names(item, "correspondents"), List.of(), List.of()))
        .provenance(new Provenance(page.file(), LineRange.coalesce(all)))
        .build();
    return new Item(page, item.get("id").asText(), article, type, List.copyOf(topics));
  }

  private static List<String> names(JsonNode item, String field) {
    List<String> names = new ArrayList<>();
    item.path(field).forEach(n -> names.add(n.asText()));
    return names;
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
