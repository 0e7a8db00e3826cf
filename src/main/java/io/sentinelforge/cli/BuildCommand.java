package io.sentinelforge.cli;

import io.sentinelforge.app.BuildRequest;
import io.sentinelforge.app.BuildResult;
import io.sentinelforge.app.BuildService;
import io.sentinelforge.app.LocalQueryRunner;
import io.sentinelforge.app.RuleTestBuildStage;
import io.sentinelforge.app.ValidateService;
import io.sentinelforge.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: validate, test and render the content pack into {@code generated/}. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Validates content/, runs its rule tests, renders ARM templates through templates/*.ftl"
          + " and replaces generated/ (only when everything passed).",
      "Exit codes: 0 ok, 1 findings or stale output (--check), 2 usage or I/O error."
    })
public final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--check",
      description = "Render in memory and fail when generated/ differs; write nothing.")
  boolean check;

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "Project root holding content/, templates/ and generated/ (default: .).")
  Path project = Path.of(".");

  @Option(names = "--content", paramLabel = "DIR", description = "Content folder.")
  Path content;

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildRequest defaults = BuildRequest.inProject(project, check);
    BuildRequest request =
        new BuildRequest(
            content != null ? content : defaults.contentFolder(),
            output != null ? output : defaults.outputFolder(),
            defaults.templatesFolder(),
            check);
    BuildResult result;
    try {
      result =
          new BuildService(new ValidateService(), new RuleTestBuildStage(new LocalQueryRunner()))
              .build(request);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
    result.diagnostics().stream().map(Diagnostic::format).forEach(out::println);
    result.summaries().forEach(out::println);
    return report(result, request, out);
  }

  private static int report(BuildResult result, BuildRequest request, PrintWriter out) {
    if (result.stoppedAt() != null) {
      out.println(
          "build stopped at " + result.stoppedAt().name().toLowerCase() + "; nothing written");
      return ExitCodes.FINDINGS;
    }
    if (!result.differences().isEmpty()) {
      result.differences().forEach(out::println);
      out.println(
          request.outputFolder()
              + " is out of date ("
              + result.differences().size()
              + " files); run ./sentinel-forge build and commit the result");
      return ExitCodes.FINDINGS;
    }
    out.println(
        (request.check() ? "up to date: " : "rendered ")
            + result.files().size()
            + " files in "
            + request.outputFolder());
    return ExitCodes.OK;
  }
}
