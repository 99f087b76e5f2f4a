package org.inkstream.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.inkstream.core.Json;

/**
 * A serde for Inkstream's records in their one JSON form ({@link Json}). A null value stays null both ways, so that
 * tombstones pass through untouched.
 */
final class JsonSerde {

  private JsonSerde() {}

  static <T> Serde<T> of(Class<T> type) {
    Serializer<T> serializer = (topic, value) -> value == null ? null : Json.writeBytes(value);
    Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : Json.read(bytes, type);
    return Serdes.serdeFrom(serializer, deserializer);
  }
}
