package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.MakeSeriesAggregate;
import io.sentinelforge.kql.syntax.MakeSeriesOperator;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.TupleAssignments;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code summarize} and {@code make-series}: group-by columns, then one column per aggregate. */
final class SummarizeBinder {

  private final BindingContext context;
  private final RowSchema input;

  SummarizeBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema summarize(List<Expression> aggregates, List<Expression> groupBy) {
    Map<String, ScalarType> output = new LinkedHashMap<>();
    for (Expression key : groupBy) {
      addNamed(output, key);
    }
    boolean open = false;
    for (Expression aggregate : aggregates) {
      open |= new AggregateColumns(context, input, output).add(aggregate);
    }
    return toSchema(output, open);
  }

  RowSchema makeSeries(MakeSeriesOperator node) {
    Map<String, ScalarType> output = new LinkedHashMap<>();
    for (MakeSeriesAggregate aggregate : node.aggregates()) {
      Expression expression = aggregate.aggregate();
      context.scalar(expression, input);
      if (aggregate.defaultValue() != null) {
        context.scalar(aggregate.defaultValue(), input);
      }
      String name =
          expression instanceof NamedExpression
              ? ((NamedExpression) expression).names().get(0)
              : unwrap(expression) instanceof FunctionCall
                  ? ColumnNames.aggregate((FunctionCall) unwrap(expression))
                  : "Column" + (output.size() + 1);
      output.put(ColumnNames.unique(name, output.keySet()), ScalarType.DYNAMIC);
    }
    for (Expression bound : new Expression[] {node.from(), node.to(), node.step()}) {
      if (bound != null) {
        context.scalar(bound, input);
      }
    }
    context.scalar(node.axis(), input);
    Map<String, ScalarType> keys = new LinkedHashMap<>();
    for (Expression key : node.groupBy()) {
      addNamed(keys, key);
    }
    keys.put(
        ColumnNames.derive(node.axis()).orElse("Column" + (keys.size() + 1)), ScalarType.DYNAMIC);
    keys.putAll(output);
    return toSchema(keys, false);
  }

  private void addNamed(Map<String, ScalarType> output, Expression key) {
    List<TupleAssignments.Part> parts = TupleBinding.expand(context, key, input);
    if (parts.size() > 1 || parts.get(0).generatedName()) {
      TupleBinding.spread(context, parts, input, output.keySet())
          .forEach(column -> output.put(column.name(), column.type()));
      return;
    }
    ScalarType type = context.scalar(key, input);
    if (key instanceof NamedExpression) {
      for (String name : ((NamedExpression) key).names()) {
        output.put(name, type);
      }
      return;
    }
    List<String> names = ColumnNames.candidates(unwrap(key));
    if (names.isEmpty()) {
      output.put(ColumnNames.unique("Column" + (output.size() + 1), output.keySet()), type);
    }
    names.forEach(name -> output.put(ColumnNames.unique(name, output.keySet()), type));
  }

  static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof ParenthesizedExpression) {
      current = ((ParenthesizedExpression) current).expression();
    }
    return current;
  }

  static RowSchema toSchema(Map<String, ScalarType> output, boolean open) {
    List<Column> columns = new ArrayList<>();
    output.forEach((name, type) -> columns.add(new Column(name, type)));
    return new RowSchema(columns, open);
  }
}
