package org.inkstream.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inkstream.corpus.Split;
import org.inkstream.enrichment.ChineseText;
import org.inkstream.enrichment.TopicFiler;

/**
 * Weak topic labels for a paper's headline lists: every headline the paper printed on a day, in the order of its
 * pages (files of lines {@code YYYY-MM-DD headline}, as {@code fangj/rmrb} gives People's Daily's, see {@code
 * docs/data.md}).
 *
 * <p>Why: the public topic corpora are web headlines; a newspaper's register (会见, 座谈会, 纪事, 友好往来) is in none of
 * them, so the model has no say on much of a paper's page. A paper prints its headlines section by section (a page of
 * international news, a page of sports), and a list that keeps the printed order keeps the sections: a headline the
 * filer is unsure of stands among neighbours it is sure of. Each headline's label is the product of its own filing and
 * its section's (the mean filing of the {@link Options#window} headlines on each side, the same day; its own alone
 * where it has no neighbour):
 *
 * <pre>    q(topic) ∝ p_own(topic) × p_section(topic)^sectionWeight</pre>
 *
 * <p>kept when the best topic's {@code q} is at least {@link Options#minProbability}. The neighbours are what adds
 * knowledge the filer lacks (令人失望的较量 among football reports is sports); the filer's own opinion keeps a headline
 * that names its topic from being carried off by its page.
 *
 * <p>Headlines of {@link #LABEL_LENGTH} characters or fewer (图片, 简讯, 友好往来) name a rubric, not a subject: they
 * count as neighbours but get no label. A trailing {@code （图片）} is dropped. The split (train, dev, test) is a hash of
 * the headline, as for the other corpora ({@link TopicCorpus#splitOf}).
 */
public final class PaperHeadlines {

  /** A headline this short names a rubric, not a subject. */
  static final int LABEL_LENGTH = 4;
  private static final Pattern LINE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(.+)$");
  private static final Pattern PHOTO_NOTE = Pattern.compile("[（(]图片[）)]$");

  /**
   * @param window neighbours on each side that make a headline's section
   * @param sectionWeight the exponent of the section's filing against the headline's own (1: as strong)
   * @param minProbability a label needs at least this combined probability
   */
  public record Options(int window, double sectionWeight, double minProbability) {

    public Options {
      if (window < 1 || !(sectionWeight >= 0) || !(minProbability >= 0 && minProbability <= 1)) {
        throw new IllegalArgumentException("window >= 1, sectionWeight >= 0, minProbability in [0, 1]; was "
            + window + ", " + sectionWeight + ", " + minProbability);
      }
    }

    public static Options defaults() {
      return new Options(4, 1.0, 0.75);
    }
  }

  /** One printed headline, where it stood. */
  record Printed(String day, int position, String headline) {}

  private final Function<String, Map<String, Double>> filing;
  private final Options options;

  /**
   * @param filing a headline (simplified, {@link ChineseText#forAnalysis}) to the probability of every topic: the
   *     enricher's filer over the headline alone
   */
  public PaperHeadlines(Function<String, Map<String, Double>> filing, Options options) {
    this.filing = filing;
    this.options = options;
  }

  /** The weak-labelled headlines of {@code split} in the {@code *.md} and {@code *.txt} files of {@code dir}. */
  public List<LabelledArticle> label(Path dir, Split split) {
    List<LabelledArticle> labelled = new ArrayList<>();
    for (List<Printed> day : days(dir)) {
      labelled.addAll(label(day, split));
    }
    return labelled;
  }

  /** The weak labels of one day's headlines, in printed order. */
  List<LabelledArticle> label(List<Printed> day, Split split) {
    List<Map<String, Double>> own = day.stream()
        .map(p -> p.headline().length() <= LABEL_LENGTH ? null : filing.apply(p.headline())).toList();
    List<LabelledArticle> labelled = new ArrayList<>();
    for (int i = 0; i < day.size(); i++) {
      Printed printed = day.get(i);
      if (own.get(i) == null || TopicCorpus.splitOf(printed.headline()) != split) {
        continue;
      }
      Map<String, Double> combined =
          TopicFiler.withSection(own.get(i), around(own, i, options.window()), options.sectionWeight());
      Map.Entry<String, Double> best = combined.entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElse(null);
      if (best != null && best.getValue() >= options.minProbability()) {
        labelled.add(LabelledArticle.ofTopic(printed.day() + "#" + printed.position(), printed.headline(), "",
            best.getKey()));
      }
    }
    return labelled;
  }

  /** The filings of the {@code window} headlines on each side of {@code i}, itself and rubrics (null) left out. */
  static List<Map<String, Double>> around(List<Map<String, Double>> own, int i, int window) {
    List<Map<String, Double>> section = new ArrayList<>();
    for (int j = Math.max(0, i - window); j <= Math.min(own.size() - 1, i + window); j++) {
      if (j != i && own.get(j) != null) {
        section.add(own.get(j));
      }
    }
    return section;
  }

  /** Every day's headlines in printed order, days in file order; a headline printed twice on a day counts once. */
  static List<List<Printed>> days(Path dir) {
    List<List<Printed>> days = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
          .sorted(Comparator.naturalOrder()).toList()) {
        days.addAll(days(Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the headline lists in " + dir, e);
    }
    return days;
  }

  static List<List<Printed>> days(List<String> lines) {
    Map<String, List<Printed>> byDay = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      String headline = ChineseText.forAnalysis(PHOTO_NOTE.matcher(m.group(2).strip()).replaceFirst(""));
      if (!headline.isEmpty() && seen.add(m.group(1) + headline)) {
        List<Printed> day = byDay.computeIfAbsent(m.group(1), d -> new ArrayList<>());
        day.add(new Printed(m.group(1), day.size(), headline));
      }
    }
    return new ArrayList<>(byDay.values());
  }
}
