package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inkstream.alerts.AlertRule;
import org.inkstream.alerts.RuleFile;
import org.inkstream.core.Topics;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.Test;

/** {@code rules put / list / delete} on the real broker: the rules topic holds what the pipeline will apply. */
class RuleStoreTest {

  @Test
  void shouldPutListAndDeleteRules() throws Exception {
    LocalStack stack = LocalStack.global();
    Topics topics = Topics.defaults().withPrefix("rules-" + UUID.randomUUID() + "-");
    TestTopics.create(stack.bootstrapServers(), topics);
    RuleStore store = new RuleStore(stack.bootstrapServers(), Map.of(), topics.rules());
    List<AlertRule> example = RuleFile.read(Path.of("..", "deploy", "rules.example.yaml"));

    store.put(example);
    assertThat(store.list()).containsExactlyInAnyOrderElementsOf(example);

    // A changed rule replaces the old one; a deleted rule is gone
    AlertRule changed = AlertRule.of(example.get(0).id(), "改名", "防汛");
    store.put(List.of(changed));
    store.delete(List.of(example.get(1).id()));

    List<AlertRule> now = store.list();
    assertThat(now).hasSize(example.size() - 1).contains(changed).doesNotContain(example.get(0), example.get(1));
  }
}
