package io.sentinelforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.app.ConformanceReport;
import io.sentinelforge.app.ConformanceRequest;
import io.sentinelforge.app.ConformanceService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kql eval --conformance FILE.jsonl}: runs documented cases, one JSON line per case. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Run evaluator conformance cases and compare with their documented output.")
public final class KqlEvalCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--conformance",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "Cases: query, documented columns/rows, ordered, nondeterministic.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConformanceReport report =
        ConformanceService.run(
            new ConformanceRequest(file),
            outcome -> {
              ObjectNode line = JSON.createObjectNode();
              line.put("id", outcome.id());
              line.put("status", outcome.status());
              line.put("detail", outcome.detail());
              out.println(line.toString());
              out.flush();
            });
    if (report.problem() != null) {
      err.println(report.problem().format());
      return ExitCodes.USAGE_OR_IO;
    }
    long passed = report.count("pass");
    long skipped = report.count("skipped");
    long failed = report.outcomes().size() - passed - skipped;
    err.println(
        "fail "
            + report.count("fail")
            + ", unsupported "
            + report.count("unsupported")
            + ", error "
            + report.count("error"));
    out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
    return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
