package io.sentinelforge.cli;

import io.sentinelforge.app.ScaffoldResult;
import io.sentinelforge.app.ScaffoldService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code init [DIR]}: scaffolds a content repository. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a content repository: content/sentinel-forge.yaml, a sample rule with its tests,",
      "content/hunting-queries/ and a CI workflow. Existing files are never overwritten."
    })
public final class InitCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Target folder (default: .)")
  Path dir = Path.of(".");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ScaffoldResult result = new ScaffoldService().init(dir);
      result.created().forEach(p -> out.println("created " + p));
      result.kept().forEach(p -> out.println("kept    " + p + " (already exists)"));
      out.println("next: sentinel-forge validate " + dir.resolve("content"));
      return ExitCodes.OK;
    } catch (IOException error) {
      spec.commandLine().getErr().println("error: cannot write " + error.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
  }
}
