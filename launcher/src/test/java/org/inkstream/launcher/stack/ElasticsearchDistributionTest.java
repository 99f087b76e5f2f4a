package org.inkstream.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

  /** A launcher started in its own folder names its cache through '.': its entries are still inside it. */
  @Test
  void shouldUnpackIntoAFolderNamedThroughDot(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("elasticsearch-0.0.1.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("elasticsearch-0.0.1/"));
      out.putNextEntry(new ZipEntry("elasticsearch-0.0.1/bin/elasticsearch"));
      out.write("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    Path home = ElasticsearchDistribution.unpack(zip, dir.resolve(".").resolve(".inkstream").resolve("dist"));

    assertThat(home.resolve("bin").resolve("elasticsearch")).isRegularFile();
  }

  @Test
  void shouldRefuseAnEntryThatPointsOutsideTheFolder(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("evil.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("../outside"));
      out.closeEntry();
    }

    assertThatThrownBy(() -> ElasticsearchDistribution.unpack(zip, dir.resolve("cache")))
        .hasRootCauseMessage("zip entry ../outside points outside the target folder");
  }
}
