import java.nio.file.*;
import java.util.*;
import java.util.function.Function;
import org.inkstream.core.*;
import org.inkstream.enrichment.*;
import org.inkstream.training.*;
import org.tribuo.*;
import org.tribuo.classification.*;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * One-off experiment behind docs/topics.md ("Words or characters"): the model alone on headline words and word pairs
 * (as shipped) against character unigrams and bigrams, with the same trainer, pruning and topics. Not part of the build.
 *
 * <pre>
 * ./mvnw -q -o install -DskipTests
 * ./inkstream topics labels --corpora ~/inkstream-data/topics --split train --out /tmp/topics-train.jsonl
 * ./inkstream topics labels --corpora ~/inkstream-data/topics --split test --out /tmp/topics-test.jsonl
 * head -1500 /tmp/topics-test.jsonl > /tmp/topics-test-1500.jsonl
 * CP="launcher/target/inkstream.jar:$(ls launcher/target/lib/*.jar | tr '\n' ':')"
 * javac -cp "$CP" -d /tmp/exp tools/experiments/CharVsWord.java
 * java -Xmx3g -cp "$CP:/tmp/exp" CharVsWord /tmp/topics-train.jsonl /tmp/topics-test-1500.jsonl
 * </pre>
 */
public class CharVsWord {
  static Map<String, Double> chars(String headline, String body) {
    String lead = TopicModel.lead(headline, body);
    Map<String, Double> c = new HashMap<>();
    int[] cps = lead.codePoints().filter(Character::isLetter).toArray();
    for (int i = 0; i < cps.length; i++) {
      c.merge("c:" + new String(cps, i, 1), 1.0, Double::sum);
      if (i + 1 < cps.length) c.merge("d:" + new String(cps, i, 2), 1.0, Double::sum);
    }
    c.replaceAll((k, v) -> 1 + Math.log(v));
    double n = Math.sqrt(c.values().stream().mapToDouble(v -> v * v).sum());
    c.replaceAll((k, v) -> v / n);
    return c;
  }
  public static void main(String[] a) throws Exception {
    Set<String> topics = Set.copyOf(Taxonomy.standard().keys());
    List<LabelledArticle> train = LabelsFile.read(Path.of(a[0]), topics);
    List<LabelledArticle> test = LabelsFile.read(Path.of(a[1]), topics);
    List<LabelledArticle> dev = new ArrayList<>(LabelsFile.read(Path.of("enrich/src/test/resources/topics/dev-scored.jsonl"), topics));
    dev.addAll(LabelsFile.read(Path.of("enrich/src/test/resources/topics/dev-tuning.jsonl"), topics));
    Map<String, Function<LabelledArticle, Map<String, Double>>> kinds = new LinkedHashMap<>();
    kinds.put("words", x -> TopicModel.features(ChineseText.forAnalysis(x.headline()), ChineseText.forAnalysis(x.text())));
    kinds.put("chars", x -> chars(ChineseText.forAnalysis(x.headline()), ChineseText.forAnalysis(x.text())));
    for (var kind : kinds.entrySet()) {
      long t0 = System.nanoTime();
      Map<String, Integer> per = new HashMap<>();
      train.forEach(x -> per.merge(x.topic(), 1, Integer::sum));
      List<Map.Entry<Map<String, Double>, String>> fs = new ArrayList<>();
      Map<String, Integer> df = new HashMap<>();
      for (LabelledArticle x : train) {
        if (per.get(x.topic()) < 300) continue;
        Map<String, Double> f = kind.getValue().apply(x);
        f.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        fs.add(Map.entry(f, x.topic()));
      }
      long featMs = (System.nanoTime() - t0) / 1_000_000;
      Set<String> kept = new HashSet<>(df.entrySet().stream().filter(e -> e.getValue() >= 3)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15000).map(Map.Entry::getKey).toList());
      LabelFactory lf = new LabelFactory();
      MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("x", lf), lf);
      double mean = (double) fs.size() / 11;
      Map<String, Integer> per2 = new HashMap<>();
      fs.forEach(e -> per2.merge(e.getValue(), 1, Integer::sum));
      for (var e : fs) {
        Map<String, Double> f = new HashMap<>(e.getKey()); f.keySet().retainAll(kept);
        if (f.isEmpty()) continue;
        Example<Label> ex = TopicModel.example(f, new Label(e.getValue()));
        ex.setWeight((float) Math.min(20, mean / per2.get(e.getValue())));
        ds.add(ex);
      }
      Model<Label> m = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 5, Integer.MAX_VALUE, 1, 42).train(ds);
      for (var set : List.of(Map.entry("corpus test 1500", test), Map.entry("dev 175", dev))) {
        int right = 0, n = 0; long p0 = System.nanoTime();
        for (LabelledArticle x : set.getValue()) {
          if (x.topic() == null) continue;
          n++;
          Map<String, Double> f = kind.getValue().apply(x);
          try { if (m.predict(TopicModel.example(f, LabelFactory.UNKNOWN_LABEL)).getOutput().getLabel().equals(x.topic())) right++; } catch (IllegalArgumentException e) {}
        }
        System.out.printf("%s on %s: model-alone accuracy %.3f over %d (%.3f ms an article, features+predict); features of the train set %d ms%n",
            kind.getKey(), set.getKey(), (double) right / n, n, (System.nanoTime() - p0) / 1e6 / n, featMs);
      }
    }
  }
}
