package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code inkstream split}: JSON lines on stdout, one per article, the same whatever the page's encoding. */
class SplitCommandTest {

  private static final Path SEED = Path.of("..", "seeds", "003_3fcea7782f4eb9a4.txt");

  private record Run(int exit, String out, String err) {
    List<Article> articles() {
      return out.lines().map(line -> Json.read(line, Article.class)).toList();
    }
  }

  private static Run split(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Inkstream.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "split";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = command.execute(all);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void shouldPrintOneArticleRecordPerLineWithItsProvenance() {
    Run run = split(SEED.toString());

    assertThat(run.exit()).isZero();
    List<Article> articles = run.articles();
    assertThat(articles).hasSizeGreaterThan(5);
    assertThat(articles).allSatisfy(article -> {
      assertThat(article.provenance().file()).isEqualTo("003_3fcea7782f4eb9a4.txt");
      assertThat(article.provenance().lines()).isNotEmpty();
      assertThat(article.id()).startsWith("003_3fcea7782f4eb9a4-");
    });
    assertThat(run.out()).contains("\"page_id\":", "\"edition_date_inferred\":").doesNotContain("\"pageId\"");
  }

  @Test
  void shouldSplitAGb18030CopyExactlyLikeTheUtf8Original(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("003_3fcea7782f4eb9a4.txt");
    Files.write(copy, Files.readString(SEED).getBytes(Charset.forName("GB18030")));

    assertThat(split(copy.toString()).out()).isEqualTo(split(SEED.toString()).out());
  }

  @Test
  void shouldReportBadFilesAndGoOnWithTheOthers(@TempDir Path dir) throws Exception {
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 'x'});

    Run run = split(binary.toString(), dir.resolve("missing.txt").toString(), SEED.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("binary.txt looks binary", "no such file: " + dir.resolve("missing.txt"));
    assertThat(run.articles()).isNotEmpty(); // the good page still came out
  }
}
