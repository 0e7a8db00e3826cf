package io.sentinelforge.cli;

import io.sentinelforge.app.ResultWriter;
import io.sentinelforge.app.RunQueryRequest;
import io.sentinelforge.app.RunQueryResult;
import io.sentinelforge.app.RunQueryService;
import io.sentinelforge.eval.EvalLimits;
import io.sentinelforge.eval.EvalResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kql run QUERY.kql --table NAME=FILE…}: runs a query locally over data files. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a KQL query locally over JSON Lines / JSON / CSV data files.")
public final class KqlRunCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY.kql",
      description = "Files with query text; several run one after another over the same data.")
  List<Path> queryFiles;

  @Option(names = "--table", paramLabel = "NAME=FILE", description = "A table's data (repeatable).")
  Map<String, Path> tables = new LinkedHashMap<>();

  @Option(
      names = "--schema",
      paramLabel = "FILE.json",
      description =
          "Column types: {\"tables\": {Name: {Column: type}}} (default: built-in schemas, else inferred).")
  Path schema;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--repeat",
      defaultValue = "0",
      description = "Run N more times after a warm-up and print timing.")
  int repeat;

  @Option(names = "--now", description = "The simulated now() as ISO 8601 (default: the clock).")
  Instant now;

  @Option(names = "--max-rows", defaultValue = "50000000", description = "Row budget per operator.")
  long maxRows;

  @Option(names = "--timeout", defaultValue = "300", description = "Time budget in seconds.")
  long timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EvalLimits limits =
        new EvalLimits(
            maxRows, Duration.ofSeconds(timeoutSeconds), Math.max(maxRows * 10, maxRows));
    RunQueryResult result =
        RunQueryService.run(
            new RunQueryRequest(
                queryFiles, tables, schema, now == null ? Instant.now() : now, limits, repeat));
    if (result.problem() != null) {
      err.println(result.problem().format());
      return ExitCodes.USAGE_OR_IO;
    }
    int code = ExitCodes.OK;
    for (RunQueryResult.QueryRun run : result.runs()) {
      if (result.runs().size() > 1) {
        out.println("== " + run.file());
      }
      code = Math.max(code, print(run, out, err, result.loadMillis()));
    }
    return code;
  }

  private int print(
      RunQueryResult.QueryRun run, PrintWriter out, PrintWriter err, long loadMillis) {
    EvalResult outcome = run.result();
    if (outcome instanceof EvalResult.Unsupported unsupported) {
      err.println(run.file() + ": unsupported: " + unsupported.reason());
      return ExitCodes.FINDINGS;
    }
    if (run.syntaxError() != null) {
      err.println(run.syntaxError().format());
      return ExitCodes.FINDINGS;
    }
    if (outcome instanceof EvalResult.Failed failed) {
      err.println(run.file() + ": error: " + failed.message());
      return ExitCodes.FINDINGS;
    }
    out.print(ResultWriter.write(((EvalResult.Rows) outcome).table(), format));
    out.flush();
    if (repeat > 0) {
      err.printf(
          "timing: load %d ms, median %.1f ms over %d runs (%s: min %.1f, max %.1f)%n",
          loadMillis,
          median(run.runMillis()),
          run.runMillis().size(),
          run.file().getFileName(),
          Collections.min(run.runMillis()),
          Collections.max(run.runMillis()));
      err.flush();
    }
    return ExitCodes.OK;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
