package io.sentinelforge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code new rule|hunting NAME}: scaffolds one content file. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Creates a rule or hunting query file with a fresh GUID and every required field.",
    subcommands = {NewItemCommand.Rule.class, NewItemCommand.Hunting.class})
public final class NewCommand implements java.util.concurrent.Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand there is nothing to do: print the usage and report a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE_OR_IO;
  }
}
