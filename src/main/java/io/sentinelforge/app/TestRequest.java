package io.sentinelforge.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A {@code test} run.
 *
 * @param paths files and folders holding rules, hunting queries and their {@code *.tests.yaml}
 * @param filter run only cases whose "rule › case" name contains this text (any case), or null
 * @param minCases every rule must have at least this many cases; null takes the project config
 * @param atOverride run every case at this time instead of its own {@code at}, or null
 * @param parallelism how many cases run at once
 */
public record TestRequest(
    List<Path> paths, String filter, Integer minCases, Instant atOverride, int parallelism) {

  /** Copies the paths. */
  public TestRequest {
    paths = List.copyOf(paths);
  }

  /** Every case under {@code paths}, with the defaults. */
  public static TestRequest of(List<Path> paths) {
    return new TestRequest(paths, null, null, null, Runtime.getRuntime().availableProcessors());
  }
}
