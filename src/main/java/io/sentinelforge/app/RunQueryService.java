package io.sentinelforge.app;

import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceMap;
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
 * schema of that name, else inferred) once, then evaluates each query; with {@code repeat > 0} it
 * runs each once to warm up and then {@code repeat} timed times.
 */
public final class RunQueryService {

  private RunQueryService() {}

  /** Loads and runs. */
  public static RunQueryResult run(RunQueryRequest request) {
    List<String> queries = new ArrayList<>();
    for (Path file : request.queryFiles()) {
      try {
        queries.add(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException unreadable) {
        return RunQueryResult.problem(
            Diagnostic.error(
                DataLoadException.UNREADABLE,
                "cannot read query: " + unreadable.getMessage(),
                SourceSpan.ofFile(file.toString())));
      }
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
    List<RunQueryResult.QueryRun> runs = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      String query = queries.get(q);
      EvalResult result = evaluate(query, tables, request);
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < request.repeat() && result instanceof EvalResult.Rows; i++) {
        long start = System.nanoTime();
        result = evaluate(query, tables, request);
        times.add((System.nanoTime() - start) / 1e6);
      }
      Path file = request.queryFiles().get(q);
      runs.add(new RunQueryResult.QueryRun(file, result, times, syntaxError(file, query, result)));
    }
    return new RunQueryResult(runs, loadMillis, null);
  }

  private static Diagnostic syntaxError(Path file, String query, EvalResult result) {
    if (result instanceof EvalResult.Failed failed && failed.syntaxError() != null) {
      return failed.syntaxError().toDiagnostic(SourceMap.identity(file.toString(), query));
    }
    return null;
  }

  private static EvalResult evaluate(
      String query, Map<String, Table> tables, RunQueryRequest request) {
    return Evaluator.run(query, tables, request.now(), Fixtures.none(), request.limits());
  }
}
