package org.inkstream.topology;

import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;

/**
 * Runs the page-to-article engine on a page. The engine is plain Java and is meant never to throw but for pages it
 * refuses; whatever it throws, the page goes to the dead-letter topic and the topology goes on with the next one.
 */
final class SplitPage implements FixedKeyProcessor<String, Page, Outcome<PageResult>> {

  static final String STAGE = "split-page";

  private final Function<Page, PageSplit> engine;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, Outcome<PageResult>> context;

  SplitPage(Function<Page, PageSplit> engine, PipelineMetrics metrics) {
    this.engine = engine;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Outcome<PageResult>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Page> record) {
    Page page = record.value();
    try {
      context.forward(record.withValue(Outcome.success(new PageResult(page, metrics.engineLatency().record(() -> engine.apply(page))))));
    } catch (RuntimeException e) { // any engine failure is this page's problem, not the topology's
      context.forward(record.withValue(
          Outcome.failure(DeadLetter.of(STAGE, e, Json.writeBytes(page), context.recordMetadata()))));
    }
  }
}
