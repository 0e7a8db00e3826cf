package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;

/** Evaluates tabular expressions; implemented by the operator layer (keeps packages acyclic). */
@FunctionalInterface
public interface TabularEngine {

  /** The table an expression denotes in an environment. */
  Table evaluate(Expression expression, Environment environment);
}
