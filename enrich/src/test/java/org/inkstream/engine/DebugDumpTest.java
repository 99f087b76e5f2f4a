package org.inkstream.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Test;

class DebugDumpTest {
  @Test
  void dump() throws Exception {
    try (var files = Files.list(Path.of(System.getProperty("pages", "src/test/resources/pages")))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        PageSplit split = new Splitter().split(Page.of(file.getFileName().toString(), file.getFileName().toString(), text));
        System.out.println("=== " + file.getFileName());
        for (Article a : split.articles()) {
          System.out.println(Json.write(a.toBuilder().contentHash("-").build()));
        }
        split.leftovers().forEach(l -> System.out.println("LEFTOVER " + Json.write(l)));
      }
    }
  }
}
