package org.inkstream.enrichment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the small word lists shipped beside this class (surnames, stopwords): words separated by blanks, {@code #}
 * comments.
 */
final class Lexicons {

  private Lexicons() {}

  static Set<String> words(String resource) {
    InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the classpath lacks org/inkstream/enrichment/" + resource);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#")) {
          for (String word : line.trim().split("\\s+")) {
            if (!word.isEmpty()) {
              words.add(word);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}
