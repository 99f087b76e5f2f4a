package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inkstream.engine.Splitter;
import org.junit.jupiter.api.Test;

/** Keeps the topology printout in the README true: it must match what {@code describe()} prints today. */
class TopologyDescriptionTest {

  @Test
  void readmeShowsTheCurrentTopology() throws IOException {
    EnrichConfig config = EnrichConfig.of("unused:9092", Path.of("unused"));
    String described = EnrichTopology.build(config, new Splitter()::split).describe().toString().strip();
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(readme)
        .as("README.md must show the topology as describe() prints it; paste this:%n%s", described)
        .contains(described);
  }
}
