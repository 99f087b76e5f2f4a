package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.inkstream.core.Article;
import org.inkstream.core.ArticleType;
import org.inkstream.core.Json;
import org.inkstream.core.LineRange;
import org.inkstream.core.Provenance;
import org.inkstream.core.Topics;
import org.inkstream.launcher.stack.EmbeddedElasticsearch;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The sink's client settings against a node secured as production is (HTTPS with its own CA, basic authentication).
 *
 * <p>This class starts a second node of its own (the shared one runs without security): 800 MB more and one to two
 * minutes on a loaded machine. It runs in the default build; {@code -Dinkstream.test.secured=false} leaves it out of a
 * quick local run.
 */
@EnabledIfSystemProperty(named = "inkstream.test.secured", matches = "true")
class SecuredElasticsearchTest {

  private static final EmbeddedElasticsearch.User USER = new EmbeddedElasticsearch.User("inkstream", "s3cret-pw");
  private static EmbeddedElasticsearch secured;

  @BeforeAll
  static void startSecuredNode() {
    Path root = Path.of("target", "local-stack");
    secured = EmbeddedElasticsearch.startSecured(root.resolve("dist"), root.resolve("elasticsearch-secured"), USER);
  }

  @AfterAll
  static void stopSecuredNode() {
    secured.close();
  }

  @Test
  void shouldIndexOverHttpsWithBasicAuthentication() throws Exception {
    LocalStack stack = LocalStack.global();
    String prefix = "s" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = Topics.defaults().withPrefix(prefix + "-");
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topics.articles(), 1, (short) 1))).all().get();
    }
    SinkConfig config = SinkConfig.builder()
        .bootstrapServers(stack.bootstrapServers())
        .groupId(prefix)
        .topics(topics)
        .elasticsearchUrl(secured.url())
        .credentials(Credentials.basic(USER.name(), USER.password()))
        .caCertificate(secured.caCertificate().orElseThrow())
        .indexPrefix(prefix + "-articles")
        .flushInterval(Duration.ofMillis(100))
        .build();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 1; i <= 3; i++) {
        Article article = article("secure-page", i);
        producer.send(new ProducerRecord<>(topics.articles(), article.id(), Json.writeBytes(article))).get();
      }
    }

    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      ArticleSink sink = new ArticleSink(config, client);
      Future<?> run = thread.submit(sink::run);
      Awaitility.await("three articles indexed over HTTPS").atMost(Duration.ofSeconds(90))
          .until(() -> sink.stats().written() == 3);
      sink.close();
      run.get(1, TimeUnit.MINUTES);

      client.indices().refresh(r -> r.index(prefix + "-articles"));
      assertThat(client.count(c -> c.index(prefix + "-articles")).count()).isEqualTo(3);
      client.indices().delete(d -> d.index(prefix + "-articles-*"));
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void shouldTrustTheClusterByCaFingerprint() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("unused:9092")
        .elasticsearchUrl(secured.url())
        .credentials(Credentials.basic(USER.name(), USER.password()))
        .caFingerprint(sha256(secured.caCertificate().orElseThrow()))
        .build();

    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
    }
  }

  @Test
  void shouldBeRefusedWithoutCredentials() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("unused:9092")
        .elasticsearchUrl(secured.url())
        .caCertificate(secured.caCertificate().orElseThrow())
        .build();

    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      assertThatThrownBy(() -> client.cluster().health())
          .isInstanceOfSatisfying(ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
  }

  @Test
  void shouldSayClearlyThatThePasswordIsWrong() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("unused:9092")
        .elasticsearchUrl(secured.url())
        .credentials(Credentials.basic(USER.name(), "not-the-password"))
        .caCertificate(secured.caCertificate().orElseThrow())
        .build();

    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      assertThatThrownBy(() -> ElasticsearchClients.checkConnection(client, config))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("refused the credentials")
          .hasMessageContaining("ELASTICSEARCH_PASSWORD")
          .hasMessageNotContaining("not-the-password"); // the secret itself is never printed
    }
  }

  @Test
  void shouldSayClearlyThatTheCaIsWrong() throws Exception {
    SinkConfig config = SinkConfig.builder().bootstrapServers("unused:9092")
        .elasticsearchUrl(secured.url())
        .credentials(Credentials.basic(USER.name(), USER.password()))
        .caFingerprint("00".repeat(32)) // a CA that did not sign the node's certificate
        .build();

    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      assertThatThrownBy(() -> ElasticsearchClients.checkConnection(client, config))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("TLS handshake")
          .hasMessageContaining("is not signed by the CA given");
    }
  }

  private static Article article(String pageId, int ordinal) {
    return Article.builder().id(Article.idOf(pageId, ordinal)).pageId(pageId).ordinal(ordinal).type(ArticleType.NEWS)
        .headline("加密连接第" + ordinal + "篇").text("通过HTTPS写入的文章")
        .provenance(new Provenance(pageId + ".txt", List.of(LineRange.of(ordinal)))).build();
  }

  private static String sha256(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }
  }
}
