package org.inkstream.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.inkstream.core.Article;
import org.inkstream.enrichment.StoryIndex;
import org.inkstream.topology.StoryQueue.Waiting;

/**
 * Gives every article the id of the story it belongs to: the same wire story printed by two papers, a reprint, a
 * story continued on another page get one {@code story_id} (near-duplicate SimHash fingerprints, see {@link
 * StoryIndex}).
 *
 * <p>Runs on the partition of the article id and merges what the parts of the index said: an article waits here for
 * one answer per LSH band ({@link LookUpBand}), then takes the id of the first-filed article among itself and the
 * answers ({@link StoryIndex#storyOf}), exactly what one {@link StoryIndex} would give. The versions of one article
 * (and its retractions) are published in the order they came, whatever the order their answers come in, so the last
 * record of an article on the articles topic is always its latest version. What waits lives in a changelogged store,
 * so a crash or a moved task loses nothing; an article waits only as long as its answers take.
 */
final class AssignStory implements FixedKeyProcessor<String, StoryNote, Article> {

  private final String storeName;
  private FixedKeyProcessorContext<String, Article> context;
  private KeyValueStore<String, StoryQueue> queues;

  AssignStory(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Article> context) {
    this.context = context;
    this.queues = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, StoryNote> record) {
    StoryNote note = record.value();
    StoryQueue queue = queues.get(record.key());
    List<Waiting> waiting = new ArrayList<>(queue == null ? List.of() : queue.waiting());
    List<Waiting> early = new ArrayList<>(queue == null ? List.of() : queue.early());
    if (note.kind() == StoryNote.Kind.ANSWER) {
      answer(note, waiting, early);
    } else {
      Waiting before = take(early, note.version());
      int answersDue = note.bands() + (before == null ? 0 : before.answersDue());
      waiting.add(new Waiting(note.version(), true, note.article(), note.self(), record.timestamp(), note.headers(),
          answersDue, before == null ? null : before.nearest()));
    }
    while (!waiting.isEmpty() && waiting.get(0).ready()) {
      publish(record, waiting.remove(0));
    }
    queues.put(record.key(), waiting.isEmpty() && early.isEmpty() ? null : new StoryQueue(waiting, early));
  }

  /** Counts one band's answer for its version, which waits in the queue or, before its note came, among the early. */
  private static void answer(StoryNote note, List<Waiting> waiting, List<Waiting> early) {
    List<Waiting> holder = waiting.stream().anyMatch(w -> w.version().equals(note.version())) ? waiting : early;
    int at = indexOf(holder, note.version());
    Waiting before = at < 0
        ? new Waiting(note.version(), false, null, null, 0, null, 0, null)
        : holder.get(at);
    Waiting after = new Waiting(before.version(), before.noted(), before.article(), before.self(),
        before.timestamp(), before.headers(), before.answersDue() - 1, firstFiled(before.nearest(), note.nearest()));
    if (at < 0) {
      holder.add(after);
    } else {
      holder.set(at, after);
    }
  }

  private void publish(FixedKeyRecord<String, StoryNote> record, Waiting version) {
    RecordHeaders headers = new RecordHeaders();
    version.headers().forEach(headers::add);
    Article article = version.article();
    if (article != null && version.self() != null) {
      String storyId = StoryIndex.storyOf(version.self(), Optional.ofNullable(version.nearest()));
      article = article.toBuilder().storyId(storyId).contentHash(article.contentHash()).build();
    }
    context.forward(record.<Article>withValue(article).withTimestamp(version.timestamp()).withHeaders(headers));
  }

  private static StoryIndex.Entry firstFiled(StoryIndex.Entry a, StoryIndex.Entry b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return StoryIndex.FIRST_FILED.compare(a, b) <= 0 ? a : b;
  }

  private static Waiting take(List<Waiting> list, String version) {
    int at = indexOf(list, version);
    return at < 0 ? null : list.remove(at);
  }

  private static int indexOf(List<Waiting> list, String version) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).version().equals(version)) {
        return i;
      }
    }
    return -1;
  }
}
