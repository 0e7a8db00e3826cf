package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runaway queries stop with a clear error within their budget instead of exhausting memory. */
class LimitsTest {

  private static final EvalLimits SMALL =
      new EvalLimits(1_000_000, Duration.ofSeconds(30), 10_000_000);

  @Test
  void crossJoinOfATrillionRowsStopsBeforeBuildingRows() {
    String query =
        "let a = range x from 1 to 1000000 step 1 | extend k = 1;"
            + " a | join kind=inner (a) on k | count";
    EvalResult result = Evaluator.run(query, Map.of(), EvalTesting.NOW, Fixtures.none(), SMALL);
    EvalResult.Failed failed = assertInstanceOf(EvalResult.Failed.class, result);
    assertTrue(failed.message().contains("row budget"), failed.message());
  }

  @Test
  void hugeMvExpandStopsWithABudgetError() {
    String query =
        "range x from 1 to 2000 step 1 | extend a = split(strrep('x,', 1000), ',') | mv-expand a | count";
    EvalResult result = Evaluator.run(query, Map.of(), EvalTesting.NOW, Fixtures.none(), SMALL);
    EvalResult.Failed failed = assertInstanceOf(EvalResult.Failed.class, result);
    assertTrue(failed.message().contains("mv-expand"), failed.message());
  }

  @Test
  void unknownOperatorsAreUnsupportedNotWrong() {
    EvalResult result =
        Evaluator.run("print x = 1 | sample 1", Map.of(), EvalTesting.NOW, Fixtures.none());
    assertInstanceOf(EvalResult.Unsupported.class, result);
  }
}
