package org.inkstream.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.sequence.SequenceExample;
import org.tribuo.sequence.SequenceModel;

/**
 * The learned half of the splitter: a linear-chain CRF (Tribuo's {@code CRFModel}) that gives every line of a page a
 * {@link LineLabel} from its {@link LineFeatures}. Trained by {@code inkstream train} on rendered pages (see {@code
 * docs/engine.md}); the model ships as a resource beside this class and is read once per JVM.
 *
 * <p>Thread-safe: the model holds no state between calls.
 */
public final class LineLabeller {

  /** The shipped model: gzip of Tribuo's protobuf form. */
  public static final String RESOURCE = "line-labeller.model.gz";
  /** The model's name says which features it was trained on; another name is refused at load. */
  public static final String MODEL_NAME = "inkstream-line-labeller-features-v" + LineFeatures.VERSION;

  private static final class Shipped {
    static final Optional<LineLabeller> MODEL =
        ShippedModel.load(LineLabeller.class, RESOURCE, "line labeller", LineLabeller::read);
  }

  private final SequenceModel<Label> model;

  private LineLabeller(SequenceModel<Label> model) {
    this.model = model;
  }

  /** Wraps a freshly trained model; its name must say it was trained on today's features. */
  public static LineLabeller of(SequenceModel<Label> model) {
    Objects.requireNonNull(model, "model");
    model.setName(MODEL_NAME);
    return new LineLabeller(model);
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
    SequenceModel<?> model = SequenceModel.deserializeFromStream(new GZIPInputStream(new BufferedInputStream(in)));
    if (!MODEL_NAME.equals(model.getName())) {
      throw new IOException("the line labeller model is '" + model.getName() + "', this engine needs '" + MODEL_NAME
          + "': retrain it with inkstream train");
    }
    return new LineLabeller(model.castModel(Label.class));
  }

  public static LineLabeller read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      model.serializeToStream(out);
    }
  }

  public SequenceModel<Label> model() {
    return model;
  }

  /** The label of each line, given the features {@link LineFeatures} made for it. */
  public List<LineLabel> label(List<List<String>> features) {
    if (features.isEmpty()) {
      return List.of();
    }
    List<Prediction<Label>> predictions = model.predict(example(features, null));
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
      List<String> names = features.get(i);
      double[] values = new double[names.size()];
      Arrays.fill(values, 1.0);
      Label label = labels == null ? LabelFactory.UNKNOWN_LABEL : new Label(labels.get(i).key());
      examples.add(new ArrayExample<>(label, names.toArray(String[]::new), values));
    }
    return new SequenceExample<>(examples);
  }
}
