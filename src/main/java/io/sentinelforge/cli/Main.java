package io.sentinelforge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: builds the picocli command tree and maps the outcome to a process exit code. */
public final class Main {

  private Main() {}

  /** Process entry point. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the tool with the given streams; never calls {@code System.exit}, so tests can call it.
   *
   * @return 0 success, 1 findings, 2 usage or I/O error
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          err.println("error: internal failure: " + exception);
          return ExitCodes.USAGE_OR_IO;
        });
    commandLine.setParameterExceptionHandler(
        (exception, args1) -> {
          err.println("error: " + exception.getMessage());
          exception.getCommandLine().usage(err);
          return ExitCodes.USAGE_OR_IO;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
