package io.sentinelforge.cli;

import io.sentinelforge.app.LocalQueryRunner;
import io.sentinelforge.app.TestRequest;
import io.sentinelforge.app.TestService;
import io.sentinelforge.report.JUnitXmlReport;
import io.sentinelforge.report.RuleTestText;
import io.sentinelforge.report.SarifReport;
import io.sentinelforge.verify.CaseResult;
import io.sentinelforge.verify.TestRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test [PATH…]}: runs the rule tests ({@code *.tests.yaml}) as simulated alerts. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every <rule>.tests.yaml case: sample rows through the local KQL evaluator, the rule's"
          + " window, trigger, grouping and entity mappings, compared with the expected alerts.",
      "Exit codes: 0 all passed (unsupported cases allowed), 1 a case failed or errored or a"
          + " test file or coverage gate has an error, 2 usage or I/O error."
    })
public final class TestCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Rules, test files or folders (default: content/)")
  List<Path> paths = List.of();

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML here.")
  Path junit;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Also write SARIF 2.1.0 here.")
  Path sarif;

  @Option(
      names = "--filter",
      paramLabel = "TEXT",
      description = "Run only cases whose 'rule file › case name' contains TEXT (any case).")
  String filter;

  @Option(
      names = "--min-cases",
      paramLabel = "N",
      description =
          "Fail when a rule or hunting query has fewer than N cases"
              + " (default: tests.minCases of the project config, else 0).")
  Integer minCases;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Run every case at this ISO 8601 time instead of its own `at`.")
  String at;

  @Option(names = "--jobs", paramLabel = "N", description = "Cases run at once (default: cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant atOverride;
    try {
      atOverride = at == null ? null : Instant.parse(at);
    } catch (DateTimeParseException e) {
      err.println(
          "error: --at '" + at + "' is not an ISO 8601 instant such as 2026-01-15T12:00:00Z");
      return ExitCodes.USAGE_OR_IO;
    }
    if (minCases != null && minCases < 0 || jobs < 1) {
      err.println("error: --min-cases must be 0 or more and --jobs 1 or more");
      return ExitCodes.USAGE_OR_IO;
    }
    List<Path> targets = paths.isEmpty() ? List.of(Path.of("content")) : paths;
    TestRequest request = new TestRequest(targets, filter, minCases, atOverride, jobs);
    Progress progress = new Progress(err, System.console() != null);
    TestRun run;
    try {
      run = new TestService(new LocalQueryRunner()).run(request, progress::finished);
    } catch (NoSuchFileException missing) {
      err.println("error: " + missing.getFile() + ": no such file or directory");
      return ExitCodes.USAGE_OR_IO;
    } catch (IOException io) {
      err.println("error: " + io.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
    progress.clear();
    out.print(RuleTestText.of(run));
    out.flush();
    if (!writeReports(run, err)) {
      return ExitCodes.USAGE_OR_IO;
    }
    return run.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private boolean writeReports(TestRun run, PrintWriter err) {
    try {
      if (junit != null) {
        ReportFiles.write(junit, JUnitXmlReport.of(run));
      }
      if (sarif != null) {
        ReportFiles.write(
            sarif,
            SarifReport.of(
                run, new VersionProvider().getVersion()[0].replace("sentinel-forge ", "")));
      }
      return true;
    } catch (IOException e) {
      err.println("error: cannot write report: " + e.getMessage());
      return false;
    }
  }

  /** The progress line on a terminal: rewritten in place, cleared before the summary. */
  static final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private int done;
    private int notPassed;

    Progress(PrintWriter err, boolean enabled) {
      this.err = err;
      this.enabled = enabled;
    }

    synchronized void finished(CaseResult result) {
      done++;
      if (result.status() != io.sentinelforge.verify.CaseStatus.PASSED) {
        notPassed++;
      }
      if (enabled) {
        String line =
            "testing: " + done + " cases done, " + notPassed + " not passed — " + result.caseName();
        err.print("\r" + (line.length() > 100 ? line.substring(0, 100) : line) + "\u001b[K");
        err.flush();
      }
    }

    synchronized void clear() {
      if (enabled && done > 0) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
