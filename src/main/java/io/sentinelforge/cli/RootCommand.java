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
public final class RootCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
