package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.inkstream.ingest.PageProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest command end to end, with Kafka's MockProducer in place of a broker. */
class IngestCommandTest {

  @TempDir Path dir;
  /** What every run's producer sent: each run gets and closes its own MockProducer, as it would a real one. */
  private final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    MockProducer<String, byte[]> kafka =
        new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    CommandLine command = new CommandLine(new IngestCommand((servers, topic, max, security) -> new PageProducer(kafka, topic)));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(out, true));
    String[] all = new String[args.length + 4];
    all[0] = "--bootstrap-servers";
    all[1] = "mock:9092";
    all[2] = "--state-dir";
    all[3] = dir.resolve("state").toString();
    System.arraycopy(args, 0, all, 4, args.length);
    int status = command.execute(all);
    sent.addAll(kafka.history());
    return status;
  }

  @Test
  void shouldSummariseAndExitWithOneWhenAPageFailed() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages/咸宁日报/2023-12-08"));
    Files.writeString(pages.resolve("01.txt"), "本报讯 今天下雪。\n");
    Path empty = Files.writeString(pages.resolve("02.txt"), "");

    int status = run(dir.resolve("pages").toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString())
        .contains("1 pages sent, 0 skipped as unchanged, 1 failed")
        .contains("failed: " + empty + ": " + empty + " is empty");
    assertThat(sent).extracting(ProducerRecord::key).containsExactly("咸宁日报-2023-12-08-01");
    assertThat(sent).extracting(ProducerRecord::topic).containsExactly("pages");
  }

  @Test
  void shouldSkipAnUnchangedPageOnTheNextRunAndExitWithZero() throws Exception {
    Path page = Files.writeString(dir.resolve("01.txt"), "本报讯 今天下雪。\n");
    assertThat(run(page.toString())).isZero();

    assertThat(run(page.toString())).isZero();

    assertThat(out.toString()).contains("0 pages sent, 1 skipped as unchanged, 0 failed");
    assertThat(sent).hasSize(1);
  }

  @Test
  void shouldLetFlagsOverrideEveryOtherSourceOfMetadata() throws Exception {
    Path page = Files.writeString(dir.resolve("scan.txt"), "本报讯 今天下雪。\n");

    run("--paper", "咸宁日报", "--edition-date", "2023-12-08", "--page-number", "3", "--page-name", "要闻",
        page.toString());

    assertThat(sent).extracting(ProducerRecord::key).containsExactly("咸宁日报-2023-12-08-3");
    assertThat(new String(sent.get(0).value(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"page_name\":\"要闻\"");
  }

  @Test
  void shouldRejectWrongUsageWithStatusTwo() throws Exception {
    assertThat(run()).isEqualTo(2);
    assertThat(out.toString()).contains("give page files or folders, or --watch DIR");
    assertThat(run("--watch", dir.toString(), dir.toString())).isEqualTo(2);
    assertThat(run("--watch", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(run("--edition-date", "2023-13-45", dir.toString())).isEqualTo(2);
    Files.writeString(dir.resolve("a.txt"), "一");
    Files.writeString(dir.resolve("b.txt"), "二");
    assertThat(run("--page-number", "3", dir.toString())).isEqualTo(2); // two pages would share one id
    assertThat(out.toString()).contains("--page-number names one page, but 2 files were given");
  }
}
