package io.sentinelforge.cli;

import picocli.CommandLine.Command;

/** The {@code sentinel-forge} command; its subcommands do the work. */
@Command(
    name = "sentinel-forge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Detection-as-code for Microsoft Sentinel.",
    subcommands = {
      BuildCommand.class,
      ValidateCommand.class,
      KqlCommand.class,
      TestCommand.class,
      InitCommand.class,
      NewCommand.class
    })
public final class RootCommand implements java.util.concurrent.Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand there is nothing to do: print the usage and report a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE_OR_IO;
  }
}
