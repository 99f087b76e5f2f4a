package org.inkstream.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * How fast page files get into Kafka, against how fast Kafka takes the same bytes sent raw: the ratio is the cost of
 * Inkstream's ingest (reading, charset detection, metadata, JSON, ledger) over the broker's own cost.
 *
 * <p>Both halves use one producer with the ingest's settings (idempotent, acks=all, lz4), send to one benchmark topic,
 * and wait for every acknowledgement. Each half runs once untimed over the files to warm the JIT and the connection,
 * then timed over the files repeated {@code repeat} times in one go, as a folder of that many pages would be. The
 * ingest half reads every file from disk each time and uses a ledger that remembers nothing, so no page is skipped as
 * unchanged; it pays its real chunking (a flush every {@link Ingester#CHUNK} pages). The raw half reads the files once
 * before timing, sends all their bytes keyed by file name, then flushes once. Files that fail to ingest still count as
 * pages handled: pass good pages.
 */
public final class IngestBenchmark {

  /** The topic both halves send to. */
  public static final String TOPIC = "ingest-benchmark";

  /**
   * The figures of one run.
   *
   * @param pages pages sent per half (files times repeat)
   * @param ingestPagesPerSecond page files read and ingested per second
   * @param rawPagesPerSecond the same files' bytes sent raw per second
   */
  public record Figures(long pages, double ingestPagesPerSecond, double rawPagesPerSecond) {

    /** Ingest speed over raw speed: 1.0 means ingest costs nothing beyond the broker's work. */
    public double ratio() {
      return ingestPagesPerSecond / rawPagesPerSecond;
    }

    @Override
    public String toString() {
      return String.format("%d pages: ingest %.0f pages/s, raw %.0f pages/s, ratio %.2f", pages, ingestPagesPerSecond,
          rawPagesPerSecond, ratio());
    }
  }

  private IngestBenchmark() {}

  /** Runs the benchmark against the broker at {@code bootstrapServers}, creating {@link #TOPIC} if needed. */
  public static Figures run(String bootstrapServers, List<Path> files, int repeat)
      throws IOException, InterruptedException {
    createTopic(bootstrapServers);
    int maxPageBytes = PageReader.DEFAULT_MAX_BYTES;
    try (Producer<String, byte[]> producer = new KafkaProducer<>(PageProducer.config(bootstrapServers, maxPageBytes))) {
      return run(producer, files, repeat, maxPageBytes);
    }
  }

  /** Runs the benchmark with {@code producer}, which stays open. */
  static Figures run(Producer<String, byte[]> producer, List<Path> files, int repeat, int maxPageBytes)
      throws IOException, InterruptedException {
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat must be at least 1, was " + repeat);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("the benchmark needs at least one page file");
    }
    PageProducer pages = new PageProducer(producer, TOPIC);
    PageFiles pageFiles = new PageFiles(new PageReader(maxPageBytes));
    List<ProducerRecord<String, byte[]>> raw = new ArrayList<>();
    for (Path file : files) {
      raw.add(new ProducerRecord<>(TOPIC, file.getFileName().toString(), Files.readAllBytes(file)));
    }
    ingest(pages, pageFiles, files, 1);
    sendRaw(producer, raw, 1);
    double ingestSeconds = ingest(pages, pageFiles, files, repeat);
    double rawSeconds = sendRaw(producer, raw, repeat);
    long count = (long) files.size() * repeat;
    return new Figures(count, count / ingestSeconds, count / rawSeconds);
  }

  private static double ingest(PageProducer pages, PageFiles pageFiles, List<Path> files, int repeat)
      throws IOException, InterruptedException {
    List<Path> all = repeated(files, repeat);
    long start = System.nanoTime();
    new Ingester(pageFiles, pages, Ledger.forgetful()).ingest(all, Ingester.Progress.NONE);
    return seconds(start);
  }

  private static double sendRaw(Producer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records,
      int repeat) throws InterruptedException {
    List<ProducerRecord<String, byte[]>> all = repeated(records, repeat);
    long start = System.nanoTime();
    List<Future<RecordMetadata>> acks = new ArrayList<>(all.size());
    for (ProducerRecord<String, byte[]> record : all) {
      acks.add(producer.send(record));
    }
    producer.flush();
    for (Future<RecordMetadata> ack : acks) {
      try {
        ack.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("Kafka refused a raw benchmark record: " + e.getCause().getMessage(), e);
      }
    }
    return seconds(start);
  }

  private static <T> List<T> repeated(List<T> items, int repeat) {
    List<T> all = new ArrayList<>(items.size() * repeat);
    for (int i = 0; i < repeat; i++) {
      all.addAll(items);
    }
    return all;
  }

  private static double seconds(long startNanos) {
    return Math.max(System.nanoTime() - startNanos, 1) / 1e9;
  }

  private static void createTopic(String bootstrapServers) throws InterruptedException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create the benchmark topic " + TOPIC + ": " + e.getCause(), e);
      }
      // expected on every run after the first: the topic is reused
    }
  }
}
