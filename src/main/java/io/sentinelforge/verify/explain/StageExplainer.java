package io.sentinelforge.verify.explain;

import io.sentinelforge.verify.QueryOutcome;
import io.sentinelforge.verify.QueryRequest;
import io.sentinelforge.verify.QueryRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains where rows vanished: runs every prefix of the query's last statement on the same data
 * and reports the row count after each pipe stage.
 */
public final class StageExplainer {

  private final QueryRunner runner;

  /** An explainer that runs prefixes with {@code runner}. */
  public StageExplainer(QueryRunner runner) {
    this.runner = runner;
  }

  /** The count after each stage of {@code request}'s query. */
  public List<StageCount> explain(QueryRequest request) {
    StagedQuery staged = StagedQuery.of(request.query());
    List<StageCount> counts = new ArrayList<>();
    for (int stage = 1; stage <= staged.stages().size(); stage++) {
      QueryOutcome outcome = runner.run(request.withQuery(staged.prefix(stage)));
      counts.add(count(staged.label(stage - 1), outcome));
    }
    return counts;
  }

  private static StageCount count(String label, QueryOutcome outcome) {
    return outcome.accept(
        new QueryOutcome.Visitor<StageCount>() {
          @Override
          public StageCount rows(QueryOutcome.Rows rows) {
            return new StageCount(label, rows.rows().size(), null);
          }

          @Override
          public StageCount unsupported(QueryOutcome.Unsupported unsupported) {
            return new StageCount(label, -1, "unsupported: " + unsupported.reason());
          }

          @Override
          public StageCount failed(QueryOutcome.Failed failed) {
            return new StageCount(label, -1, "failed: " + failed.message());
          }
        });
  }
}
