package org.inkstream.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and unpacking the distribution zip. */
class ElasticsearchDistributionTest {

  @Test
  void shouldTellHowToFetchAMissingZip() {
    String previous = System.getProperty(ElasticsearchDistribution.ZIP_PROPERTY);
    System.setProperty(ElasticsearchDistribution.ZIP_PROPERTY, "/nonexistent/elasticsearch.zip");
    try {
      assertThatThrownBy(ElasticsearchDistribution::locateZip)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("/nonexistent/elasticsearch.zip")
          .hasMessageContaining("./mvnw package");
    } finally {
      if (previous == null) {
        System.clearProperty(ElasticsearchDistribution.ZIP_PROPERTY);
      } else {
        System.setProperty(ElasticsearchDistribution.ZIP_PROPERTY, previous);
      }
    }
  }

  @Test
  void shouldUnpackOnceWithExecutableScripts(@TempDir Path cache) throws Exception {
    Path zip = ElasticsearchDistribution.locateZip();

    Path home = ElasticsearchDistribution.unpack(zip, cache);
    long unpackedAt = Files.getLastModifiedTime(home).toMillis();

    assertThat(Files.getPosixFilePermissions(home.resolve("bin").resolve("elasticsearch")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    assertThat(home.resolve("config").resolve("jvm.options")).isRegularFile();
    // A second call finds the unpacked distribution and leaves it alone.
    assertThat(ElasticsearchDistribution.unpack(zip, cache)).isEqualTo(home);
    assertThat(Files.getLastModifiedTime(home).toMillis()).isEqualTo(unpackedAt);
    try (var entries = Files.list(cache)) {
      assertThat(entries).containsExactly(home); // no scratch folder left behind
    }
  }
}
