package org.inkstream.enrichment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The file form of the enricher's learned models (topics, types): gzip of Tribuo's protobuf form, the model named
 * after the features it was trained on, so that a model of other features is refused at load instead of giving
 * nonsense.
 */
final class GzippedModel {

  private GzippedModel() {}

  /**
   * Reads a model and checks its name.
   *
   * @param what names the model in messages ("topic model")
   * @param retrain the command that rebuilds it, for the message of a stale model
   * @throws IOException when the stream is not such a model, or one of another name
   */
  static Model<Label> read(InputStream in, String name, String what, String retrain) throws IOException {
    Model<?> model;
    try {
      model = Model.deserializeFromStream(new GZIPInputStream(new BufferedInputStream(in)));
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a " + what + " (gzip of a Tribuo model): " + e.getMessage(), e);
    }
    if (!name.equals(model.getName())) {
      throw new IOException("the " + what + " is '" + model.getName() + "', this version needs '" + name
          + "': retrain it with " + retrain);
    }
    return model.castModel(Label.class);
  }

  /** Reads a model file; the message of a failure names the file. */
  static Model<Label> read(Path file, String name, String what, String retrain) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, what, retrain);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
    }
  }

  static void write(Model<Label> model, Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      model.serializeToStream(out);
    }
  }
}
