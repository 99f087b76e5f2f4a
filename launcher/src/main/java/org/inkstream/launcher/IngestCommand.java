package org.inkstream.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.inkstream.core.Topics;
import org.inkstream.ingest.DropFolder;
import org.inkstream.ingest.IngestSummary;
import org.inkstream.ingest.IngestBenchmark;
import org.inkstream.ingest.Ingester;
import org.inkstream.ingest.Ledger;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageMetadata;
import org.inkstream.ingest.PageProducer;
import org.inkstream.ingest.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream ingest}: page files and folders to the pages topic with a progress bar and a closing summary, or
 * {@code --watch DIR} to follow a drop folder until Ctrl-C or SIGTERM.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Send page files (.txt in UTF-8, UTF-16, GB18030 or Big5; .pdf with a text layer), or folders of them, to the "
          + "pages topic of a running Kafka; or follow a drop folder with --watch.",
      "Metadata per field from: the flags below, a sidecar FILE.json or the folder's manifest.json, the path "
          + "<paper>/<yyyy-mm-dd>/<page>.<ext>.",
      "Pages Kafka already holds unchanged are skipped (the ledger in the state folder remembers them; delete it to "
          + "send everything again). Exit status 1 when any page failed."
    })
final class IngestCommand implements Callable<Integer> {

  /** Makes the producer; tests replace it with one around Kafka's MockProducer. */
  interface Producers {
    PageProducer create(String bootstrapServers, String topic, int maxPageBytes, Map<String, String> security);
  }

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Page files or folders of them.")
  List<Path> paths = List.of();

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Follow DIR: take each complete file (a FILE.done marker, or the same size over two polls), "
          + "move it to DIR/done once Kafka acknowledged it, or to DIR/failed beside FILE.error.txt.")
  Path watch;

  @Option(names = "--poll-seconds", defaultValue = "2", paramLabel = "N",
      description = "With --watch: seconds between polls (default: ${DEFAULT-VALUE}).")
  int pollSeconds;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Where the ledger of sent pages is kept (default: DIR/.inkstream-ledger.json with --watch, "
          + "else ./.inkstream).")
  Path stateDir;

  @Option(names = "--paper", description = "The paper of every page, over sidecars and paths.")
  String paper;

  @Option(names = "--edition-date", paramLabel = "YYYY-MM-DD", description = "The edition date of every page.")
  LocalDate editionDate;

  @Option(names = "--page-number", description = "The page number of the one page file given.")
  String pageNumber;

  @Option(names = "--page-name", description = "The page (section) name of every page.")
  String pageName;

  @Mixin KafkaOptions kafka;

  @Mixin HttpOptions http;

  @Option(names = "--benchmark", paramLabel = "REPEAT",
      description = "Instead of sending the pages, measure: pages/s from these files into the broker through the "
          + "ingester, beside raw sends of the same bytes, each file sent REPEAT times (topic "
          + IngestBenchmark.TOPIC + ").")
  Integer benchmarkRepeat;

  @Option(names = "--max-page-bytes", defaultValue = "" + PageReader.DEFAULT_MAX_BYTES,
      description = "Largest page file (or PDF text) accepted, in bytes (default: ${DEFAULT-VALUE}).")
  int maxPageBytes;

  @Spec CommandSpec spec;

  private final Producers producers;

  IngestCommand() {
    this(PageProducer::create);
  }

  IngestCommand(Producers producers) {
    this.producers = producers;
  }

  @Override
  public Integer call() throws InterruptedException, IOException {
    checkArguments();
    String bootstrap = kafka.requireBootstrapServers();
    if (benchmarkRepeat != null) {
      IngestBenchmark.Figures figures = IngestBenchmark.run(bootstrap, PageFiles.expand(paths), benchmarkRepeat);
      spec.commandLine().getOut().println(figures);
      spec.commandLine().getOut().flush();
      return 0;
    }
    PageFiles pageFiles = new PageFiles(new PageReader(maxPageBytes),
        new PageMetadata(paper, editionDate, pageNumber, pageName));
    try (PageProducer producer =
        producers.create(bootstrap, Topics.defaults().pages(), maxPageBytes, kafka.clientProperties())) {
      return watch != null ? watch(pageFiles, producer) : ingest(pageFiles, producer);
    }
  }

  private void checkArguments() {
    if (watch == null && paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give page files or folders, or --watch DIR");
    }
    if (watch != null && !paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either PATH... or --watch DIR, not both");
    }
    if (watch != null && !Files.isDirectory(watch)) {
      throw new ParameterException(spec.commandLine(), "--watch " + watch + " is not a folder");
    }
    if (pageNumber != null && watch != null) {
      throw new ParameterException(spec.commandLine(), "--page-number names one page: it cannot go with --watch");
    }
    if (pollSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--poll-seconds must be at least 1, was " + pollSeconds);
    }
    if (maxPageBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-page-bytes must be positive, was " + maxPageBytes);
    }
  }

  private int ingest(PageFiles pageFiles, PageProducer producer) throws InterruptedException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = PageFiles.expand(paths);
    if (pageNumber != null && files.size() > 1) {
      throw new ParameterException(spec.commandLine(), "--page-number names one page, but " + files.size()
          + " files were given: every page would get the same id");
    }
    Ledger ledger = Ledger.open((stateDir != null ? stateDir : Path.of(".inkstream")).resolve("ingest-ledger.json"));
    IngestSummary summary;
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Pages").setInitialMax(files.size())
        .continuousUpdate().build()) {
      summary = new Ingester(pageFiles, producer, ledger).ingest(files, outcome -> bar.step());
    }
    report(out, summary);
    return summary.ok() ? 0 : 1;
  }

  /**
   * Follows the drop folder until stopped. Ctrl-C and SIGTERM run the shutdown hook, which asks the folder to stop and
   * waits (up to 30 s) until the poll under way has settled its files and the producer is closed.
   */
  private int watch(PageFiles pageFiles, PageProducer producer) throws InterruptedException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path ledgerFile = ledgerFile();
    DropFolder folder = new DropFolder(watch, new Ingester(pageFiles, producer, Ledger.open(ledgerFile)));
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      folder.stop();
      try {
        finished.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "inkstream-ingest-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrometheusMeterRegistry registry = OpsServer.newRegistry();
    Counter pages = Counter.builder("inkstream.pages.in").description("page files sent to Kafka")
        .register(registry);
    Counter failed = Counter.builder("inkstream.dead.letters").tag("stage", "ingest")
        .description("page files moved to failed/").register(registry);
    out.printf("watching %s every %d s (ledger %s); Ctrl-C stops%n", folder.folder(), pollSeconds, ledgerFile);
    out.flush();
    try (OpsServer ops = OpsServer.start(http.port, registry, () -> finished.getCount() > 0)) {
      folder.run(Duration.ofSeconds(pollSeconds), summary -> {
        if (!summary.outcomes().isEmpty()) {
          pages.increment(summary.sent().size());
          failed.increment(summary.failed().size());
          report(out, summary);
        }
      });
      out.println("stopped");
      return 0;
    } finally {
      finished.countDown();
      removeHook(hook);
    }
  }

  /**
   * The ledger of a watched folder: in {@code --state-dir}, else in {@code INKSTREAM_DATA_DIR} (a volume of its own in
   * a container), else inside the watched folder.
   */
  private Path ledgerFile() {
    if (stateDir != null) {
      return stateDir.resolve("ingest-ledger.json");
    }
    String dataDir = System.getenv("INKSTREAM_DATA_DIR");
    return dataDir != null && !dataDir.isBlank()
        ? Path.of(dataDir).resolve("ingest-ledger.json")
        : watch.resolve(".inkstream-ledger.json");
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // expected when the JVM is already shutting down: the hook is running and must not be removed
    }
  }

  private static void report(PrintWriter out, IngestSummary summary) {
    out.println(summary.line());
    summary.failed().forEach((file, reason) -> out.printf("  failed: %s: %s%n", file, reason));
    out.flush();
  }
}
