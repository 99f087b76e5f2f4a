package org.inkstream.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inkstream.core.Page;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the splitter alone, on one thread: one operation splits every page of the seed directory (the real
 * pages, not synthetic text), and the {@code bytes} counter reports UTF-8 bytes of page text split per second. Run with
 * {@code ./mvnw -q -pl enrich -am -Pbench verify} from the repository root; {@code -Dbench.seeds=DIR} points it at
 * other pages.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SplitterBenchmark {

  private final Splitter splitter = new Splitter();
  private final List<Page> pages = new ArrayList<>();
  private long pageBytes;

  /** UTF-8 bytes split, reported by JMH per second next to the operation rate. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  @Setup
  public void readPages() {
    Path dir = Path.of(System.getProperty("bench.seeds", "../seeds"));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        pages.add(Page.of(file.getFileName().toString(), file.getFileName().toString(), text));
        pageBytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark pages from " + dir.toAbsolutePath(), e);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no .txt pages in " + dir.toAbsolutePath());
    }
  }

  @Benchmark
  public void splitSeedPages(Bytes counter, Blackhole sink) {
    for (Page page : pages) {
      sink.consume(splitter.split(page));
    }
    counter.bytes += pageBytes;
  }
}
