package io.sentinelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParentCommandsTest {

  @ParameterizedTest
  @CsvSource({"'', sentinel-forge", "new, sentinel-forge new", "kql, sentinel-forge kql"})
  void aMissingSubcommandIsAUsageError(String command, String usageName) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = command.isEmpty() ? new String[0] : new String[] {command};
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(ExitCodes.USAGE_OR_IO, code);
    assertTrue(err.toString().contains("Usage: " + usageName), err.toString());
  }
}
