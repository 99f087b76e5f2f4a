package org.inkstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.engine.Splitter;
import org.inkstream.eval.GoldItem;
import org.inkstream.eval.GoldPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

  private final PageRenderer renderer = new PageRenderer();
  private final List<SourceArticle> pool = TestArticles.all();

  @Test
  void theSameSeedGivesTheSamePage() {
    RenderedPage first = renderer.render("p.txt", pool, 7);
    RenderedPage again = renderer.render("p.txt", pool, 7);
    RenderedPage other = renderer.render("p.txt", pool, 8);

    assertThat(again.text()).isEqualTo(first.text());
    assertThat(Json.write(again.gold())).isEqualTo(Json.write(first.gold()));
    assertThat(other.text()).isNotEqualTo(first.text());
  }

  @Test
  void everyNonBlankLineIsInExactlyOneItemOrIgnored() {
    for (long seed = 0; seed < 200; seed++) {
      RenderedPage page = renderer.render("p.txt", pool, seed);
      String[] lines = Splitter.LINE_BREAK.split(page.text(), -1);
      for (int number = 1; number <= lines.length; number++) {
        int owners = page.gold().ignores(number) ? 1 : 0;
        for (GoldItem item : page.gold().items()) {
          final int n = number;
          owners += item.lines().stream().anyMatch(r -> r.contains(n)) ? 1 : 0;
        }
        boolean blank = lines[number - 1].isBlank();
        assertThat(owners).as("seed %d line %d: %s", seed, number, lines[number - 1]).isEqualTo(blank ? 0 : 1);
      }
    }
  }

  @Test
  void goldRolesAreLinesOfTheirItem() {
    for (long seed = 0; seed < 100; seed++) {
      for (GoldItem item : renderer.render("p.txt", pool, seed).gold().items()) {
        Set<Integer> lines = new HashSet<>();
        item.lines().forEach(r -> {
          for (int k = r.start(); k <= r.end(); k++) {
            lines.add(k);
          }
        });
        assertThat(lines).containsAll(item.titleLines()).containsAll(item.subheadLines())
            .containsAll(item.captionLines()).containsAll(item.bylineLines()).containsAll(item.jumpLines());
      }
    }
  }

  /** Every phenomenon the generator knows shows up within a few hundred pages. */
  @Test
  void everyPhenomenonOccurs() {
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 400; seed++) {
      seen.addAll(renderer.render("p.txt", pool, seed).gold().knobs());
    }
    assertThat(seen).contains("wrapped", "paragraph-lines", "narrow-columns", "titles-before", "titles-after",
        "titles-mixed", "letter-spaced", "full-width-digits", "half-width-punctuation", "classical-punctuation",
        "traditional", "garbage-glyphs", "heading-marks", "captions-mid-sentence", "teasers", "jumps", "ads", "banners", "furniture",
        "duplicates", "classifieds", "briefs", "commentary", "photo", "subheads", "kicker", "subtitle", "stray-blank-lines");
    for (int convention = 0; convention < 13; convention++) {
      assertThat(seen).contains("dateline-" + convention);
    }
  }

  @Test
  void goldFilesReadBackInTheSeedFormat(@TempDir Path dir) throws Exception {
    RenderedPage page = renderer.render("p.txt", pool, 3);
    Path file = dir.resolve("p.json");
    Files.writeString(file, Json.write(page.gold()));

    GoldPage read = GoldPage.read(file);

    assertThat(read).isEqualTo(page.gold());
    assertThat(read.items()).isNotEmpty();
    assertThat(read.items()).allSatisfy(item -> assertThat(item.lines()).isNotEmpty());
  }

  @Test
  void wrapsAtTheColumnWidthWithClosingPunctuationHanging() {
    assertThat(PageRenderer.wrap("一二三四五，六七八九十", 5)).containsExactly("一二三四五，", "六七八九十");
    assertThat(PageRenderer.wrap("一二三", 5)).containsExactly("一二三");
  }

  @Test
  void anEmptyPoolIsRefused() {
    assertThatThrownBy(() -> renderer.render("p.txt", List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no articles");
  }

  @Test
  void ignoredRangesAreValid() {
    for (long seed = 0; seed < 50; seed++) {
      for (LineRange range : renderer.render("p.txt", pool, seed).gold().ignore()) {
        assertThat(range.start()).isPositive();
      }
    }
  }
}
