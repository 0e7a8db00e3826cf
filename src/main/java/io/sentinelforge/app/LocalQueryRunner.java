package io.sentinelforge.app;

import io.sentinelforge.verify.QueryOutcome;
import io.sentinelforge.verify.QueryRequest;
import io.sentinelforge.verify.QueryRunner;

/**
 * Runs rule-test queries with the local evaluator. Until the evaluator's entry point is on main,
 * every query is reported as unsupported (never as passed).
 */
public final class LocalQueryRunner implements QueryRunner {

  @Override
  public QueryOutcome run(QueryRequest request) {
    return new QueryOutcome.Unsupported("the local KQL evaluator is not available in this build");
  }
}
