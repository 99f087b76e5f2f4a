package org.inkstream.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/** The shared stack serves real Kafka and real Elasticsearch requests, Chinese text included. */
class LocalStackTest {

  private final LocalStack stack = LocalStack.global();

  @Test
  void shouldProduceAndConsumeThroughTheBroker() throws Exception {
    String topic = "stack-test-" + UUID.randomUUID();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    }
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
      producer.send(new ProducerRecord<>(topic, "page-1", "咸宁签署合作协议")).get();
    }

    List<ConsumerRecord<String, String>> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
      consumer.subscribe(List.of(topic));
      Awaitility.await("the record to come back").atMost(Duration.ofSeconds(30)).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return !received.isEmpty();
      });
    }

    assertThat(received).singleElement().satisfies(record -> {
      assertThat(record.key()).isEqualTo("page-1");
      assertThat(record.value()).isEqualTo("咸宁签署合作协议"); // non-ASCII survives the round trip
    });
  }

  @Test
  void shouldIndexAndSearchADocument() throws Exception {
    String index = "stack-test-" + UUID.randomUUID();
    try (RestClient rest = RestClient.builder(HttpHost.create(stack.elasticsearchUrl())).build();
        ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()))) {
      client.index(i -> i.index(index).id("a1").document(Map.of("text", "咸宁签署合作协议")).refresh(Refresh.True));

      SearchResponse<Map> found = client.search(s -> s.index(index)
          .query(q -> q.matchPhrase(m -> m.field("text").query("合作"))), Map.class);

      assertThat(found.hits().hits()).extracting(hit -> hit.id()).containsExactly("a1");
      client.indices().delete(d -> d.index(index));
    }
  }

  private Properties producerProperties() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    return props;
  }

  private Properties consumerProperties() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "stack-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    return props;
  }
}
