package io.sentinelforge.eval;

import static io.sentinelforge.eval.EvalTesting.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code partition by Column (subquery)}: the subquery per key value, results unioned. */
class PartitionTest {

  private static final String T = "datatable(k:string, v:long)['a', 1, 'b', 2, 'a', 3]";

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '#',
      value = {
        T + " | partition by k (summarize s = sum(v)) # one summary per key # 4;2",
        T + " | partition hint.strategy=native by k (top 1 by v) # top per key # a,3;b,2",
        T
            + " | partition by k (sort by v asc | scan declare (c:long = 0) with"
            + " (step s: true => c = s.c + v;)) | project k, c # scan per key # a,1;a,4;b,2",
        T + " | where v > 5 | partition by k (count) # empty input still runs once # 0",
      })
  void partitions(String query, String label, String expected) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows(query)) {
      lines.add(String.join(",", row));
    }
    assertEquals(expected, String.join(";", lines), label);
  }

  @Test
  void aSubqueryWithItsOwnSourceIsUnsupported() {
    EvalResult result =
        Evaluator.run(
            "let U = datatable(x:long)[1]; " + T + " | partition by k { U | take 1 }",
            Map.of(),
            EvalTesting.NOW,
            Fixtures.none());
    assertInstanceOf(EvalResult.Unsupported.class, result);
  }
}
