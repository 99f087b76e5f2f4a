package org.inkstream.topology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.inkstream.core.Article;

/**
 * Publishes a page's articles, keyed by article id, so that a page sent again replaces what it said before.
 *
 * <p>The store remembers, per page, the content hash and the article ids last published. A page whose text is unchanged
 * publishes nothing (re-sending a page is harmless); a changed page publishes its articles and a tombstone for every id
 * it no longer has, which the sink turns into a delete.
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
    List<Article> articles = result.split().articles();
    Set<String> current = new HashSet<>();
    for (Article article : articles) {
      current.add(article.id());
      context.forward(new Record<>(article.id(), article, record.timestamp()));
      metrics.articleOut(article.type());
    }
    if (before != null) {
      for (String gone : before.articleIds()) {
        if (!current.contains(gone)) {
          context.forward(new Record<String, Article>(gone, null, record.timestamp()));
        }
      }
    }
    published.put(pageId, new PageArticles(result.page().contentHash(),
        articles.stream().map(Article::id).toList()));
  }
}
