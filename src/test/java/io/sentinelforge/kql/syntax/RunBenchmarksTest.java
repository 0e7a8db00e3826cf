package io.sentinelforge.kql.syntax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Launches the JMH benchmarks from Maven (the exec plugin is not available offline); skipped unless
 * {@code -Dbench=REGEX} is given. The report goes to {@code target/jmh-parser.txt}.
 */
class RunBenchmarksTest {

  @Test
  @EnabledIfSystemProperty(named = "bench", matches = ".+")
  void runBenchmarks() throws RunnerException {
    new Runner(
            new OptionsBuilder()
                .include(System.getProperty("bench"))
                .output("target/jmh-parser.txt")
                .build())
        .run();
  }
}
