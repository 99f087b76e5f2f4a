package org.inkstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inkstream.core.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

  @TempDir Path dir;

  @Test
  void shouldKnowARecordedPageAfterReopening() throws Exception {
    Path file = dir.resolve("ledger.json");
    Ledger ledger = Ledger.open(file);
    Page page = Page.of("p-1", "01.txt", "本报讯 今天下雪。");
    assertThat(ledger.isUnchanged(page)).isFalse();

    ledger.record(page);
    ledger.save();

    Ledger reopened = Ledger.open(file);
    assertThat(reopened.isUnchanged(page)).isTrue();
    assertThat(reopened.isUnchanged(Page.of("p-1", "01.txt", "本报讯 明天放晴。"))).isFalse(); // new text
    assertThat(reopened.isUnchanged(Page.of("p-2", "01.txt", "本报讯 今天下雪。"))).isFalse(); // another page
    assertThat(reopened.isUnchanged(new Page("p-1", null, null, null, "要闻", "01.txt", "本报讯 今天下雪。", null,
        null))).isFalse(); // same text, corrected metadata
  }

  @Test
  void shouldLeaveNoTemporaryFileBehind() throws Exception {
    Ledger ledger = Ledger.open(dir.resolve("ledger.json"));
    ledger.record(Page.of("p-1", "01.txt", "一"));
    ledger.save();

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ledger.json");
    }
  }

  @Test
  void shouldSayHowToRecoverFromACorruptLedger() throws Exception {
    Path file = Files.writeString(dir.resolve("ledger.json"), "{\"p-1\": ");

    assertThatThrownBy(() -> Ledger.open(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ledger.json")
        .hasMessageContaining("delete it");
  }
}
