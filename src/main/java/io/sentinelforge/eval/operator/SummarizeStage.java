package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.ColumnEvaluator;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.summarize.Aggregation;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.TupleAssignments;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summarize aggregates by keys}. A direct aggregate call becomes its output column(s); an
 * expression around aggregate calls ({@code x = sum(a) / count()}) is computed afterwards over the
 * per-group results of the calls inside it, and keeps its place among the aggregates.
 */
final class SummarizeStage {

  private static final String HIDDEN = "\u0000aggregate";

  /** Marks where a computed aggregate expression's column goes. */
  private static final String SLOT = "\u0000slot";

  private SummarizeStage() {}

  static Table apply(
      Table input, io.sentinelforge.kql.syntax.SummarizeOperator node, Environment environment) {
    List<NamedColumn> keys = new ArrayList<>();
    int unnamed = 0;
    List<String> keyNames = new ArrayList<>();
    for (TupleAssignments.Part key : TupleColumns.expand(node.groupBy(), input)) {
      String name = key.name() != null ? key.name() : OutputNames.derive(key.value());
      if (name == null) {
        name = "Column" + (++unnamed);
      } else if (key.generatedName()) {
        name = ColumnNames.unique(name, keyNames);
      }
      keyNames.add(name);
      keys.add(new NamedColumn(name, environment.column(input, key.value())));
    }
    AggregateCalls calls = new AggregateCalls(input, environment, keyNames);
    List<Aggregation> aggregations = new ArrayList<>();
    Map<FunctionCall, String> hidden = new IdentityHashMap<>();
    List<Expression> computed = new ArrayList<>();
    for (Expression aggregate : node.aggregates()) {
      List<String> names = aggregate instanceof NamedExpression named ? named.names() : List.of();
      Expression call = aggregate instanceof NamedExpression named ? named.value() : aggregate;
      if (calls.isAggregateCall(unwrap(call))) {
        aggregations.add(calls.create(call, names));
        continue;
      }
      for (FunctionCall inner : calls.aggregateCallsIn(call)) {
        String name = HIDDEN + hidden.size();
        hidden.put(inner, name);
        aggregations.add(calls.create(inner, List.of(name)));
      }
      String slot = SLOT + computed.size();
      aggregations.add(
          groups ->
              List.of(
                  new NamedColumn(
                      slot, new ConstantColumn(KqlType.BOOL, null, groups.groupCount()))));
      computed.add(aggregate);
    }
    Table grouped =
        Summarizer.summarize(input.rowCount(), keys, aggregations, environment.context().budget());
    return hidden.isEmpty() ? grouped : withComputed(grouped, hidden, computed, environment);
  }

  private static Table withComputed(
      Table grouped,
      Map<FunctionCall, String> hidden,
      List<Expression> computed,
      Environment environment) {
    Map<Expression, Column> precomputed = new IdentityHashMap<>();
    hidden.forEach((call, name) -> precomputed.put(call, grouped.column(name)));
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    int unnamed = 0;
    for (int c = 0; c < grouped.names().size(); c++) {
      String name = grouped.names().get(c);
      if (name.startsWith(SLOT)) {
        Expression expression = computed.get(Integer.parseInt(name.substring(SLOT.length())));
        String derived = ProjectStage.nameOf(expression);
        names.add(ColumnNames.unique(derived != null ? derived : "Column" + (++unnamed), names));
        columns.add(expression.accept(new ColumnEvaluator(grouped, environment, precomputed)));
      } else if (!name.startsWith(HIDDEN)) {
        names.add(ColumnNames.unique(name, names));
        columns.add(grouped.columns().get(c));
      }
    }
    return new Table(names, columns, grouped.rowCount());
  }

  private static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof ParenthesizedExpression parenthesized) {
      current = parenthesized.expression();
    }
    return current;
  }
}
