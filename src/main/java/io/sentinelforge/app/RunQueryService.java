package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import io.sentinelforge.eval.EvalResult;
import io.sentinelforge.eval.Evaluator;
import io.sentinelforge.eval.Fixtures;
import io.sentinelforge.eval.load.DataLoadException;
import io.sentinelforge.eval.load.TableLoader;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kql run}: loads the data files (typed by the schema file, else by the built-in table
 * schema of that name, else inferred), then evaluates the query; with {@code repeat > 0} it runs
 * once to warm up and then {@code repeat} timed times.
 */
public final class RunQueryService {

  private RunQueryService() {}

  /** Loads and runs. */
  public static RunQueryResult run(RunQueryRequest request) {
    String query;
    try {
      query = Files.readString(request.queryFile(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return RunQueryResult.problem(
          Diagnostic.error(
              DataLoadException.UNREADABLE,
              "cannot read query: " + unreadable.getMessage(),
              SourceSpan.ofFile(request.queryFile().toString())));
    }
    Map<String, List<ColumnSchema>> schemas;
    try {
      schemas = request.schemaFile() == null ? Map.of() : SchemaFiles.read(request.schemaFile());
    } catch (DataLoadException bad) {
      return RunQueryResult.problem(bad.diagnostic());
    }
    long loadStart = System.nanoTime();
    Map<String, Table> tables = new HashMap<>();
    for (Map.Entry<String, Path> entry : request.tables().entrySet()) {
      List<ColumnSchema> schema =
          schemas.containsKey(entry.getKey())
              ? schemas.get(entry.getKey())
              : SchemaFiles.builtIn(entry.getKey());
      try {
        tables.put(entry.getKey(), TableLoader.load(entry.getValue(), schema));
      } catch (DataLoadException bad) {
        return RunQueryResult.problem(bad.diagnostic());
      }
    }
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
    EvalResult result = evaluate(query, tables, request);
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < request.repeat() && result instanceof EvalResult.Rows; i++) {
      long start = System.nanoTime();
      result = evaluate(query, tables, request);
      times.add((System.nanoTime() - start) / 1e6);
    }
    return new RunQueryResult(result, loadMillis, times, null);
  }

  private static EvalResult evaluate(
      String query, Map<String, Table> tables, RunQueryRequest request) {
    return Evaluator.run(query, tables, request.now(), Fixtures.none(), request.limits());
  }
}
