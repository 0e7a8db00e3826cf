package io.sentinelforge.cli;

import picocli.CommandLine.Command;

/** {@code sentinel-forge kql}: KQL tools; the work is in its subcommands. */
@Command(
    name = "kql",
    mixinStandardHelpOptions = true,
    description = "KQL tools: check syntax, run queries locally, measure the evaluator.",
    subcommands = {KqlCheckCommand.class, KqlEvalCommand.class, KqlRunCommand.class})
public final class KqlCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
