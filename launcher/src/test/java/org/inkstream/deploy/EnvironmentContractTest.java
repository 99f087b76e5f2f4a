package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code reads exactly the environment variables that {@code deploy/env-contract.txt} lists: every name a main
 * source or the logging configuration mentions is in the contract, and every name of the contract is read somewhere.
 * Deployments are tested against the same list, so the two cannot drift apart.
 */
class EnvironmentContractTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern VARIABLE = Pattern.compile("\\b((?:KAFKA|ELASTICSEARCH|INKSTREAM|KIBANA)_[A-Z_]+)\\b");

  @Test
  void codeReadsExactlyTheContractsVariables() throws IOException {
    Set<String> contract = new TreeSet<>(Files.readAllLines(ROOT.resolve("deploy/env-contract.txt")).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
    contract.remove("JAVA_OPTS"); // read by the image's entry point, not by Java code

    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(EnvironmentContractTest::isMainSource).toList()) {
        Matcher matcher = VARIABLE.matcher(Files.readString(file));
        while (matcher.find()) {
          read.add(matcher.group(1));
        }
      }
    }

    assertThat(read).as("variables the code reads").isEqualTo(contract);
  }

  private static boolean isMainSource(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.contains("/src/main/") && !path.contains("/target/")
        && (path.endsWith(".java") || path.endsWith("logback.xml"));
  }
}
