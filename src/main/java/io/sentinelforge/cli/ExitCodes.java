package io.sentinelforge.cli;

/** Process exit codes that gate CI. */
public final class ExitCodes {
  /** Everything passed. */
  public static final int OK = 0;

  /** The tool ran and found errors or failing tests. */
  public static final int FINDINGS = 1;

  /** Bad command line, unreadable input or another I/O problem. */
  public static final int USAGE_OR_IO = 2;

  private ExitCodes() {}
}
