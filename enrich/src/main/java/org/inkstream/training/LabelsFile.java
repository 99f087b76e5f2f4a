package org.inkstream.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inkstream.core.ArticleType;

/**
 * Reads and writes labels files: JSON Lines, one article a line, as a monitoring team exports them from Kibana and
 * corrects them.
 *
 * <pre>{@code
 * {"id": "xnrb-2024-03-05-01-03", "headline": "全市春耕备耕全面展开", "text": "本报讯 ...", "topic": "rural"}
 * {"text": "县法院开展送法进乡村活动……", "topic": "law_safety", "type": "news"}
 * }</pre>
 *
 * {@code text} is required (the article's text as indexed: training uses texts, never looks ids up, so that a file is
 * complete in itself), except for a headline-only article, which gives {@code headline} alone; at least one of {@code topic} and {@code type} is given; {@code
 * topic} null or {@code ""} means the article has no topic; {@code id} defaults to the file name and line. Blank lines
 * and lines starting with {@code #} are skipped. Unknown fields ({@code source}, {@code note}) are kept out.
 */
public final class LabelsFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelsFile() {}

  /**
   * The articles of a labels file.
   *
   * @param topics the topic keys a label may name (the taxonomy's), or empty to accept any lower-case key
   * @throws IllegalArgumentException naming the file and line of the first malformed line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<LabelledArticle> read(Path file, Set<String> topics) {
    List<LabelledArticle> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          articles.add(parse(line, file.getFileName() + ":" + number, topics));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels file " + file, e);
    }
    return articles;
  }

  private static LabelledArticle parse(String line, String where, Set<String> topics) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text = node.path("text").asText("");
    String headline = node.path("headline").asText("");
    if (text.isBlank() && headline.isBlank()) {
      throw new IllegalArgumentException("no \"text\" (nor \"headline\")");
    }
    if (!node.has("topic") && !node.has("type")) {
      throw new IllegalArgumentException("neither \"topic\" nor \"type\" is given");
    }
    String topic = node.path("topic").isNull() ? null : emptyToNull(node.path("topic").asText(""));
    if (topic != null && (topics.isEmpty() ? !topic.matches("[a-z][a-z0-9_]*") : !topics.contains(topic))) {
      throw new IllegalArgumentException("unknown topic '" + topic + "'" + (topics.isEmpty() ? "" : ", known: "
          + topics.stream().sorted().toList()));
    }
    String type = emptyToNull(node.path("type").asText(""));
    if (type != null) {
      ArticleType.fromKey(type);
    }
    return new LabelledArticle(node.path("id").asText(where), headline, text, topic, node.has("topic"), type);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Writes articles in the format {@link #read} reads. */
  public static void write(Path file, List<LabelledArticle> articles) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LabelledArticle article : articles) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        if (!article.headline().isEmpty()) {
          line.put("headline", article.headline());
        }
        line.put("text", article.text());
        if (article.topicLabelled()) {
          line.put("topic", article.topic());
        }
        if (article.type() != null) {
          line.put("type", article.type());
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    }
  }
}
