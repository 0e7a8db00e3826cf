package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code column_names_of(T)} over tabular lets and tabular function calls (reference examples). */
class ColumnNamesOfTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "let T = datatable(A:string, B:int) []; print Columns=column_names_of(T) # [\"A\",\"B\"]",
        "let F = () { print A='', B=1 }; print Columns=column_names_of(F()) # [\"A\",\"B\"]",
        "let T = datatable(x:long)[1] | extend y = x; print c = column_names_of(T)"
            + " # [\"x\",\"y\"]"
      })
  void listsTheColumns(String query, String expected) {
    assertEquals(expected, EvalTesting.scalar(query));
  }
}
