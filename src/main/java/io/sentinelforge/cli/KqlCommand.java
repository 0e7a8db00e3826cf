package io.sentinelforge.cli;

import picocli.CommandLine.Command;

/** {@code sentinel-forge kql}: KQL tools; the work is in its subcommands. */
@Command(
    name = "kql",
    mixinStandardHelpOptions = true,
    description = "KQL tools: check syntax, run queries locally, measure the evaluator.",
    subcommands = {KqlCheckCommand.class, KqlEvalCommand.class, KqlRunCommand.class})
public final class KqlCommand implements java.util.concurrent.Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand there is nothing to do: print the usage and report a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE_OR_IO;
  }
}
