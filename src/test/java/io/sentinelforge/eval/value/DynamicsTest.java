package io.sentinelforge.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KQL's dynamic indexing: missing or mismatched keys give dynamic(null); negative indexes count
 * from the end.
 */
class DynamicsTest {

  private static final Value DOCUMENT =
      Json.tryParse("{\"a\":{\"b\":[10,20,30]},\"s\":\"x\",\"n\":null}").orElseThrow();

  @ParameterizedTest(name = "d{0} -> \"{1}\" ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        ".a.b[0]|10|LONG",
        ".a.b[-1]|30|LONG",
        ".a.b[3]||DYNAMIC",
        ".a.b[-4]||DYNAMIC",
        ".a.missing||DYNAMIC",
        ".s|x|STRING",
        ".s.deeper||DYNAMIC",
        ".n||DYNAMIC",
        ".a|{\"b\":[10,20,30]}|DYNAMIC"
      })
  void indexes(String path, String printed, KqlType type) {
    Value current = DOCUMENT;
    for (String step : path.substring(1).split("\\.")) {
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      current = Dynamics.get(current, Values.of(name));
      if (bracket >= 0) {
        long index = Long.parseLong(step.substring(bracket + 1, step.length() - 1));
        current = Dynamics.get(current, Values.of(index));
      }
    }
    assertEquals(printed == null ? "" : printed, current.toKqlString());
    assertEquals(type, current.type());
  }
}
