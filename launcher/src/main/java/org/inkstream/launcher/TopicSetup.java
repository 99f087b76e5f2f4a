package org.inkstream.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.inkstream.core.Topics;

/**
 * Creates Inkstream's topics when they are missing, with the retention each one needs:
 *
 * <ul>
 *   <li>pages, articles, page-reports, editions: compacted, keyed by id, so that the latest version of every page and article
 *       stays available for replay and a tombstone eventually removes a retracted article;
 *   <li>alert-rules: compacted, one partition: the current set of rules, read whole by every enrich instance;
 *   <li>alerts and dead-letter topics: kept 30 days by time, for notification and for an operator to inspect and
 *       replay.
 * </ul>
 *
 * Existing topics are left as they are: in production, topics are managed by the platform (see deploy/).
 */
final class TopicSetup {

  private static final String THIRTY_DAYS_MS = Long.toString(30L * 24 * 3600 * 1000);

  private TopicSetup() {}

  static void ensure(String bootstrapServers, Topics topics, int partitions, short replication)
      throws InterruptedException {
    ensure(bootstrapServers, Map.of(), topics, partitions, replication);
  }

  /** Like {@link #ensure(String, Topics, int, short)} on a secured cluster ({@code clientProperties}: TLS, SASL). */
  static void ensure(String bootstrapServers, Map<String, String> clientProperties, Topics topics, int partitions,
      short replication) throws InterruptedException {
    Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    Map<String, String> kept = Map.of(TopicConfig.RETENTION_MS_CONFIG, THIRTY_DAYS_MS);
    List<NewTopic> wanted = new ArrayList<>();
    wanted.add(new NewTopic(topics.pages(), partitions, replication).configs(compacted));
    wanted.add(new NewTopic(topics.articles(), partitions, replication).configs(compacted));
    wanted.add(new NewTopic(topics.pageReports(), partitions, replication).configs(compacted));
    wanted.add(new NewTopic(topics.rules(), 1, replication).configs(compacted));
    wanted.add(new NewTopic(topics.alerts(), partitions, replication).configs(kept));
    wanted.add(new NewTopic(topics.pagesDeadLetter(), 1, replication).configs(kept));
    wanted.add(new NewTopic(topics.sinkDeadLetter(), 1, replication).configs(kept));
    wanted.add(new NewTopic(topics.editions(), partitions, replication).configs(compacted));

    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create Inkstream's topics on " + bootstrapServers + ": "
          + e.getCause().getMessage(), e.getCause());
    }
  }
}
