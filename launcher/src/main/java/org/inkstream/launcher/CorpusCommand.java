package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.inkstream.core.Json;
import org.inkstream.corpus.PageRenderer;
import org.inkstream.corpus.RenderedPage;
import org.inkstream.corpus.SourceCorpus;
import org.inkstream.corpus.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream corpus render}: writes rendered pages and their gold files, the way {@code inkstream train} sees
 * them, so that anyone can read what the model learns from and score any engine on them with {@code inkstream eval}.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, subcommands = CorpusCommand.Render.class,
    description = "The rendered page corpus the line labeller learns from.")
final class CorpusCommand {

  @Command(name = "render", mixinStandardHelpOptions = true,
      description = "Render pages with gold annotations (seeds/gold format) from an article corpus.")
  static final class Render implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "DIR",
        description = "Folder of article corpus files (*.jsonl), see docs/data.md.")
    Path articles;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Folder to write pages (DIR/*.txt) and gold files (DIR/gold/*.json) to.")
    Path out;

    @Option(names = "--pages", defaultValue = "100", description = "How many pages (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first page; page k uses seed + k.")
    long seed;

    @Option(names = "--split", defaultValue = "test",
        description = "Which part of the articles to draw from: train, dev or test (default: ${DEFAULT-VALUE}).")
    Split split;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      var pool = SourceCorpus.read(articles).part(split);
      if (pool.isEmpty()) {
        throw new IllegalArgumentException("the " + split.key() + " part of " + articles + " has no articles");
      }
      Files.createDirectories(out.resolve("gold"));
      PageRenderer renderer = new PageRenderer();
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Pages").setInitialMax(pages).build()) {
        for (int k = 0; k < pages; k++) {
          RenderedPage page = renderer.render(String.format("%s-%06d.txt", split.key(), k), pool, seed + k);
          Files.writeString(out.resolve(page.name()), page.text(), StandardCharsets.UTF_8);
          Files.writeString(out.resolve("gold").resolve(page.name().replace(".txt", ".json")),
              Json.write(page.gold()), StandardCharsets.UTF_8);
          bar.step();
        }
      }
      PrintWriter console = spec.commandLine().getOut();
      console.printf("%d pages and their gold in %s; score an engine with: inkstream eval --gold %s/gold%n", pages,
          out, out);
      console.flush();
      return 0;
    }
  }
}
