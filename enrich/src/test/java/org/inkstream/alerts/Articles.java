package org.inkstream.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.LineRange;
import org.inkstream.core.Page;
import org.inkstream.core.Provenance;
import org.inkstream.engine.Splitter;

/** Test articles: hand-made ones and the real seed pages as the engine splits them. */
final class Articles {

  /** The project root, where {@code seeds/} and {@code deploy/} are; tests run in the module folder. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Articles() {}

  static Article of(String headline, String text) {
    return builder(headline, text).build();
  }

  static Article.Builder builder(String headline, String text) {
    return Article.builder()
        .id("test-page-01")
        .pageId("test-page")
        .ordinal(1)
        .headline(headline)
        .text(text)
        .provenance(new Provenance("test-page.txt", List.of(new LineRange(1, 3))));
  }

  /** The articles of seed page {@code fileName} (in {@code seeds/}), split by the engine the topology runs. */
  static List<Article> ofSeed(String fileName) {
    Path file = ROOT.resolve("seeds").resolve(fileName);
    try {
      String id = fileName.substring(0, fileName.lastIndexOf('.'));
      return new Splitter().split(Page.of(id, fileName, Files.readString(file))).articles();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed page " + file, e);
    }
  }
}
