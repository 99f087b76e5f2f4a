package org.inkstream.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;

/**
 * A gold annotation of one page (see {@code seeds/README.md}): the page file it annotates, line ranges that are not
 * scored, and its items.
 *
 * @param page the page's file name (003_3fcea7782f4eb9a4.txt)
 * @param paper the paper's name, or null
 * @param ignore line ranges left out of every metric (banners, duplicates, garbage)
 * @param items the annotated items in page order
 * @param knobs the phenomena a rendered page was made with ({@code wrapped}, {@code trailing-titles}...), so that a
 *     score can be broken down by phenomenon; empty for hand-annotated pages
 */
public record GoldPage(String page, String paper, List<LineRange> ignore, List<GoldItem> items, List<String> knobs) {

  public GoldPage {
    if (page == null || page.isBlank()) {
      throw new IllegalArgumentException("a gold page needs the name of the page it annotates");
    }
    ignore = ignore == null ? List.of() : List.copyOf(ignore);
    items = items == null ? List.of() : List.copyOf(items);
    knobs = knobs == null ? List.of() : List.copyOf(knobs);
  }

  /** Reads a gold file; the shared mapper already speaks snake_case and skips fields such as {@code note}. */
  public static GoldPage read(Path file) throws IOException {
    try {
      return Json.read(Files.readAllBytes(file), GoldPage.class);
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot read gold file " + file + ": " + e.getMessage(), e);
    }
  }

  public static GoldPage parse(String json) {
    return Json.read(json, GoldPage.class);
  }

  public boolean ignores(int line) {
    return ignore.stream().anyMatch(range -> range.contains(line));
  }
}
