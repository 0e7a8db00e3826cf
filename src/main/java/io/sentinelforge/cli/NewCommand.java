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
public final class NewCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
