package org.inkstream.sink;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkstream.core.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composable index template of the article indices, kept as readable JSON in {@code articles-template.json} beside
 * this class, with the configurable values ({@code ${analyzer}} and the like) filled in from {@link SinkConfig}.
 *
 * <p>Choices, and why:
 * <ul>
 *   <li>{@code dynamic: false}: a field that the mapping does not know is kept in {@code _source} but not indexed. A
 *       newer topology that adds a field must not send every article to the dead-letter topic, which {@code strict}
 *       would; the template is updated, and the next month's index has the field.
 *   <li>Text fields use the configured analyzer. {@code standard} splits Chinese into single characters: match_phrase
 *       then works as a substring search but ranks poorly. The {@code .bigram} sub-fields of {@code headline} and
 *       {@code text} index character pairs (and single characters) and analyze a query into pairs only, so a two
 *       character word such as 咸宁 is one exact term. They need only the standard tokenizer and the shingle filter,
 *       which every Elasticsearch has; {@code smartcn} or {@code icu_analyzer} need plugins.
 *   <li>{@code topics} is a plain object, not nested: Kibana cannot aggregate nested fields, and the primary topic is in
 *       {@code topic}; a query cannot pair a key with its score.
 *   <li>{@code provenance.lines} (pairs of line numbers) is stored, not indexed: it is for reading, not searching.
 *   <li>One shard, replicas and refresh interval configurable: a month of articles is small.
 * </ul>
 */
public final class IndexTemplates {

  private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

  private IndexTemplates() {}

  /**
   * Creates or replaces the article template. Existing indices keep their mapping; the template shapes the indices
   * created from now on.
   */
  public static void install(ElasticsearchClient client, SinkConfig config) throws IOException {
    ArticleIndices indices = config.indices();
    String body = articleTemplate(config);
    client.indices().putIndexTemplate(t -> t.name(indices.templateName()).withJson(new StringReader(body)));
    log.info("Installed index template {} for {} (analyzer {}, {} replicas, refresh {})", indices.templateName(),
        indices.pattern(), config.analyzer(), config.replicas(), config.refreshInterval());
  }

  /** The template's JSON body for {@code config}. */
  static String articleTemplate(SinkConfig config) {
    Map<String, Object> values = Map.of(
        "pattern", config.indices().pattern(),
        "alias", config.indices().alias(),
        "replicas", config.replicas(),
        "refresh_interval", config.refreshInterval(),
        "analyzer", config.analyzer());
    String resource = config.kind().templateResource();
    Matcher matcher = PLACEHOLDER.matcher(resource(resource));
    StringBuilder body = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalStateException(resource + " uses ${" + name + "}, which has no value");
      }
      matcher.appendReplacement(body, Matcher.quoteReplacement(jsonLiteral(values.get(name))));
    }
    matcher.appendTail(body);
    return body.toString();
  }

  /** Values go in as JSON literals, quoted and escaped, so no configured string can change the template's structure. */
  private static String jsonLiteral(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = IndexTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the sink's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
