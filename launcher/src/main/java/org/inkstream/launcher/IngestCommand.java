package org.inkstream.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.inkstream.core.Topics;
import org.inkstream.ingest.IngestSummary;
import org.inkstream.ingest.Ingester;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageProducer;
import org.inkstream.ingest.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inkstream ingest}: page files and folders to the pages topic, with a progress bar and a closing summary. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Send page files (or folders of them) to the pages topic of a running Kafka.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders of them.")
  List<Path> paths;

  @Mixin KafkaOptions kafka;

  @Option(names = "--max-page-bytes", defaultValue = "" + PageReader.DEFAULT_MAX_BYTES,
      description = "Largest page file accepted (default: ${DEFAULT-VALUE}).")
  int maxPageBytes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    String bootstrap = kafka.requireBootstrapServers();
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = PageFiles.expand(paths);
    IngestSummary summary;
    try (PageProducer producer = PageProducer.create(bootstrap, Topics.defaults().pages(), maxPageBytes);
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Pages").setInitialMax(files.size())
            .continuousUpdate().build()) {
      summary = new Ingester(new PageFiles(new PageReader(maxPageBytes)), producer)
          .ingest(files, (file, ok) -> bar.step());
    }
    out.printf("%d pages sent, %d failed%n", summary.sent().size(), summary.failed().size());
    summary.failed().forEach((file, reason) -> out.printf("  failed: %s: %s%n", file, reason));
    return summary.ok() ? 0 : 1;
  }
}
