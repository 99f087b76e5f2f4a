package org.inkstream.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.inkstream.alerts.AlertRule;
import org.inkstream.alerts.InvalidRuleException;
import org.inkstream.alerts.RuleMatcher;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every alert rule on every article, with the rules of the global rules table as they are now: a rule put,
 * changed or deleted on the rules topic applies to the next article, without a restart.
 *
 * <p>The rules are compiled once per version of the table, not once per article: the table is read for each article
 * (a few dozen records) and the matcher is rebuilt only when what it reads differs from last time. A rule whose query
 * does not parse is skipped with a warning; it must not stop the articles, and {@code inkstream rules put} refuses it
 * before it gets here.
 *
 * <p>Alerts are retracted as articles are: the {@code article-alerts} store remembers the ids of the alerts published
 * for each article, and when the article is retracted (a tombstone), or comes again (a corrected page) without firing
 * a rule it fired before, each alert that no longer holds gets a tombstone on the alerts topic, which the sink turns
 * into a delete and the webhook into a retraction. The store lives in the task of the article's page, as the article
 * does: every version of an article passes through the same task.
 */
final class MatchAlerts implements FixedKeyProcessor<String, Article, Matched> {

  private static final Logger LOG = LoggerFactory.getLogger(MatchAlerts.class);

  private final String rulesStore;
  private final String publishedStore;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, Matched> context;
  private TimestampedKeyValueStore<String, AlertRule> rules;
  private KeyValueStore<String, ArticleAlerts> published;
  private List<AlertRule> compiledFrom = List.of();
  private RuleMatcher matcher = RuleMatcher.compile(List.of());

  MatchAlerts(String rulesStore, String publishedStore, PipelineMetrics metrics) {
    this.rulesStore = rulesStore;
    this.publishedStore = publishedStore;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Matched> context) {
    this.context = context;
    this.rules = context.getStateStore(rulesStore);
    this.published = context.getStateStore(publishedStore);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    if (article == null) {
      context.forward(record.withValue(new Matched(null, List.of(), replacePublished(record.key(), List.of()))));
      return;
    }
    List<Alert> alerts = currentMatcher().match(article, Instant.ofEpochMilli(record.timestamp()));
    alerts.forEach(alert -> metrics.alertFired(alert.ruleId()));
    Article marked = alerts.isEmpty() ? article
        : article.toBuilder().alerts(alerts.stream().map(Alert::ruleId).distinct().toList())
            .contentHash(article.contentHash()).build();
    List<String> retracted = replacePublished(record.key(), alerts.stream().map(Alert::id).distinct().toList());
    context.forward(record.withValue(new Matched(marked, alerts, retracted)));
  }

  /** Remembers {@code current} as the article's alerts and returns the ids it published before that are gone now. */
  private List<String> replacePublished(String articleId, List<String> current) {
    ArticleAlerts before = published.get(articleId);
    if (current.isEmpty()) {
      if (before != null) {
        published.delete(articleId);
      }
    } else {
      published.put(articleId, new ArticleAlerts(current));
    }
    if (before == null) {
      return List.of();
    }
    return before.alertIds().stream().filter(id -> !current.contains(id)).toList();
  }

  private RuleMatcher currentMatcher() {
    List<AlertRule> current = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<AlertRule>> all = rules.all()) {
      while (all.hasNext()) {
        KeyValue<String, ValueAndTimestamp<AlertRule>> next = all.next();
        if (next.value != null && next.value.value() != null) {
          current.add(next.value.value());
        }
      }
    }
    if (!current.equals(compiledFrom)) {
      matcher = RuleMatcher.compile(compilable(current));
      compiledFrom = current;
    }
    return matcher;
  }

  private static List<AlertRule> compilable(List<AlertRule> rules) {
    List<AlertRule> valid = new ArrayList<>();
    for (AlertRule rule : rules) {
      try {
        RuleMatcher.compile(List.of(rule));
        valid.add(rule);
      } catch (InvalidRuleException e) {
        LOG.warn("alert rule {} is skipped: {}", rule.id(), e.getMessage());
      }
    }
    return valid;
  }
}
