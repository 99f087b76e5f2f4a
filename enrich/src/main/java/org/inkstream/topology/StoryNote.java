package org.inkstream.topology;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;

/**
 * What the assign step hears about one version of an article, on the partition of its article id: the article itself
 * (or its retraction), and one answer per LSH band. The article is published when all its answers are in.
 *
 * @param version which version of the article: the page record it came from and the article id, so that the answers
 *     of a corrected page's article never mix with those of the version before
 * @param kind what the note says
 * @param article the article (kind ARTICLE), else null
 * @param self the article version's fingerprint and time (kind ARTICLE), null without a fingerprint
 * @param bands how many answers the version waits for (kind ARTICLE): one per band, none without a fingerprint
 * @param headers the article record's headers (kinds ARTICLE and RETRACTION), published with it
 * @param nearest one band's first-filed near article (kind ANSWER), or null when the band knows none
 */
record StoryNote(String version, Kind kind, Article article, StoryIndex.Entry self, int bands,
    Map<String, byte[]> headers, StoryIndex.Entry nearest) {

  enum Kind { ARTICLE, RETRACTION, ANSWER }

  StoryNote {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  static StoryNote article(String version, Article article, StoryIndex.Entry self, int bands, Headers headers) {
    return new StoryNote(version, Kind.ARTICLE, article, self, bands, asMap(headers), null);
  }

  static StoryNote retraction(String version, Headers headers) {
    return new StoryNote(version, Kind.RETRACTION, null, null, 0, asMap(headers), null);
  }

  static StoryNote answer(String version, StoryIndex.Entry nearest) {
    return new StoryNote(version, Kind.ANSWER, null, null, 0, Map.of(), nearest);
  }

  /**
   * The version of the article {@code articleId} that the current record carries: the page record's topic, partition
   * and offset, unique per version and the same when a task replays it after a crash.
   */
  static String versionOf(ProcessingContext context, String articleId) {
    return context.recordMetadata()
        .map(m -> m.topic() + "/" + m.partition() + "/" + m.offset() + "/" + articleId)
        .orElseThrow(() -> new IllegalStateException("the story step runs on records from a topic"));
  }

  private static Map<String, byte[]> asMap(Headers headers) {
    Map<String, byte[]> map = new HashMap<>();
    for (Header header : headers) {
      map.put(header.key(), header.value() == null ? new byte[0] : header.value());
    }
    return map;
  }
}
