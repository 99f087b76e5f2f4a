package org.inkstream.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker keeps its data across restarts: storage is formatted only once. */
class EmbeddedKafkaTest {

  @Test
  void shouldKeepTopicsAcrossARestart(@TempDir Path dataDir) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
      try (Admin admin = admin(kafka)) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
      }
    }
    String clusterId = Files.readString(dataDir.resolve("log").resolve("meta.properties"));

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir); Admin admin = admin(kafka)) {
      assertThat(admin.listTopics().names().get()).contains("kept");
    }
    // Not formatted again: a second format would have written another cluster id.
    assertThat(Files.readString(dataDir.resolve("log").resolve("meta.properties"))).isEqualTo(clusterId);
  }

  private static Admin admin(EmbeddedKafka kafka) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
  }
}
