package io.sentinelforge.cli;

import io.sentinelforge.app.ValidateRequest;
import io.sentinelforge.app.ValidateResult;
import io.sentinelforge.app.ValidateService;
import io.sentinelforge.report.DiagnosticReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate [PATH…]}: structure and query checks of analytics rules and hunting queries. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks analytics rules and hunting queries (YAML structure, Sentinel limits, KQL).",
      "Exit 0 without errors, 1 with errors, 2 on usage or I/O errors."
    })
public final class ValidateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or directories (searched for *.yaml/*.yml); default: content/")
  List<Path> paths = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> targets = paths.isEmpty() ? List.of(Path.of("content")) : paths;
    ValidateResult result;
    try {
      result = new ValidateService().validate(new ValidateRequest(targets));
    } catch (NoSuchFileException missing) {
      err.println("error: " + missing.getFile() + ": no such file or directory");
      return ExitCodes.USAGE_OR_IO;
    } catch (IOException io) {
      err.println("error: " + io.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
    if (format == Format.json) {
      out.print(DiagnosticReport.json(result.diagnostics(), result.fileCount()));
    } else {
      out.print(DiagnosticReport.text(result.diagnostics(), result.fileCount()));
    }
    out.flush();
    return result.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
