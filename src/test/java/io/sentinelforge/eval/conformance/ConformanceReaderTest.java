package io.sentinelforge.eval.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading conformance cases: which query text runs, and what the documentation expects. */
class ConformanceReaderTest {

  @TempDir Path directory;

  @Test
  void aBareScalarExpressionRunsAsItsNormalizedPrint() throws Exception {
    List<ConformanceCase> cases =
        read(
            "{\"id\":\"a\",\"query\":\"atan(0.5)\",\"normalized_query\":\"print result ="
                + " atan(0.5)\",\"expected\":{\"columns\":[\"result\"],\"rows\":[[\"0.46\"]]}}");
    assertEquals("print result = atan(0.5)", cases.get(0).query());
    assertEquals(List.of(List.of("0.46")), cases.get(0).rows());
  }

  @Test
  void aQueryWithoutNormalizationRunsAsDocumented() throws Exception {
    List<ConformanceCase> cases =
        read("{\"id\":\"b\",\"query\":\"print 1\",\"expected\":{\"columns\":[\"print_0\"]}}");
    assertEquals("print 1", cases.get(0).query());
  }

  private List<ConformanceCase> read(String line) throws Exception {
    Path file = directory.resolve("cases.jsonl");
    Files.writeString(file, line + "\n");
    return ConformanceReader.read(file);
  }
}
