package io.sentinelforge.eval;

import static io.sentinelforge.eval.EvalTesting.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Operators over tables that are empty, or become empty part-way through a query. */
class EmptyInputTest {

  @Test
  void whereOverAnEmptyTableGivesAnEmptyTable() {
    assertEquals(
        List.of(List.of("0")),
        rows("datatable(UserAgent:string, N:long)[] | where UserAgent has 'x' | count"));
  }

  @Test
  void whereAfterEveryRowWasFilteredOutStillWorks() {
    assertEquals(
        List.of(List.of("0")),
        rows(
            "datatable(UserAgent:string, N:long)['a', 1] | where UserAgent has 'x'"
                + " | extend M = N * 2 | where M > 3 | where UserAgent !has 'y' | count"));
  }
}
