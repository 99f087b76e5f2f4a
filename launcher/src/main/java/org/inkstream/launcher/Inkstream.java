package org.inkstream.launcher;

import org.slf4j.LoggerFactory;
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
      TopicsCommand.class,
      TypesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Inkstream {

  public static void main(String[] args) {
    // Logging starts here, on one thread: when Kafka's and Elasticsearch's threads are the first to log, SLF4J queues
    // their calls during its start-up and prints a notice about replaying them.
    LoggerFactory.getILoggerFactory();
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with Inkstream's exit codes: 1 for a failed job, 2 for wrong usage. A failure is one line on the
   * console; when the command keeps a log file ({@link ConsoleLog}), the line names it and the file has the whole
   * story (the stack trace, and what Elasticsearch printed when it would not start).
   */
  static CommandLine commandLine() {
    return new CommandLine(new Inkstream())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          ConsoleLog.file().ifPresentOrElse(file -> {
            ConsoleLog.FAILURES.error("{} failed", cmd.getCommandName(), e);
            cmd.getErr().println("inkstream: " + ConsoleLog.firstLine(message) + " (details in " + file + ")");
          }, () -> cmd.getErr().println("inkstream: " + message));
          return 1;
        });
  }
}
