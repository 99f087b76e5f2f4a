package org.inkstream.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inkstream.core.Json;

/**
 * The real article text pages are rendered from: every {@code *.jsonl} file under a folder, one {@link SourceArticle}
 * a line ({@code {"source", "id", "title", "paragraphs": [...], "label"}}), divided into train, dev and test parts by
 * {@link Split#of}. {@code docs/data.md} says which public corpora fill the folder and how.
 */
public final class SourceCorpus {

  /** Articles shorter than this make pages of nothing but headlines. */
  private static final int MIN_CHARS = 60;

  private final Map<Split, List<SourceArticle>> parts;

  private SourceCorpus(Map<Split, List<SourceArticle>> parts) {
    this.parts = parts;
  }

  public static SourceCorpus of(List<SourceArticle> articles) {
    Map<Split, List<SourceArticle>> parts = new EnumMap<>(Split.class);
    for (Split split : Split.values()) {
      parts.put(split, new ArrayList<>());
    }
    for (SourceArticle article : articles) {
      if (article.length() >= MIN_CHARS && article.printable()) {
        parts.get(Split.of(article)).add(article);
      }
    }
    parts.replaceAll((split, list) -> List.copyOf(list));
    return new SourceCorpus(parts);
  }

  /**
   * Reads every {@code .jsonl} file under {@code folder} (or the one file it names).
   *
   * @throws IllegalArgumentException when a line is not an article, naming the file and line
   */
  public static SourceCorpus read(Path folder) {
    List<SourceArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.isDirectory(folder) ? Files.walk(folder) : Stream.of(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        readFile(file, articles);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the article corpus under " + folder, e);
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles (*.jsonl) under " + folder + "; docs/data.md says how to get them");
    }
    return of(articles);
  }

  private static void readFile(Path file, List<SourceArticle> into) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          SourceArticle article = article(Json.mapper().readTree(line), file, number);
          if (article != null) {
            into.add(article);
          }
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + number + " is not an article: " + e.getMessage(), e);
        }
      }
    }
  }

  /** The article on one line, or null when none of its text would be printed. */
  private static SourceArticle article(JsonNode node, Path file, int number) {
    List<String> paragraphs = new ArrayList<>();
    node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
    if (SourceArticle.clean(paragraphs).isEmpty()) {
      return null; // nothing printable: web furniture only
    }
    String source = node.hasNonNull("source") ? node.get("source").asText() : file.getFileName().toString();
    String id = node.hasNonNull("id") ? node.get("id").asText() : String.valueOf(number);
    String title = node.hasNonNull("title") ? node.get("title").asText() : null;
    String label = node.hasNonNull("label") ? node.get("label").asText() : null;
    return new SourceArticle(source, id, title, paragraphs, label);
  }

  public List<SourceArticle> part(Split split) {
    return parts.get(split);
  }

  public int size() {
    return parts.values().stream().mapToInt(List::size).sum();
  }
}
