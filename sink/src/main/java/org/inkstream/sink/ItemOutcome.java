package org.inkstream.sink;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;

/** What the sink does with one item of a bulk response. */
enum ItemOutcome {
  /** Written, or nothing to write: acknowledge the record. */
  DONE,
  /** Elasticsearch is overloaded or failing (429, 5xx): try again later, the document is fine. */
  RETRY,
  /** Elasticsearch refused the document itself (400 mapping or parse error...): to the dead-letter topic. */
  REJECT;

  /**
   * Classifies an item.
   * <ul>
   *   <li>409 is {@link #DONE}: with external versioning it means the index already holds this or a newer version of
   *       the article (a replay, or a retry overtaken by a later record).
   *   <li>404 of a delete is {@link #DONE}: the article, or the whole month's index, is not there.
   *   <li>408 (a timeout), 429 and 5xx are {@link #RETRY}; every other error is {@link #REJECT}, since sending the same
   *       document again would fail the same way.
   * </ul>
   */
  static ItemOutcome of(BulkResponseItem item) {
    if (item.error() == null) {
      return DONE;
    }
    int status = item.status();
    if (status == 409 || (status == 404 && item.operationType() == OperationType.Delete)) {
      return DONE;
    }
    if (status == 408 || status == 429 || status >= 500) {
      return RETRY;
    }
    return REJECT;
  }
}
