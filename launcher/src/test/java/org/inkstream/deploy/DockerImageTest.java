package org.inkstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkstream.core.Topics;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile follows the runtime contract (base image, non-root user, port, health check, the distribution
 * Maven builds), and deploy/README.md documents every name of the contract.
 */
class DockerImageTest {

  private final String dockerfile = DeployFiles.read("Dockerfile");

  @Test
  void imageRunsTheMavenDistributionAsANonRootUser() {
    assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jre\\s*$");
    assertThat(dockerfile).containsPattern("(?m)^COPY launcher/target/lib/ /opt/inkstream/lib/$");
    assertThat(dockerfile).containsPattern("(?m)^COPY launcher/target/inkstream.jar /opt/inkstream/inkstream.jar$");
    assertThat(dockerfile).containsPattern("(?m)^USER 10001:10001$");
    assertThat(dockerfile).containsPattern("(?m)^EXPOSE 8080$");
    assertThat(dockerfile).containsPattern("(?s)HEALTHCHECK .*CMD curl [^\\n]*/health/live");
    assertThat(dockerfile).contains("exec java $JAVA_OPTS -jar /opt/inkstream/inkstream.jar");
    // The build context only lets through what the image copies.
    assertThat(DeployFiles.read(".dockerignore"))
        .contains("!launcher/target/inkstream.jar", "!launcher/target/lib/", "!deploy/kibana/");
  }

  @Test
  void imageDefaultsAreContractVariables() {
    Matcher env = Pattern.compile("(?m)^\\s*(?:ENV\\s+)?([A-Z_]+)=").matcher(dockerfile);
    Set<String> names = new LinkedHashSet<>();
    while (env.find()) {
      names.add(env.group(1));
    }
    assertThat(names).containsExactlyInAnyOrder("INKSTREAM_HTTP_PORT", "INKSTREAM_DATA_DIR", "INKSTREAM_ES_ANALYZER",
        "JAVA_OPTS");
    assertThat(names).isSubsetOf(DeployFiles.envContract());
  }

  @Test
  void readmeDocumentsTheWholeContract() {
    String readme = DeployFiles.read("deploy/README.md");
    DeployFiles.envContract().forEach(v -> assertThat(readme).as("deploy/README.md documents " + v).contains("`" + v + "`"));
    DeployFiles.metricsContract().keySet().stream().filter(m -> m.startsWith("inkstream_"))
        .forEach(m -> assertThat(readme).as("deploy/README.md documents metric " + m).contains(m));
    Topics t = Topics.defaults();
    for (String topic : List.of(t.pages(), t.articles(), t.pageReports(), t.pagesDeadLetter(), t.sinkDeadLetter())) {
      assertThat(readme).as("deploy/README.md describes topic " + topic).contains("`" + topic + "`");
    }
    for (String command : Arrays.asList("inkstream ingest --watch /inbox", "inkstream enrich", "inkstream sink",
        "inkstream kibana import --kibana-url", "/health/live", "/health/ready", "/metrics")) {
      assertThat(readme).as("deploy/README.md documents " + command).contains(command);
    }
  }
}
