package io.sentinelforge.app;

import io.sentinelforge.eval.EvalLimits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * {@code kql run}: a query file, data files by table name, an optional schema file (evalbench
 * format {@code {"tables": {T: {col: type}}}}), the simulated now, limits, and repetitions.
 */
public record RunQueryRequest(
    Path queryFile,
    Map<String, Path> tables,
    Path schemaFile,
    Instant now,
    EvalLimits limits,
    int repeat) {

  /** Copies the table map. */
  public RunQueryRequest {
    tables = Map.copyOf(tables);
  }
}
