package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Test;

class PageProducerTest {

  @Test
  void shouldBeIdempotentAcknowledgedByAllReplicasAndCompressed() {
    Properties config = PageProducer.config("127.0.0.1:9092", PageReader.DEFAULT_MAX_BYTES);

    assertThat(config.get(ProducerConfig.ACKS_CONFIG)).isEqualTo("all");
    assertThat(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isEqualTo(true);
    assertThat(config.get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).isEqualTo("lz4");
    assertThat(config.get(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG)).isEqualTo(StringSerializer.class);
  }

  @Test
  void shouldAllowARequestForTheLargestPageOnceJsonEscaped() {
    int maxPage = 2 * 1024 * 1024;

    int maxRequest = (int) PageProducer.config("127.0.0.1:9092", maxPage).get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);

    assertThat(maxRequest).isGreaterThanOrEqualTo(2 * maxPage);
    assertThat((int) PageProducer.config("127.0.0.1:9092", PageReader.DEFAULT_MAX_BYTES)
        .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isGreaterThanOrEqualTo(2 * PageReader.DEFAULT_MAX_BYTES);
  }

  @Test
  void shouldKeyEachPageByItsIdOnTheGivenTopic() {
    TestProducer kafka = new TestProducer();
    Page page = Page.of("咸宁日报-2023-12-08-03", "03.txt", "本报讯 今天下雪。");

    new PageProducer(kafka, "pages").send(page);

    assertThat(kafka.history()).singleElement().satisfies(record -> {
      assertThat(record.topic()).isEqualTo("pages");
      assertThat(record.key()).isEqualTo("咸宁日报-2023-12-08-03");
      assertThat(Json.read(record.value(), Page.class)).isEqualTo(page);
    });
  }
}
