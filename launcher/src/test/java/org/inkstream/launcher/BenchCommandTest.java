package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.inkstream.core.Json;
import org.inkstream.launcher.stack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code inkstream bench} on the shared broker and node, on a handful of pages: every phase runs, the pipeline makes
 * searchable exactly what the engine makes offline, and the figures scripts read are there. No speed is asserted: a
 * shared CI machine makes speed meaningless here; the command's own figures are for a quiet machine.
 */
class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void shouldMeasureEveryStageAndTheWholePipelineOnTheSamePages() throws Exception {
    LocalStack stack = LocalStack.global();
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new BenchCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(out, true));
    Path json = dir.resolve("bench.json");

    int status = command.execute("--bootstrap-servers", stack.bootstrapServers(), "--es-url",
        stack.elasticsearchUrl(), "--from", Path.of("..", "seeds").toString(), "--pages", "10",
        "--warm-up-pages", "5", "--latency-pages", "5", "--data-dir", dir.resolve("data").toString(), "--json",
        json.toString());

    assertThat(status).as(out.toString()).isZero();
    JsonNode figures = Json.mapper().readTree(json.toFile());
    JsonNode engine = figures.path("stages").get(0);
    assertThat(engine.path("stage").asText()).isEqualTo("engine");
    assertThat(engine.path("articles").asLong()).isPositive();
    // End to end counts articles searchable in Elasticsearch: the run only ends when all the engine's are there.
    assertThat(figures.path("end_to_end").path("articles").asLong()).isEqualTo(engine.path("articles").asLong());
    assertThat(figures.path("latency_ms").path("pages").asInt()).isEqualTo(5);
    assertThat(figures.path("latency_ms").path("missed").asInt()).isZero();
    assertThat(figures.path("latency_ms").path("p99").asLong()).isPositive();
    assertThat(figures.path("slowest_stage").asText()).isNotBlank();
    assertThat(figures.path("ratio_end_to_end_to_slowest").asDouble()).isPositive();
    assertThat(figures.path("heap_max_mb").asDouble()).isPositive();
    for (JsonNode stage : figures.path("stages")) {
      assertThat(stage.path("jvm_cpu_ms").asDouble()).as(stage.toString()).isPositive();
    }
    // A given cluster's CPU comes from its nodes stats: read at every phase, so every stage has it.
    assertThat(figures.path("stages")).allSatisfy(stage -> assertThat(stage.has("elasticsearch_cpu_ms")).isTrue());
    assertThat(out.toString()).contains("end to end / slowest", "CPU per page", "latency page produced");
  }
}
