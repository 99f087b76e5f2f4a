package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inkstream.eval.GoldPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code inkstream corpus render} then {@code inkstream eval} on what it wrote: the loop a user runs to score the
 * engine on rendered pages. The articles are the hand-written ones of the enrich module's tests.
 */
class CorpusCommandTest {

  private static final Path ARTICLES = Path.of("..", "enrich", "src", "test", "resources", "corpus");

  @Test
  void rendersPagesWithGoldThatEvalScores(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine command = Inkstream.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(new StringWriter(), true));

    // the split is given in lower case, as the help prints it; the hand-written articles all fall in train or dev
    int exit = command.execute("corpus", "render", "--articles", ARTICLES.toString(), "--out", dir.toString(),
        "--pages", "3", "--seed", "7", "--split", "train");

    assertThat(exit).isZero();
    assertThat(dir.resolve("train-000002.txt")).exists();
    GoldPage gold = GoldPage.read(dir.resolve("gold").resolve("train-000002.json"));
    assertThat(gold.items()).isNotEmpty();
    assertThat(gold.knobs()).isNotEmpty();

    StringWriter scores = new StringWriter();
    CommandLine eval = Inkstream.commandLine();
    eval.setOut(new PrintWriter(scores, true));
    assertThat(eval.execute("eval", "--gold", dir.resolve("gold").toString(),
        dir.resolve("train-000000.txt").toString(), dir.resolve("train-000001.txt").toString(),
        dir.resolve("train-000002.txt").toString())).isZero();
    assertThat(scores.toString()).contains("TOTAL");
  }

  @Test
  void aMissingCorpusIsAClearError(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine command = Inkstream.commandLine();
    command.setOut(new PrintWriter(new StringWriter(), true));
    command.setErr(new PrintWriter(err, true));

    int exit = command.execute("train", "--articles", dir.resolve("none").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("docs/data.md");
    assertThat(Files.exists(dir.resolve("none"))).isFalse();
  }
}
