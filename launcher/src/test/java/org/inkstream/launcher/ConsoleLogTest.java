package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the console of {@code demo} and {@code bench} makes of a log event: one line, no logger or stack trace; an error
 * names the log file. (The whole console, filter included, is checked on a real demo by {@link DemoRestartTest}.)
 */
class ConsoleLogTest {

  private static final Path LOG = Path.of("/data/.inkstream/logs/inkstream.log");

  @Test
  void aWarningIsOneSentence() {
    assertThat(layout(Level.WARN, "The article sink did not stop within a minute"))
        .isEqualTo("Warning: The article sink did not stop within a minute" + System.lineSeparator());
  }

  @Test
  void anErrorKeepsItsFirstLineAndNamesTheLogFile() {
    // Given a message with a log tail below its first line, as a failed Elasticsearch start has
    String message = "Elasticsearch exited with status 70 while starting (its log: /x/console.log)\nThe log ends with:\n"
        + "Unrecognized VM option";

    // Then the console gets the first line and where the rest is
    assertThat(layout(Level.ERROR, message)).isEqualTo("Error: Elasticsearch exited with status 70 while starting "
        + "(its log: /x/console.log) (details in " + LOG + ")" + System.lineSeparator());
  }

  @Test
  void firstLineDropsTheColonThatAnnouncedTheRest() {
    assertThat(ConsoleLog.firstLine("the log ends with:\nline")).isEqualTo("the log ends with");
    assertThat(ConsoleLog.firstLine("  one line  ")).isEqualTo("one line");
    assertThat(ConsoleLog.firstLine(null)).isEmpty();
  }

  private static String layout(Level level, String message) {
    LoggerContext context = new LoggerContext();
    LoggingEvent event = new LoggingEvent(ConsoleLogTest.class.getName(), context.getLogger("org.inkstream.sink"),
        level, message, null, null);
    ConsoleLog.OneLine layout = new ConsoleLog.OneLine(LOG);
    layout.setContext(context);
    layout.start();
    return layout.doLayout(event);
  }
}
