package io.sentinelforge.cli;

import io.sentinelforge.app.ScaffoldKind;
import io.sentinelforge.app.ScaffoldService;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shared body of {@code new rule} and {@code new hunting}. */
abstract class NewItemCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description =
          "Display name; the file name is"
              + " derived from it (\"Risky sign-in\" -> risky-sign-in.yaml)")
  String name;

  @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the new file")
  Path dir;

  abstract ScaffoldKind kind();

  @Override
  public Integer call() {
    Path folder = dir != null ? dir : kind().defaultFolder();
    try {
      Path file = new ScaffoldService().create(kind(), name, folder);
      spec.commandLine().getOut().println("created " + file);
      return ExitCodes.OK;
    } catch (FileAlreadyExistsException exists) {
      spec.commandLine().getErr().println("error: " + exists.getFile() + " already exists");
      return ExitCodes.USAGE_OR_IO;
    } catch (IOException error) {
      spec.commandLine().getErr().println("error: cannot write " + error.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
  }

  /** {@code new rule NAME}. */
  @Command(
      name = "rule",
      mixinStandardHelpOptions = true,
      description = "Creates a Scheduled analytics rule (default folder content/analytics-rules).")
  static final class Rule extends NewItemCommand {
    @Override
    ScaffoldKind kind() {
      return ScaffoldKind.RULE;
    }
  }

  /** {@code new hunting NAME}. */
  @Command(
      name = "hunting",
      mixinStandardHelpOptions = true,
      description = "Creates a hunting query (default folder content/hunting-queries).")
  static final class Hunting extends NewItemCommand {
    @Override
    ScaffoldKind kind() {
      return ScaffoldKind.HUNTING;
    }
  }
}
