package org.inkstream.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console of the commands a person runs and watches ({@code demo}, {@code bench}): it shows progress, the summary,
 * and Inkstream's own warnings and errors as one sentence each; the logs of Kafka, Kafka Streams and Elasticsearch's
 * client (start-up notices, retries while a topic is created, warnings on close) go to {@code inkstream.log} in the
 * data folder's {@code logs/}, rotated at 10 MB with 5 old files kept. A person cannot act on those lines, and between
 * progress bars they hide what matters; when something fails the console names the file.
 *
 * <p>{@code --verbose}, or {@code INKSTREAM_LOG_LEVEL} set, keeps the full logs on the console as well (the file is
 * still written). The stages a container runs ({@code enrich}, {@code sink}, {@code ingest --watch}) do not call this:
 * they log to the console, where Docker and Kubernetes collect logs (see deploy/README.md).
 */
final class ConsoleLog {

  /** Logged to the file only (the console filter passes {@code org.inkstream.*}): a failure's stack trace. */
  static final Logger FAILURES = LoggerFactory.getLogger("inkstream.failure");

  private static final String OWN_LOGGERS = "org.inkstream.";
  private static volatile Path file;

  private ConsoleLog() {}

  /**
   * Sends the logs to {@code logDir/inkstream.log}; unless {@code verbose}, the console keeps only Inkstream's warnings
   * and errors, each on one line.
   *
   * @return the log file
   */
  static Path divert(Path logDir, boolean verbose) {
    Path logFile = logDir.toAbsolutePath().resolve("inkstream.log");
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (!verbose && System.getenv("INKSTREAM_LOG_LEVEL") == null) {
      // The console appenders of logback.xml: every logger at its level.
      root.detachAndStopAllAppenders();
      root.addAppender(briefConsole(context, logFile));
    }
    root.addAppender(fileAppender(context, logFile));
    file = logFile;
    return logFile;
  }

  /** The log file when {@link #divert} ran: where a console message about a failure sends the reader. */
  static Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path logFile) {
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(logFile.toString());

    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(logFile.resolveSibling("inkstream.%i.log").toString());
    rolling.setMinIndex(1);
    rolling.setMaxIndex(5);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf("10MB"));
    trigger.start();

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();

    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  private static ConsoleAppender<ILoggingEvent> briefConsole(LoggerContext context, Path logFile) {
    Filter<ILoggingEvent> ownWarnings = new Filter<>() {
      @Override
      public FilterReply decide(ILoggingEvent event) {
        return event.getLevel().isGreaterOrEqual(Level.WARN) && event.getLoggerName().startsWith(OWN_LOGGERS)
            ? FilterReply.NEUTRAL : FilterReply.DENY;
      }
    };
    ownWarnings.setContext(context);
    ownWarnings.start();

    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    OneLine layout = new OneLine(logFile);
    layout.setContext(context);
    layout.start();
    encoder.setLayout(layout);
    encoder.start();

    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setTarget("System.err");
    console.addFilter(ownWarnings);
    console.setEncoder(encoder);
    console.start();
    return console;
  }

  /** The first line of the message, no logger name or stack trace; an error also names the log file. */
  static final class OneLine extends LayoutBase<ILoggingEvent> {

    private final Path logFile;

    OneLine(Path logFile) {
      this.logFile = logFile;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
      String message = firstLine(event.getFormattedMessage());
      return event.getLevel().isGreaterOrEqual(Level.ERROR)
          ? "Error: " + message + " (details in " + logFile + ")" + System.lineSeparator()
          : "Warning: " + message + System.lineSeparator();
    }
  }

  /** The first line of {@code text}, without a trailing colon that announced the lines left out. */
  static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    String line = (end < 0 ? text : text.substring(0, end)).strip();
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }
}
