package org.inkstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ItemOutcomeTest {

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("items")
  void classifies(OperationType type, int status, String error, ItemOutcome expected) {
    BulkResponseItem item = BulkResponseItem.of(b -> {
      b.operationType(type).index("articles-2024.05").id("p-01").status(status);
      if (error != null) {
        b.error(e -> e.type(error).reason("because"));
      }
      return b;
    });

    assertThat(ItemOutcome.of(item)).isEqualTo(expected);
  }

  static Stream<Arguments> items() {
    return Stream.of(
        Arguments.of(OperationType.Index, 201, null, ItemOutcome.DONE), // created
        Arguments.of(OperationType.Index, 200, null, ItemOutcome.DONE), // updated
        Arguments.of(OperationType.Delete, 404, null, ItemOutcome.DONE), // not_found, no error
        Arguments.of(OperationType.Delete, 404, "index_not_found_exception", ItemOutcome.DONE), // no such month
        Arguments.of(OperationType.Index, 409, "version_conflict_engine_exception", ItemOutcome.DONE), // newer there
        Arguments.of(OperationType.Delete, 409, "version_conflict_engine_exception", ItemOutcome.DONE),
        Arguments.of(OperationType.Index, 429, "es_rejected_execution_exception", ItemOutcome.RETRY), // overloaded
        Arguments.of(OperationType.Index, 503, "unavailable_shards_exception", ItemOutcome.RETRY),
        Arguments.of(OperationType.Index, 500, "illegal_state_exception", ItemOutcome.RETRY),
        Arguments.of(OperationType.Index, 408, "timeout_exception", ItemOutcome.RETRY),
        Arguments.of(OperationType.Index, 400, "document_parsing_exception", ItemOutcome.REJECT), // bad field
        Arguments.of(OperationType.Index, 400, "mapper_parsing_exception", ItemOutcome.REJECT),
        Arguments.of(OperationType.Index, 404, "index_not_found_exception", ItemOutcome.REJECT)); // writes must not
  }
}
