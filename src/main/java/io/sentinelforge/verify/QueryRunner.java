package io.sentinelforge.verify;

/**
 * The one thing rule tests need from a KQL engine: run this query over these tables at this time.
 * The application layer adapts the local evaluator to it; tests use fakes.
 */
@FunctionalInterface
public interface QueryRunner {

  /** Runs {@code request}; never throws for bad queries or data (returns a failure outcome). */
  QueryOutcome run(QueryRequest request);
}
