package org.inkstream.sink;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.apache.kafka.common.TopicPartition;

/**
 * One bulk operation on its way to Elasticsearch with the Kafka record it came from: the {@code BulkIngester} context,
 * so that the listener knows which offset an item acknowledges, what to retry and what to dead-letter.
 *
 * @param partition the record's partition
 * @param offset the record's offset, also the document's external version
 * @param key the record's key, the article id
 * @param value the record's value as read, kept for the dead-letter topic (not copied: nobody writes it)
 * @param operation the bulk operation
 * @param attempt 0 for the first send, then 1, 2... for retries
 */
record Pending(TopicPartition partition, long offset, String key, byte[] value, BulkOperation operation, int attempt) {

  Pending retried() {
    return new Pending(partition, offset, key, value, operation, attempt + 1);
  }

  /** {@code topic-partition@offset}, for logs. */
  String source() {
    return partition + "@" + offset;
  }
}
