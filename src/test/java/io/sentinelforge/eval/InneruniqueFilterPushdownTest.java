package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code where} right after an innerunique join that reads only left columns runs before the join
 * keeps one left row per key, as the join-innerunique documentation says the engine does. Each
 * case: the filter after the join, then the rows (value, value1; rows by ';').
 */
class InneruniqueFilterPushdownTest {

  private static final String JOIN =
      "let t1 = datatable(key:long, value:string)[1, 'val1.1', 1, 'val1.2'];"
          + " let t2 = datatable(key:long, value:string)[1, 'val1.3', 1, 'val1.4'];"
          + " t1 | join ";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '#',
      value = {
        // pushed: reads only the left side's column
        "kind=innerunique t2 on key # where value == 'val1.2' # val1.2,val1.3;val1.2,val1.4",
        "t2 on key # where value endswith '.2' and key == 1 # val1.2,val1.3;val1.2,val1.4",
        // without a filter the first left row of the key is kept
        "t2 on key # where true # val1.1,val1.3;val1.1,val1.4",
        // not pushed: reads a right column, or a name that is not a left column
        "t2 on key # where value1 == 'val1.4' or value == 'val1.2' # val1.1,val1.4",
        "t2 on key # extend v = 'val1.2' | where value == v # ''",
        // other kinds keep every left row anyway
        "kind=inner t2 on key # where value == 'val1.2' # val1.2,val1.3;val1.2,val1.4",
      })
  void filters(String join, String filter, String expected) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : EvalTesting.rows(JOIN + join + " | " + filter)) {
      lines.add(row.get(1) + "," + row.get(3));
    }
    assertEquals(expected == null ? "" : expected, String.join(";", lines));
  }
}
