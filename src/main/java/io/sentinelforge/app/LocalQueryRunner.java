package io.sentinelforge.app;

import io.sentinelforge.eval.EvalResult;
import io.sentinelforge.eval.Evaluator;
import io.sentinelforge.eval.Fixtures;
import io.sentinelforge.eval.load.DataLoadException;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.verify.InputRow;
import io.sentinelforge.verify.QueryOutcome;
import io.sentinelforge.verify.QueryRequest;
import io.sentinelforge.verify.QueryRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs rule-test queries with the local evaluator ({@code eval.Evaluator}): sample rows are typed
 * by the built-in table schemas (inferred for unknown tables), every other built-in table is
 * present and empty, and watchlists and externaldata are handed over as fixture files.
 */
public final class LocalQueryRunner implements QueryRunner {

  @Override
  public QueryOutcome run(QueryRequest request) {
    Map<String, Table> tables = new HashMap<>(EmptyTables.builtIn());
    for (Map.Entry<String, List<InputRow>> table : request.tables().entrySet()) {
      try {
        tables.put(table.getKey(), EvalTables.of(table.getKey(), table.getValue()));
      } catch (DataLoadException bad) {
        return new QueryOutcome.Failed(
            "sample rows of " + table.getKey() + ": " + bad.getMessage());
      }
    }
    try (FixtureFiles fixtures = FixtureFiles.write(request)) {
      EvalResult result =
          Evaluator.run(
              request.query(),
              tables,
              request.now(),
              new Fixtures(fixtures.watchlists(), fixtures.externalData()));
      return outcome(result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rule-test fixtures", e);
    }
  }

  private static QueryOutcome outcome(EvalResult result) {
    if (result instanceof EvalResult.Rows) {
      return EvalTables.rows(((EvalResult.Rows) result).table());
    }
    if (result instanceof EvalResult.Unsupported) {
      EvalResult.Unsupported unsupported = (EvalResult.Unsupported) result;
      return new QueryOutcome.Unsupported(unsupported.reason());
    }
    return new QueryOutcome.Failed(((EvalResult.Failed) result).message());
  }
}
