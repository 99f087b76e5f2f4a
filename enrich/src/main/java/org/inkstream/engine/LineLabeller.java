package org.inkstream.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.sequence.SequenceExample;
import org.tribuo.sequence.SequenceModel;

/**
 * The learned half of the splitter: two linear-chain CRFs (Tribuo's {@code CRFModel}) stacked the way GROBID cascades
 * its models. The first labels every line of a page from its {@link LineFeatures}; the second labels it again, seeing
 * also the first stage's labels around each line and its reading of the whole page ({@link
 * LineFeatures#secondStage}). Trained by {@code inkstream train} on rendered pages (see {@code docs/engine.md}); the
 * model ships as a resource beside this class and is read once per JVM.
 *
 * <p>Thread-safe: the models hold no state between calls.
 */
public final class LineLabeller {

  /** The shipped model: a ZIP holding each stage in Tribuo's protobuf form. */
  public static final String RESOURCE = "line-labeller.model.zip";
  /** The name each stage must carry: it says which features it was trained on; another name is refused at load. */
  public static final String MODEL_NAME = "inkstream-line-labeller-features-v" + LineFeatures.VERSION;

  private static final String FIRST = "stage1";
  private static final String SECOND = "stage2";

  private static final class Shipped {
    static final Optional<LineLabeller> MODEL =
        ShippedModel.load(LineLabeller.class, RESOURCE, "line labeller", LineLabeller::read);
  }

  private final SequenceModel<Label> first;
  private final SequenceModel<Label> second;

  private LineLabeller(SequenceModel<Label> first, SequenceModel<Label> second) {
    this.first = first;
    this.second = second;
    if (second instanceof CRFModel crf) {
      // Decode by marginals, so that each label comes with its marginal probability: the sureness Labelling reads.
      crf.setConfidenceType(CRFModel.ConfidenceType.MULTIPLY);
    }
  }

  /**
   * Wraps freshly trained stages; their names are set to say they were trained on today's features.
   *
   * @param first the CRF over {@link LineFeatures#of} alone
   * @param second the CRF over {@link LineFeatures#secondStage}
   */
  public static LineLabeller of(SequenceModel<Label> first, SequenceModel<Label> second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    first.setName(MODEL_NAME + "-" + FIRST);
    second.setName(MODEL_NAME + "-" + SECOND);
    return new LineLabeller(first, second);
  }

  /** The model shipped with this version of the engine, or empty when the build has none. */
  public static Optional<LineLabeller> shipped() {
    return Shipped.MODEL;
  }


  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model, or one trained on other features
   */
  public static LineLabeller read(InputStream in) throws IOException {
    Map<String, SequenceModel<Label>> stages = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        SequenceModel<?> model = SequenceModel.deserializeFromStream(new ByteArrayInputStream(zip.readAllBytes()));
        String expected = MODEL_NAME + "-" + entry.getName();
        if (!expected.equals(model.getName())) {
          throw new IOException("the line labeller's " + entry.getName() + " is '" + model.getName()
              + "', this engine needs '" + expected + "': retrain it with inkstream train");
        }
        stages.put(entry.getName(), model.castModel(Label.class));
      }
    }
    if (!stages.containsKey(FIRST) || !stages.containsKey(SECOND)) {
      throw new IOException("not a line labeller model: it needs the entries " + FIRST + " and " + SECOND
          + ", it has " + stages.keySet());
    }
    return new LineLabeller(stages.get(FIRST), stages.get(SECOND));
  }

  public static LineLabeller read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public void write(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      // Stages in a fixed order, so that the same model always writes the same bytes.
      for (Map.Entry<String, SequenceModel<Label>> stage : List.of(Map.entry(FIRST, first), Map.entry(SECOND, second))) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stage.getValue().serializeToStream(bytes);
        zip.putNextEntry(new ZipEntry(stage.getKey()));
        zip.write(bytes.toByteArray());
        zip.closeEntry();
      }
    }
  }

  /** The stages, first then second: their names and provenance say what they were trained on. */
  public List<SequenceModel<Label>> stages() {
    return List.of(first, second);
  }

  /** The label of each line, given the features {@link LineFeatures} made for it. */
  public List<LineLabel> label(List<List<String>> features) {
    return labelling(features).labels();
  }

  /** The label of each line and how sure the second stage is of it. */
  Labelling labelling(List<List<String>> features) {
    if (features.isEmpty()) {
      return new Labelling(List.of(), null);
    }
    List<Prediction<Label>> predictions =
        second.predict(example(LineFeatures.secondStage(features, predict(first, features)), null));
    // Under ConfidenceType.MULTIPLY (set in the constructor) a CRF's label scores are its marginal probabilities.
    double[] sureness = second instanceof CRFModel
        ? predictions.stream().mapToDouble(prediction -> prediction.getOutput().getScore()).toArray()
        : null;
    return new Labelling(labels(predictions), sureness);
  }

  /** What one stage makes of a page: used here, and by the trainer to build the second stage's training data. */
  public static List<LineLabel> predict(SequenceModel<Label> stage, List<List<String>> features) {
    return labels(stage.predict(example(features, null)));
  }

  private static List<LineLabel> labels(List<Prediction<Label>> predictions) {
    List<LineLabel> labels = new ArrayList<>(predictions.size());
    for (Prediction<Label> prediction : predictions) {
      labels.add(LineLabel.parse(prediction.getOutput().getLabel()));
    }
    return labels;
  }

  /** A page as Tribuo's sequence example; {@code labels} null when the truth is unknown (labelling time). */
  public static SequenceExample<Label> example(List<List<String>> features, List<LineLabel> labels) {
    List<Example<Label>> examples = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      // Tribuo keeps an example's features sorted by name: handing them over sorted makes that a linear pass.
      String[] names = features.get(i).toArray(String[]::new);
      Arrays.sort(names);
      double[] values = new double[names.length];
      Arrays.fill(values, 1.0);
      Label label = labels == null ? LabelFactory.UNKNOWN_LABEL : new Label(labels.get(i).key());
      examples.add(new ArrayExample<>(label, names, values));
    }
    return new SequenceExample<>(examples);
  }
}
