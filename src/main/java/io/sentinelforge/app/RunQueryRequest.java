package io.sentinelforge.app;

import io.sentinelforge.eval.EvalLimits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code kql run}: query files (run one after another over the same loaded data), data files by
 * table name, an optional schema file (evalbench format {@code {"tables": {T: {col: type}}}}), the
 * simulated now, limits, and timed repetitions.
 */
public record RunQueryRequest(
    List<Path> queryFiles,
    Map<String, Path> tables,
    Path schemaFile,
    Instant now,
    EvalLimits limits,
    int repeat) {

  /** Copies the collections. */
  public RunQueryRequest {
    queryFiles = List.copyOf(queryFiles);
    tables = Map.copyOf(tables);
  }
}
