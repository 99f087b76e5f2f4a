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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.inkstream.corpus.Split;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.TopicClassifier;

/**
 * Turns the public topic-labelled corpora ({@code docs/data.md}: files of {@code {"source","text","label"}} lines)
 * into labelled articles under Inkstream's topics: each corpus label is mapped by {@link #MAPPING} (the table in
 * {@code docs/topics.md}), and where no corpus has the class the taxonomy gives a weak label.
 *
 * <p>Weak labels: an article whose taxonomy evidence is at least {@link #WEAK_MIN_EVIDENCE} with at least {@link
 * #WEAK_MIN_SHARE} of it on one topic is labelled with that topic when its corpus label maps to nothing (Toutiao's
 * "story", NLPCC's "society"...), or when that topic is one no corpus has ({@link #WEAK_ONLY}: a finance headline
 * about a court case is law_safety for a newspaper). Other unmapped articles are left out. The split (train, dev,
 * test) is a hash of the text, so the same article is always in the same part.
 */
public final class TopicCorpus {

  /** Corpus label, as {@code source/label}, to Inkstream topic; labels not listed map to nothing. */
  public static final Map<String, String> MAPPING = Map.ofEntries(
      Map.entry("nlpcc2017/world", "international"),
      Map.entry("nlpcc2017/military", "military"),
      Map.entry("nlpcc2017/finance", "economy"),
      Map.entry("nlpcc2017/tech", "education_science"),
      Map.entry("nlpcc2017/discovery", "education_science"),
      Map.entry("nlpcc2017/sports", "sports"),
      Map.entry("nlpcc2017/entertainment", "culture_tourism"),
      Map.entry("nlpcc2017/travel", "culture_tourism"),
      Map.entry("nlpcc2017/history", "culture_tourism"),
      Map.entry("nlpcc2017/regimen", "health"),
      Map.entry("toutiao/news_world", "international"),
      Map.entry("toutiao/news_military", "military"),
      Map.entry("toutiao/news_finance", "economy"),
      Map.entry("toutiao/stock", "economy"),
      Map.entry("toutiao/news_tech", "education_science"),
      Map.entry("toutiao/news_edu", "education_science"),
      Map.entry("toutiao/news_sports", "sports"),
      Map.entry("toutiao/news_culture", "culture_tourism"),
      Map.entry("toutiao/news_entertainment", "culture_tourism"),
      Map.entry("toutiao/news_travel", "culture_tourism"),
      Map.entry("toutiao/news_house", "urban"),
      Map.entry("toutiao/news_agriculture", "rural"),
      Map.entry("sina2018/sports", "sports"),
      Map.entry("sina2018/tech", "education_science"),
      Map.entry("sina2018/education", "education_science"),
      Map.entry("sina2018/entertainment", "culture_tourism"),
      Map.entry("sina2018/health", "health"));
  /** Topics no corpus has a class for: they are learned from weak labels only. */
  public static final Set<String> WEAK_ONLY = Set.of("politics", "governance", "law_safety", "environment",
      "emergency", "society");
  static final double WEAK_MIN_EVIDENCE = 8;
  static final double WEAK_MIN_SHARE = 0.6;
  /** Bodies are cut here before the taxonomy reads them for a weak label: the lead says what an article is about. */
  static final int MAX_CHARS = 1500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TopicClassifier taxonomy;

  public TopicCorpus(TopicClassifier taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The labelled articles of the {@code *.jsonl} files in {@code dir} that fall in {@code split}. */
  public List<LabelledArticle> read(Path dir, Split split) {
    List<LabelledArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted(Comparator.naturalOrder()).toList()) {
        readFile(file, split, articles);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic corpora in " + dir, e);
    }
    return articles;
  }

  private void readFile(Path file, Split split, List<LabelledArticle> into) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(file + " line " + number + ": not JSON: " + e.getMessage(), e);
        }
        String raw = node.path("text").asText("");
        if (!raw.isBlank() && splitOf(raw) == split) {
          LabelledArticle article = labelled(node.path("source").asText(""), node.path("label").asText(""), raw,
              file.getFileName() + ":" + number);
          if (article != null) {
            into.add(article);
          }
        }
      }
    }
  }

  /**
   * The article under its mapped or weak topic, or null when it has neither. {@code raw} is the corpus's text: its
   * first line is the headline. Split before normalising, which removes a line break between two Chinese characters
   * and would make a whole article its headline.
   */
  LabelledArticle labelled(String source, String label, String raw, String id) {
    int newline = raw.indexOf('\n');
    String headline = ChineseText.forAnalysis(newline < 0 ? raw : raw.substring(0, newline));
    String body = newline < 0 ? "" : ChineseText.forAnalysis(raw.substring(newline + 1));
    String weak = weakTopic(headline, body.length() > MAX_CHARS
        ? body.substring(0, MAX_CHARS) : body);
    String mapped = MAPPING.get(source + "/" + label);
    String topic = weak != null && (mapped == null || WEAK_ONLY.contains(weak)) ? weak : mapped;
    return topic == null ? null : LabelledArticle.ofTopic(id, headline, body, topic);
  }

  private String weakTopic(String headline, String body) {
    Map<String, Double> evidence = taxonomy.evidence(headline, body);
    double total = evidence.values().stream().mapToDouble(Double::doubleValue).sum();
    return evidence.entrySet().stream()
        .filter(e -> total >= WEAK_MIN_EVIDENCE && e.getValue() >= WEAK_MIN_SHARE * total)
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /** 80% train, 10% dev, 10% test, by a hash of the text as the corpus file has it. */
  static Split splitOf(String text) {
    int bucket = Math.floorMod(text.hashCode() * 0x9E3779B1, 10);
    return bucket < 8 ? Split.TRAIN : bucket == 8 ? Split.DEV : Split.TEST;
  }
}
