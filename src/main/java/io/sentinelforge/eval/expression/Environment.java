package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;

/** A scope plus the evaluation context: what every operator and expression needs. */
public record Environment(Scope scope, EvalContext context) {

  /** Evaluates a scalar expression over the rows of {@code input}. */
  public Column column(Table input, Expression expression) {
    return expression.accept(new ColumnEvaluator(input, this));
  }

  /** Evaluates a tabular expression. */
  public Table table(Expression expression) {
    return context.tabular().evaluate(expression, this);
  }

  /** The same context with a nested scope. */
  public Environment nested() {
    return new Environment(scope.child(), context);
  }
}
