package org.inkstream.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The common Chinese surnames, from the list the entity extractor uses ({@code org/inkstream/enrichment/surnames.txt}):
 * a bracketed word closing a report is read as its reporter's name only when it opens with one.
 */
final class Surnames {

  private static final Set<String> ALL = read();

  private Surnames() {}

  /** Whether {@code name} opens with a common single or compound surname. */
  static boolean opens(String name) {
    return name.length() >= 2 && (ALL.contains(name.substring(0, 1)) || ALL.contains(name.substring(0, 2)));
  }

  private static Set<String> read() {
    try (InputStream in = Surnames.class.getResourceAsStream("/org/inkstream/enrichment/surnames.txt")) {
      if (in == null) {
        throw new IllegalStateException("the classpath lacks org/inkstream/enrichment/surnames.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#"))
          .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
          .filter(word -> !word.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read surnames.txt", e);
    }
  }
}
