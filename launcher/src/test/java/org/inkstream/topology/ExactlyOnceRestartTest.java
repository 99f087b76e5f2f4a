package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.core.Topics;
import org.inkstream.engine.PageSplit;
import org.inkstream.engine.Splitter;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real broker: the Streams application dies in the middle of a stream of pages, a new stream thread takes over
 * from the last committed transaction, and a read-committed reader of the articles topic sees every article exactly
 * once.
 */
class ExactlyOnceRestartTest {

  private static final int PAGES = 60;

  @TempDir Path stateDir;

  @Test
  void shouldPublishEachArticleExactlyOnceAcrossACrash() throws Exception {
    LocalStack stack = LocalStack.global();
    Topics topics = Topics.defaults().withPrefix("eos-" + UUID.randomUUID() + "-");
    org.inkstream.launcher.TestTopics.create(stack.bootstrapServers(), topics);
    EnrichConfig config = new EnrichConfig("eos-" + UUID.randomUUID(), stack.bootstrapServers(), stateDir, topics,
        EnrichConfig.DEFAULT_MAX_PAGE_CHARS, 100);

    // Given pages made of the seeds under distinct ids, and the articles the engine makes of them
    List<Page> pages = seedPages(PAGES);
    Splitter splitter = new Splitter();
    int expected = pages.stream().mapToInt(p -> splitter.split(p).articles().size()).sum();

    // ...and an engine that kills its stream thread once, on the 25th page, in the middle of a transaction
    AtomicInteger seen = new AtomicInteger();
    AtomicBoolean crashed = new AtomicBoolean();
    Function<Page, PageSplit> crashingOnce = page -> {
      if (seen.incrementAndGet() == 25 && crashed.compareAndSet(false, true)) {
        throw new Error("simulated crash of the stream thread");
      }
      return splitter.split(page);
    };

    try (EnrichService service = EnrichService.start(config, crashingOnce)) {
      produce(stack.bootstrapServers(), topics.pages(), pages);

      // Then a read-committed reader sees every article once, and only once
      Map<String, Integer> committed = new HashMap<>();
      try (KafkaConsumer<String, String> consumer = consumer(stack.bootstrapServers(), "read_committed")) {
        consumer.subscribe(List.of(topics.articles()));
        Awaitility.await("all " + expected + " articles committed").atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> {
              for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                committed.merge(r.key(), 1, Integer::sum);
              }
              return committed.size() == expected;
            });
        // Drain a little longer: a duplicate would arrive after the last new id.
        for (int i = 0; i < 5; i++) {
          consumer.poll(Duration.ofMillis(200)).forEach(r -> committed.merge(r.key(), 1, Integer::sum));
        }
      }
      assertThat(crashed).as("the crash happened").isTrue();
      assertThat(committed).hasSize(expected);
      assertThat(committed.values()).as("each article once").containsOnly(1);
    }
  }

  static List<Page> seedPages(int count) throws Exception {
    Path seeds = Path.of(System.getProperty("inkstream.seeds", "../seeds"));
    List<Path> files;
    try (var stream = Files.list(seeds)) {
      files = stream.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = files.get(i % files.size());
      pages.add(Page.of("page-" + i, file.getFileName().toString(), Files.readString(file)));
    }
    return pages;
  }

  static void produce(String bootstrap, String topic, List<Page> pages) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
      for (Page page : pages) {
        producer.send(new ProducerRecord<>(topic, page.id(), Json.writeBytes(page)));
      }
      producer.flush();
    }
  }

  static KafkaConsumer<String, String> consumer(String bootstrap, String isolation) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    return new KafkaConsumer<>(props);
  }
}
