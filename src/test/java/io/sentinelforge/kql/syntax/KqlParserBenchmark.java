package io.sentinelforge.kql.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing speed over {@code ../shared/corpus/kql/dev.jsonl} (all 1,121 queries per operation). Run
 * with the command in docs/parser.md; {@code -Dsf.corpus=FILE} picks another JSON Lines file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KqlParserBenchmark {

  private List<String> queries;

  /** Reads the corpus once. */
  @Setup
  public void readCorpus() throws IOException {
    Path corpus =
        Path.of(System.getProperty("sf.corpus", "../shared/corpus/kql/dev.jsonl")).toAbsolutePath();
    if (!Files.exists(corpus)) {
      throw new IllegalStateException(corpus + " not found; set -Dsf.corpus=FILE");
    }
    queries = CorpusAgreement.read(corpus).stream().map(CorpusAgreement.Labelled::query).toList();
  }

  /** Parses every query of the corpus once (tree building and diagnostics included). */
  @Benchmark
  public void parseCorpus(Blackhole sink) {
    for (String query : queries) {
      sink.consume(KqlParser.parse(query));
    }
  }
}
