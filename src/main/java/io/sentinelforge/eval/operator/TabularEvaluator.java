package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Binding;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.expression.TabularEngine;
import io.sentinelforge.eval.expression.UserFunctions;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;

/**
 * Evaluates tabular expressions: table names (let-bound, then database tables), pipes (each stage
 * by its operator class, with its row count recorded), standalone operators ({@code print}, {@code
 * range}, {@code datatable}, {@code union}…) and table-valued function calls.
 */
public final class TabularEvaluator implements TabularEngine {

  /** The one instance; it holds no state. */
  public static final TabularEvaluator INSTANCE = new TabularEvaluator();

  @Override
  public Table evaluate(Expression expression, Environment environment) {
    if (expression instanceof ParenthesizedExpression parenthesized) {
      return evaluate(parenthesized.expression(), environment);
    }
    if (expression instanceof PipeExpression pipe) {
      if (InneruniqueFilterPushdown.applies(pipe)) {
        return filteredJoin(pipe, environment);
      }
      if (SortBeforeSummarize.applies(pipe, environment)) {
        return unsortedSummarize(pipe, environment);
      }
      Table input = evaluate(pipe.source(), environment);
      return run(pipe.operator(), input, environment);
    }
    if (expression instanceof QueryOperatorExpression standalone) {
      return run(standalone.operator(), contextRows(environment), environment);
    }
    if (expression instanceof NameReference name) {
      return named(name.name(), environment);
    }
    if (expression instanceof FunctionCall call) {
      return TableFunctions.call(call, environment);
    }
    throw new EvaluationException("expected a table here");
  }

  /** {@code ... | join | where}, the filter pushed below an innerunique join where it applies. */
  private Table filteredJoin(PipeExpression pipe, Environment environment) {
    PipeExpression join = (PipeExpression) pipe.source();
    Table left = evaluate(join.source(), environment);
    Table pushed = InneruniqueFilterPushdown.leftInput(pipe, left, environment);
    Table joined = run(join.operator(), pushed != null ? pushed : left, environment);
    return run(pipe.operator(), joined, environment);
  }

  /** {@code ... | sort | summarize}: the sort is recorded (rows unchanged) but not performed. */
  private Table unsortedSummarize(PipeExpression pipe, Environment environment) {
    PipeExpression sort = (PipeExpression) pipe.source();
    Table input = evaluate(sort.source(), environment);
    environment
        .context()
        .stages()
        .record(
            OperatorNames.of(sort.operator()), sort.operator().span().start(), input.rowCount());
    return run(pipe.operator(), input, environment);
  }

  private static Table run(
      io.sentinelforge.kql.syntax.QueryOperator operator, Table input, Environment environment) {
    environment.context().budget().checkTime("query");
    Table output = operator.accept(new PipeStages(input, environment));
    environment.context().budget().checkOutput("query", output.rowCount(), output.columns().size());
    environment
        .context()
        .stages()
        .record(OperatorNames.of(operator), operator.span().start(), output.rowCount());
    return output;
  }

  /** Name under which mv-apply binds the rows its subquery's first operator applies to. */
  static final String CONTEXT_ROWS = "\u0000context rows";

  private static Table contextRows(Environment environment) {
    Binding binding = environment.scope().lookup(CONTEXT_ROWS);
    return binding instanceof Binding.Tabular tabular ? tabular.table() : null;
  }

  /** A table by name: a let binding, a zero-argument function, or a database table. */
  static Table named(String name, Environment environment) {
    Binding binding = environment.scope().lookup(name);
    if (binding instanceof Binding.Tabular tabular) {
      return tabular.table();
    }
    if (binding instanceof Binding.Function function) {
      return UserFunctions.callTabular(environment, function, java.util.List.of(), null);
    }
    Table table = environment.context().tables().get(name);
    if (table == null) {
      if (binding != null) {
        throw new EvaluationException("'" + name + "' is a scalar, used where a table is expected");
      }
      throw new UnsupportedFeatureException(
          name, "unknown table '" + name + "' (no data given for it)");
    }
    return table;
  }
}
