package org.inkstream.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code inkstream} command. Each subcommand is one job; run {@code inkstream help COMMAND} for its options. */
@Command(
    name = "inkstream",
    mixinStandardHelpOptions = true,
    version = "inkstream 0.1.0",
    description = "Newspaper pages to searchable, enriched articles: Kafka in, Elasticsearch out.",
    subcommands = {
      DemoCommand.class,
      SplitCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      RulesCommand.class,
      EditionsCommand.class,
      KibanaCommand.class,
      BenchCommand.class,
      CorpusCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Inkstream {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Inkstream's exit codes: 1 for a failed job, 2 for wrong usage. */
  static CommandLine commandLine() {
    return new CommandLine(new Inkstream())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("inkstream: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        });
  }
}
