package org.inkstream.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void shouldWriteAndReadTheScript() {
    Page page = new Page("p", "明報", LocalDate.of(2023, 12, 8), "A3", "港聞", "a3.txt", "本報訊", null, "Big5",
        Page.TRADITIONAL);

    String json = Json.write(page);

    assertThat(json).contains("\"script\":\"traditional\"", "\"charset\":\"Big5\"");
    assertThat(Json.read(json, Page.class)).isEqualTo(page);
  }

  @Test
  void shouldReadARecordWrittenBeforeTheScriptExisted() {
    Page page = Json.read("{\"id\":\"p\",\"file\":\"p.txt\",\"text\":\"本报讯\",\"charset\":\"UTF-8\"}", Page.class);

    assertThat(page.script()).isNull();
    assertThat(page).isEqualTo(new Page("p", null, null, null, null, "p.txt", "本报讯", null, "UTF-8"));
  }

  @Test
  void shouldRejectAnUnknownScript() {
    assertThatThrownBy(() -> new Page("p", null, null, null, null, "p.txt", "x", null, null, "hant"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was hant");
  }
}
