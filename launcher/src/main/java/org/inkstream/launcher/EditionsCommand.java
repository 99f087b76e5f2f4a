package org.inkstream.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.inkstream.core.Edition;
import org.inkstream.sink.ElasticsearchClients;
import org.inkstream.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream editions}: the morning question, have today's papers arrived, all of their pages? Prints the
 * editions the pipeline tracks (the {@code editions} index) with their status.
 */
@Command(name = "editions", mixinStandardHelpOptions = true,
    description = "Print the editions and their status (expected, arriving, complete, late, incomplete, unexpected).")
final class EditionsCommand implements Callable<Integer> {

  @Mixin ElasticsearchOptions elasticsearch;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Editions of this date (default: today in Asia/Shanghai; 'all' for every date).")
  String date;

  @Option(names = "--paper", paramLabel = "NAME", description = "Editions of this paper only.")
  String paper;

  @Option(names = "--index", defaultValue = "editions", description = "The editions alias (default: ${DEFAULT-VALUE}).")
  String index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!elasticsearch.given()) {
      throw new ParameterException(spec.commandLine(),
          "no Elasticsearch given: pass --es-url URL or set ELASTICSEARCH_URL");
    }
    LocalDate day = date == null ? LocalDate.now(ZoneId.of("Asia/Shanghai"))
        : date.equals("all") ? null : parse(date);
    SinkConfig config = elasticsearch.applyTo(SinkConfig.builder().bootstrapServers("unused:9092"),
        URI.create(elasticsearch.url)).build();
    PrintWriter out = spec.commandLine().getOut();
    try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
      List<Edition> editions = EditionTable.search(client, index, day, paper);
      out.printf("Editions%s%s: %d%n", day == null ? "" : " of " + day, paper == null ? "" : " of " + paper,
          editions.size());
      EditionTable.print(out, editions);
      out.flush();
      return editions.stream().anyMatch(e -> e.status().alerting()) ? 3 : 0;
    }
  }

  private LocalDate parse(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--date: '" + text + "' is not a date (YYYY-MM-DD) or 'all'");
    }
  }
}
