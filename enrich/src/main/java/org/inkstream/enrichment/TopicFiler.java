package org.inkstream.enrichment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.inkstream.core.TopicScore;

/**
 * Files an article under topics by combining the learned {@link TopicModel} with the team's {@link Taxonomy}: for
 * every topic of the taxonomy, {@code P(topic) ∝ p_model(topic)^a × (1 + evidence(topic))^b}, normalised over the
 * taxonomy's topics, with the exponents of {@link Weights}.
 *
 * <p>Why this form: the model knows the words of news it was trained on, the taxonomy knows what the team cares
 * about. Multiplying keeps the model's view where the taxonomy has nothing to say, and a term the team adds to their
 * taxonomy file raises its topic's evidence and so moves the articles it names at once, without retraining. A topic
 * the model was not trained on (one the team added, or politics, which no public corpus has) gets the model's uniform
 * share {@code 1/K} and lives on its terms alone, except that it never gets more than the model leaves beside its best
 * topic ({@code 1 - max p}): where the model is all but certain (普京会见拜登: international 0.999), one term of a
 * topic it never saw (会见, politics) does not outweigh it. A PRC leader's diplomacy is politics all the same, by the
 * gold convention ({@link #asLeadershipAffairs}). A topic the taxonomy file drops is never filed. Without a
 * model (or when none of the article's words was seen in training) the probabilities come from the taxonomy alone.
 *
 * <p>An article whose best probability is below {@code minProbability} gets no topic ({@code topics} empty, so {@code
 * Article.topic} null) instead of being forced into one. Otherwise {@code topics} lists the best topic and up to
 * {@code max_topics - 1} others with at least {@code min_share} of its probability (the taxonomy's settings), each
 * with its probability rounded to 0.001. Thread-safe and immutable.
 */
public final class TopicFiler {

  /**
   * How much each side counts: the exponents of the model's probability and of the taxonomy's evidence.
   *
   * @param model below 1 flattens the model's probabilities, so that the taxonomy can win a topic the model was
   *     trained on few examples of (politics, governance: no public corpus has them)
   * @param taxonomy with 1, a topic with taxonomy evidence 20 against one with 5 gains a factor 3.5 in odds; 0 for
   *     the model alone
   * @param sureModel the model's exponent where it is sure (its best topic at {@link #SURE_PROBABILITY} or more) or
   *     the taxonomy has little to say (all its evidence under {@link #LITTLE_EVIDENCE}): a web headline or a
   *     technology report the taxonomy knows few words of
   */
  public record Weights(double model, double taxonomy, double sureModel) {

    /** The model's probability from which it counts with {@link #sureModel}. */
    public static final double SURE_PROBABILITY = 0.8;
    /** The taxonomy's total evidence under which the model counts with {@link #sureModel}. */
    public static final double LITTLE_EVIDENCE = 20;
    /** The longest headline (or lead) that is read as a page label rather than a subject: 图片, 简讯, 会议. */
    public static final int LABEL_LENGTH = 4;

    /**
     * Chosen on the tuning half of the hand-labelled dev set and the public corpora's dev parts, among those that keep
     * the seed pages' topic accuracy at 0.90 or more ({@code docs/topics.md}: a model that always counts with 0.7
     * files news better and local papers worse).
     */
    public static final Weights DEFAULT = new Weights(0.2, 1.5, 1.0);
    /** The learned model alone. */
    public static final Weights MODEL_ONLY = new Weights(1.0, 0.0);

    public Weights {
      if (!(model >= 0 && taxonomy >= 0 && sureModel >= 0)) {
        throw new IllegalArgumentException(
            "topic weights must not be negative, were " + model + ", " + taxonomy + ", " + sureModel);
      }
    }

    /** The model counts the same everywhere. */
    public Weights(double model, double taxonomy) {
      this(model, taxonomy, model);
    }

    /**
     * The model's exponent for an article: {@link #sureModel} where the model is sure or the taxonomy has little to
     * say, unless the model read a label rather than a subject (a lead of at most {@link #LABEL_LENGTH} characters:
     * 图片, 简讯, 会议), whose one word decides nothing.
     */
    double model(Map<String, Double> learned, Map<String, Double> evidence, int leadLength) {
      if (leadLength <= LABEL_LENGTH) {
        return model;
      }
      boolean sure = learned.values().stream().anyMatch(p -> p >= SURE_PROBABILITY);
      boolean little = evidence.values().stream().mapToDouble(Double::doubleValue).sum() < LITTLE_EVIDENCE;
      return sure || little ? sureModel : model;
    }
  }

  /**
   * Mentions of countries abroad that set nothing: a technology or entertainment report names America once or twice
   * in passing. Chosen on the dev parts of the public corpora (web news, where a foreign setting is no topic of its
   * own) and the tuning half of the hand-labelled set ({@code docs/topics.md}).
   */
  private static final double PASSING_MENTIONS = 2;

  /** The topics of the leadership's affairs and of foreign news, as the standard taxonomy names them. */
  private static final String POLITICS = "politics";
  private static final String INTERNATIONAL = "international";

  private final TopicClassifier taxonomy;
  private final Gazetteer gazetteer = Gazetteer.standard();
  private final TopicModel model;
  private final double minProbability;
  private final Weights weights;

  /**
   * @param model the learned model, or null to file by the taxonomy alone
   * @param minProbability the best topic needs at least this probability, in [0, 1]
   */
  public TopicFiler(TopicClassifier taxonomy, TopicModel model, double minProbability, Weights weights) {
    if (!(minProbability >= 0 && minProbability <= 1)) {
      throw new IllegalArgumentException("the minimum topic probability must be within [0, 1], was " + minProbability);
    }
    this.taxonomy = taxonomy;
    this.model = model;
    this.minProbability = minProbability;
    this.weights = weights;
  }

  /**
   * The topics of an article whose places are not known; headline block and body in simplified Chinese ({@link
   * ChineseText#forAnalysis}).
   */
  public List<TopicScore> file(String headline, String body) {
    return file(headline, body, List.of());
  }

  /**
   * The topics of an article; headline block and body in simplified Chinese ({@link ChineseText#forAnalysis}).
   *
   * @param places the article's places ({@code Entities.places}, simplified): where most of their mentions lie abroad,
   *     the topics with an {@code abroad_weight} gain evidence
   */
  public List<TopicScore> file(String headline, String body, List<String> places) {
    return ranked(probabilities(headline, body, places));
  }

  /** The probability of every topic of the taxonomy, in taxonomy order. */
  public Map<String, Double> probabilities(String headline, String body, List<String> places) {
    Map<String, Double> evidence = taxonomy.evidence(headline, body);
    Map<String, Double> learned = model == null ? Map.of() : model.probabilities(headline, body);
    double uniform = learned.isEmpty() ? 1.0 : 1.0 / learned.size();
    // the model's share for a topic it was not trained on: see the class comment
    double best = learned.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double untrained = Math.min(uniform, 1 - best);
    double abroad = abroad(headline, body, places);
    Map<String, Double> terms = new LinkedHashMap<>();
    for (Taxonomy.Topic topic : taxonomy.taxonomy().topics()) {
      terms.put(topic.key(), evidence.getOrDefault(topic.key(), 0.0) + topic.abroadWeight() * abroad);
    }
    double modelWeight = weights.model(learned, terms, TopicModel.lead(headline, body).strip().length());
    Map<String, Double> logits = new LinkedHashMap<>();
    terms.forEach((topic, score) -> {
      double prior = Math.max(learned.getOrDefault(topic, untrained), 1e-9);
      logits.put(topic, modelWeight * Math.log(prior) + weights.taxonomy() * Math.log1p(score));
    });
    double max = logits.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    logits.replaceAll((topic, logit) -> Math.exp(logit - max));
    double total = logits.values().stream().mapToDouble(Double::doubleValue).sum();
    logits.replaceAll((topic, weight) -> weight / total);
    return asLeadershipAffairs(logits, headline, body);
  }

  /** Acts of diplomacy a headline reports a leader performing (会见, 举行会谈, 致电, 递交国书...). */
  private static final Pattern DIPLOMACY = Pattern.compile("会见|会晤|会谈|接见|宴请|致电|致信|复信|贺电|电贺|通电话"
      + "|递交国书|欢迎仪式|国宴");

  /**
   * The probabilities with those of {@code international} and {@code politics} exchanged, where the article is filed
   * under international and its headline (or lead) reports one of the PRC's leaders in an act of diplomacy
   * (习近平同巴西总统卢拉举行会谈, 江泽民会见克林顿): the gold convention ({@code seeds/README.md}) files the
   * leadership's affairs under politics, foreign guests included, and so does web news's 时政. The model learnt such
   * headlines as foreign news (a national paper prints them beside it), and the taxonomy's evidence cannot outweigh a
   * model that is sure. Foreign news without a Chinese leader (普京会见拜登) stays international.
   */
  private Map<String, Double> asLeadershipAffairs(Map<String, Double> probabilities, String headline, String body) {
    if (!probabilities.containsKey(POLITICS) || !INTERNATIONAL.equals(best(probabilities))) {
      return probabilities;
    }
    String lead = TopicModel.lead(headline, body);
    if (!DIPLOMACY.matcher(lead).find() || !gazetteer.namesLeader(lead)) {
      return probabilities;
    }
    double international = probabilities.get(INTERNATIONAL);
    probabilities.put(INTERNATIONAL, probabilities.get(POLITICS));
    probabilities.put(POLITICS, international);
    return probabilities;
  }

  /**
   * How strongly an article is set abroad: the share of its place mentions that name a country other than China, times
   * {@code ln((1 + those mentions) / (1 + PASSING_MENTIONS))}, never below 0; headline mentions count {@code
   * headline_weight} times. Why: the taxonomy names a few dozen countries as {@code international} terms, with the
   * weight of any other term, so a report of American inflation or of a war between two other countries went to
   * economy or military. Places the gazetteer cannot put on either side (a street, a foreign town the list lacks)
   * count for neither; the world's capitals and largest cities, former countries (苏联) and world regions (中东)
   * count as abroad, and so does a country named by one character before an office ({@link AbbreviatedCountries}:
   * 美方, 俄军, 苏外长).
   */
  private double abroad(String headline, String body, List<String> places) {
    double abroad = 0;
    double home = 0;
    for (String place : places) {
      boolean isAbroad = gazetteer.abroad(place);
      if (isAbroad || gazetteer.home(place)) {
        double mentions = taxonomy.taxonomy().headlineWeight() * ChineseText.occurrences(headline, place)
            + ChineseText.occurrences(body, place);
        if (isAbroad) {
          abroad += mentions;
        } else {
          home += mentions;
        }
      }
    }
    abroad += taxonomy.taxonomy().headlineWeight() * AbbreviatedCountries.mentions(headline)
        + AbbreviatedCountries.mentions(body);
    return abroad == 0 ? 0 : abroad / (abroad + home) * Math.max(0, Math.log((1 + abroad) / (1 + PASSING_MENTIONS)));
  }

  /**
   * An article's topic probabilities with its section's, the articles printed beside it (the rest of its page, its
   * neighbours in a paper's list of headlines):
   *
   * <pre>    q(topic) ∝ p(topic) × mean over the section of p(topic)^weight</pre>
   *
   * <p>Why: a paper prints its news section by section (a page of foreign news, a page of sports), so an article the
   * filer is unsure of usually shares its neighbours' topic (令人失望的较量 on a sports page), while one that names its
   * topic keeps it. Where the section is empty or the weight 0, the article's own probabilities are returned.
   *
   * @param own the article's probabilities ({@link #probabilities})
   * @param section the probabilities of the articles beside it, itself left out
   */
  public static Map<String, Double> withSection(Map<String, Double> own, List<Map<String, Double>> section,
      double weight) {
    if (section.isEmpty() || weight == 0) {
      return own;
    }
    Map<String, Double> sectionTotal = summed(section);
    Map<String, Double> combined = new LinkedHashMap<>();
    own.forEach((topic, p) -> combined.put(topic,
        p * Math.pow(Math.max(sectionTotal.getOrDefault(topic, 0.0) / section.size(), 1e-9), weight)));
    double total = combined.values().stream().mapToDouble(Double::doubleValue).sum();
    combined.replaceAll((topic, q) -> q / total);
    return combined;
  }

  /**
   * How much a section agrees on one topic: the share of its articles whose most probable topic is the section's
   * (that of their mean probabilities), 0 for an empty section. A page of sports reports agrees (1.0); a local
   * paper's front page of a meeting, a harvest and a court case does not (0.3), and lends an article little.
   */
  public static double agreement(List<Map<String, Double>> section) {
    if (section.isEmpty()) {
      return 0;
    }
    String top = best(summed(section));
    return section.stream().filter(p -> top.equals(best(p))).count() / (double) section.size();
  }

  /** Each topic's probability summed over the section's articles. */
  private static Map<String, Double> summed(List<Map<String, Double>> section) {
    Map<String, Double> total = new LinkedHashMap<>();
    section.forEach(p -> p.forEach((topic, probability) -> total.merge(topic, probability, Double::sum)));
    return total;
  }

  private static String best(Map<String, Double> probabilities) {
    return probabilities.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("");
  }

  /** The topics an article is filed under, from its probabilities ({@link #probabilities}, {@link #withSection}). */
  public List<TopicScore> ranked(Map<String, Double> probabilities) {
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(probabilities.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    if (sorted.isEmpty() || sorted.get(0).getValue() < minProbability) {
      return List.of();
    }
    double best = sorted.get(0).getValue();
    Taxonomy settings = taxonomy.taxonomy();
    List<TopicScore> ranked = new ArrayList<>();
    for (Map.Entry<String, Double> entry : sorted) {
      if (ranked.size() == settings.maxTopics() || entry.getValue() < best * settings.minShare()) {
        break;
      }
      ranked.add(new TopicScore(entry.getKey(), Math.round(entry.getValue() * 1000) / 1000.0));
    }
    return List.copyOf(ranked);
  }
}
