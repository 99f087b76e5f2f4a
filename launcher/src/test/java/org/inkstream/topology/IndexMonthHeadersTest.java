package org.inkstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.inkstream.core.IndexMonth;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology names each article record's index month in headers ({@link IndexMonth}), through the story step: the
 * month of the article, the month a redated article left, and on a tombstone the month of the last version.
 */
class IndexMonthHeadersTest {

  @TempDir Path stateDir;

  @Test
  void shouldNameTheMonthOfEveryArticleTheMonthItLeftAndTheMonthOfATombstone() {
    List<TestRecord<String, String>> out;
    try (FingerprintTopology topology = new FingerprintTopology(stateDir)) {
      // Given a page of two articles of May 31st, then the same page corrected: the first redated June 1st, the
      // second gone
      LocalDate may31 = LocalDate.of(2024, 5, 31);
      topology.send(Page.of("p", "p.txt", FingerprintLines.line(1L, may31) + "\n" + FingerprintLines.line(-1L, may31)));
      topology.send(Page.of("p", "p.txt", FingerprintLines.line(1L, LocalDate.of(2024, 6, 1))));
      out = topology.articles();
    }

    List<String> seen = new ArrayList<>();
    for (TestRecord<String, String> record : out) {
      seen.add(record.key() + (record.value() == null ? " deleted" : " written")
          + " month=" + header(record.headers(), IndexMonth.HEADER)
          + " before=" + header(record.headers(), IndexMonth.BEFORE_HEADER));
    }
    assertThat(seen).containsExactlyInAnyOrder(
        "p-01 written month=2024.05 before=null",  // first version, May
        "p-02 written month=2024.05 before=null",
        "p-01 written month=2024.06 before=2024.05", // redated: written in June, to be removed from May
        "p-02 deleted month=2024.05 before=null");   // retracted: from May, where its last version lies
  }

  private static String header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
