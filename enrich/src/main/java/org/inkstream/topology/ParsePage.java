package org.inkstream.topology;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.inkstream.core.Json;
import org.inkstream.core.Page;

/**
 * Reads the page JSON of a pages-topic record. A record that is not a valid page (bad JSON, missing fields, a key that
 * is not the page's id, a page over the size limit) fails here, with its original bytes kept for the dead-letter topic.
 */
final class ParsePage implements FixedKeyProcessor<String, byte[], Outcome<Page>> {

  static final String STAGE = "parse-page";

  private final int maxPageChars;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, Outcome<Page>> context;

  ParsePage(int maxPageChars, PipelineMetrics metrics) {
    this.maxPageChars = maxPageChars;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Outcome<Page>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    metrics.pageIn();
    try {
      Page page = parse(record.key(), record.value());
      // A page from a producer that does not stamp received_at arrived when Kafka took it: its record timestamp.
      if (page.receivedAt() == null) {
        page = page.withReceivedAt(Instant.ofEpochMilli(record.timestamp()));
      }
      context.forward(record.withValue(Outcome.success(page)));
    } catch (IllegalArgumentException e) {
      context.forward(record.withValue(
          Outcome.failure(DeadLetter.of(STAGE, e, record.value(), context.recordMetadata()))));
    }
  }

  private Page parse(String key, byte[] value) {
    if (value == null) {
      throw new IllegalArgumentException("the record for page " + key + " has no value");
    }
    Page page = Json.read(value, Page.class);
    if (page == null) {
      throw new IllegalArgumentException("the record for page " + key + " is JSON null, not a page");
    }
    if (key != null && !key.equals(page.id())) {
      throw new IllegalArgumentException("record key '" + key + "' is not the page id '" + page.id() + "'");
    }
    if (page.text().length() > maxPageChars) {
      throw new IllegalArgumentException("page " + page.id() + " has " + page.text().length()
          + " characters, more than the limit of " + maxPageChars);
    }
    return page;
  }
}
