package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inkstream.core.Json;
import org.inkstream.eval.EvalReport;
import org.inkstream.eval.Evaluator;
import org.inkstream.ingest.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream eval}: scores the engine against gold annotations with the metrics of {@code seeds/README.md}, per
 * page and in total.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the engine against gold annotations (seeds/README.md explains the format and metrics).")
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
  Path goldDir;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Pages to score (default: the page each gold file names, beside the gold folder).")
  List<Path> files = List.of();

  @Option(names = "--json", description = "Print the figures as one JSON object instead of a table.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Engine engine = Engine.create();
    EvalReport report = new Evaluator().evaluate(goldDir, PageFiles.expand(files),
        page -> engine.apply(page).articles());
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? Json.write(report.toMap()) : report.toTable());
    out.flush();
    return 0;
  }
}
