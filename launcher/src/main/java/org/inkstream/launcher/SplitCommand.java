package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inkstream.core.Json;
import org.inkstream.core.Leftover;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;
import org.inkstream.ingest.BadPageException;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inkstream split}: the engine offline. Prints one JSON article record per line, the same record the topology
 * emits and the sink indexes; no Kafka, no Elasticsearch.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Split page files into articles and print one JSON article per line (no Kafka, no Elasticsearch).")
final class SplitCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page files or folders of them.")
  List<Path> files;

  @Option(names = {"-v", "--verbose"},
      description = "Also report on stderr the lines of each page that belong to no article.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PageFiles pageFiles = new PageFiles(new PageReader());
    Engine engine = Engine.withStoryIndex();
    int failed = 0;
    for (Path file : PageFiles.expand(files)) {
      try {
        Page page = pageFiles.read(file);
        PageSplit split = engine.apply(page);
        split.articles().forEach(article -> out.println(Json.write(article)));
        if (verbose) {
          for (Leftover leftover : split.leftovers()) {
            err.printf("%s: lines %s set aside (%s): %s%n", page.file(), Json.write(leftover.lines()),
                leftover.reason(), leftover.text());
          }
        }
      } catch (java.nio.file.NoSuchFileException e) {
        err.println("inkstream split: no such file: " + file);
        failed++;
      } catch (BadPageException | java.io.IOException e) {
        err.println("inkstream split: " + e.getMessage());
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
