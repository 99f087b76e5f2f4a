package org.inkstream.topology;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.inkstream.core.Article;
import org.inkstream.core.IndexMonth;

/**
 * Publishes a page's articles, keyed by article id, so that a page sent again replaces what it said before.
 *
 * <p>The store remembers, per page, the content hash, the article ids last published and the month of each one's
 * index. A page whose text is unchanged publishes nothing (re-sending a page is harmless); a changed page publishes its
 * articles and a tombstone for every id it no longer has, which the sink turns into a delete. Every record names its
 * index month in a header ({@link IndexMonth}): the sink deletes a tombstone from that one index, and removes an
 * article whose month changed from its old index.
 */
final class ReplaceArticles implements Processor<String, PageResult, String, Article> {

  private final String storeName;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, Article> context;
  private KeyValueStore<String, PageArticles> published;

  ReplaceArticles(String storeName, PipelineMetrics metrics) {
    this.storeName = storeName;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Article> context) {
    this.context = context;
    this.published = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, PageResult> record) {
    String pageId = record.key();
    PageResult result = record.value();
    PageArticles before = published.get(pageId);
    if (before != null && before.contentHash().equals(result.page().contentHash())) {
      return;
    }
    Map<String, String> monthsBefore = before == null ? Map.of() : before.months();
    List<Article> articles = result.split().articles();
    Set<String> current = new HashSet<>();
    Map<String, String> months = new HashMap<>();
    for (Article article : articles) {
      current.add(article.id());
      IndexMonth month = IndexMonth.of(article.publishedAt());
      if (month != null) {
        months.put(article.id(), month.toString());
      }
      Headers headers = monthHeaders(record.headers(), months.get(article.id()), monthsBefore.get(article.id()));
      context.forward(new Record<>(article.id(), article, record.timestamp(), headers));
      metrics.articleOut(article.type());
    }
    if (before != null) {
      for (String gone : before.articleIds()) {
        if (!current.contains(gone)) {
          Headers headers = monthHeaders(record.headers(), monthsBefore.get(gone), null);
          context.forward(new Record<String, Article>(gone, null, record.timestamp(), headers));
        }
      }
    }
    published.put(pageId, new PageArticles(result.page().contentHash(),
        articles.stream().map(Article::id).toList(), months));
  }

  /** The page's headers plus the month of the record's index and, if it moved, the month it left. */
  private static Headers monthHeaders(Headers page, String month, String monthBefore) {
    Headers headers = new RecordHeaders(page.toArray());
    headers.remove(IndexMonth.HEADER);
    headers.remove(IndexMonth.BEFORE_HEADER);
    if (month != null) {
      headers.add(IndexMonth.HEADER, month.getBytes(StandardCharsets.UTF_8));
    }
    if (monthBefore != null && !monthBefore.equals(month)) {
      headers.add(IndexMonth.BEFORE_HEADER, monthBefore.getBytes(StandardCharsets.UTF_8));
    }
    return headers;
  }
}
