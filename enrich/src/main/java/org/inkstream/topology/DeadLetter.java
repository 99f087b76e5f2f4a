package org.inkstream.topology;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.inkstream.core.DeadLetterHeaders;

/**
 * A record the topology could not process, with the reason. On the dead-letter topic the value is the original record
 * value, untouched so that it can be replayed once fixed, and the reason travels in headers:
 *
 * <ul>
 *   <li>{@value #STAGE}: the step that failed (parse-page, split-page...)
 *   <li>{@value #ERROR_CLASS}, {@value #ERROR_MESSAGE}: the exception
 *   <li>{@value #SOURCE_TOPIC}, {@value #SOURCE_PARTITION}, {@value #SOURCE_OFFSET}: where the record came from
 * </ul>
 */
record DeadLetter(String stage, String errorClass, String errorMessage, byte[] originalValue, RecordMetadata source) {

  static final String STAGE = "inkstream.stage";
  static final String ERROR_CLASS = "inkstream.error.class";
  static final String ERROR_MESSAGE = "inkstream.error.message";
  static final String SOURCE_TOPIC = DeadLetterHeaders.SOURCE_TOPIC;
  static final String SOURCE_PARTITION = DeadLetterHeaders.SOURCE_PARTITION;
  static final String SOURCE_OFFSET = DeadLetterHeaders.SOURCE_OFFSET;

  DeadLetter {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(errorClass, "errorClass");
    errorMessage = errorMessage == null ? "" : errorMessage;
  }

  static DeadLetter of(String stage, Exception error, byte[] originalValue, Optional<RecordMetadata> source) {
    return new DeadLetter(stage, error.getClass().getName(), error.getMessage(), originalValue, source.orElse(null));
  }

  Headers headers() {
    Headers headers = new RecordHeaders();
    add(headers, STAGE, stage);
    add(headers, ERROR_CLASS, errorClass);
    add(headers, ERROR_MESSAGE, errorMessage);
    if (source != null) {
      add(headers, SOURCE_TOPIC, source.topic());
      add(headers, SOURCE_PARTITION, Integer.toString(source.partition()));
      add(headers, SOURCE_OFFSET, Long.toString(source.offset()));
    }
    return headers;
  }

  private static void add(Headers headers, String key, String value) {
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
