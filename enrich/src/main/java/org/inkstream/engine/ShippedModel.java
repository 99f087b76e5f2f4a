package org.inkstream.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Loads a trained model that ships as a classpath resource beside its class: the line labeller, the topic model. A
 * build without the resource has no model (empty); a resource that cannot be read is a broken build and fails loudly.
 */
public final class ShippedModel {

  /** Reads a model from its stream, as the model class's own {@code read} does. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private ShippedModel() {}

  /**
   * The model in {@code resource} next to {@code owner}, or empty when the classpath has none.
   *
   * @param what names the model in the error message ("line labeller", "topic model")
   * @throws UncheckedIOException when the resource is there but cannot be read
   */
  public static <T> Optional<T> load(Class<?> owner, String resource, String what, Reader<T> reader) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return Optional.of(reader.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped " + what + " " + resource, e);
    }
  }
}
