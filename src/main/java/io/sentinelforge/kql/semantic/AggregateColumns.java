package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.StarExpression;
import io.sentinelforge.kql.types.ScalarType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns one aggregate adds to a summarize result: {@code name = agg(...)}, a generated name
 * such as {@code count_}, or several columns for {@code arg_max(X, *)}, {@code take_any(A, B)} and
 * {@code percentiles(X, 50, 95)}.
 */
final class AggregateColumns {

  private static final Set<String> ROW_SELECTORS =
      Set.of("arg_max", "arg_min", "argmax", "argmin", "take_any", "any");

  private final BindingContext context;
  private final RowSchema input;
  private final Map<String, ScalarType> output;

  AggregateColumns(BindingContext context, RowSchema input, Map<String, ScalarType> output) {
    this.context = context;
    this.input = input;
    this.output = output;
  }

  /** Adds the aggregate's columns; true when the result may hold columns we cannot list. */
  boolean add(Expression aggregate) {
    ScalarType type = context.scalar(aggregate, input);
    Expression inner = SummarizeBinder.unwrap(aggregate);
    List<String> names =
        inner instanceof NamedExpression ? ((NamedExpression) inner).names() : List.of();
    Expression value =
        inner instanceof NamedExpression
            ? SummarizeBinder.unwrap(((NamedExpression) inner).value())
            : inner;
    if (value instanceof FunctionCall && ROW_SELECTORS.contains(((FunctionCall) value).name())) {
      return rowSelector((FunctionCall) value, names);
    }
    if (value instanceof FunctionCall
        && ((FunctionCall) value).name().equals("percentiles")
        && names.isEmpty()) {
      percentiles((FunctionCall) value);
      return false;
    }
    if (names.size() == 1) {
      output.put(names.get(0), type);
    } else if (!names.isEmpty()) {
      names.forEach(name -> output.put(name, ScalarType.UNKNOWN));
    } else {
      List<String> generated =
          value instanceof FunctionCall
              ? ColumnNames.aggregateCandidates((FunctionCall) value)
              : List.of("Column" + (output.size() + 1));
      String first = ColumnNames.unique(generated.get(0), output.keySet());
      output.put(first, type);
      generated.stream().skip(1).forEach(alias -> output.putIfAbsent(alias, type));
    }
    return false;
  }

  private boolean rowSelector(FunctionCall call, List<String> names) {
    boolean open = false;
    int index = 0;
    for (Expression argument : call.arguments()) {
      if (argument instanceof StarExpression) {
        for (Column column : input.columns()) {
          output.putIfAbsent(column.name(), column.type());
        }
        open |= input.open();
      } else {
        String name =
            index < names.size() ? names.get(index) : ColumnNames.derive(argument).orElse(null);
        ScalarType type = context.model.typeOf(argument).orElse(ScalarType.UNKNOWN);
        if (name == null) {
          name = ColumnNames.unique(call.name() + "_", output.keySet());
        }
        output.put(name, type);
      }
      index++;
    }
    return open;
  }

  private void percentiles(FunctionCall call) {
    List<Expression> arguments = call.arguments();
    String base = arguments.isEmpty() ? "" : ColumnNames.derive(arguments.get(0)).orElse("");
    ScalarType type =
        arguments.isEmpty()
            ? ScalarType.UNKNOWN
            : context.model.typeOf(arguments.get(0)).orElse(ScalarType.UNKNOWN);
    for (int i = 1; i < arguments.size(); i++) {
      Expression argument = arguments.get(i);
      String percent =
          argument instanceof io.sentinelforge.kql.syntax.Literal
              ? ((io.sentinelforge.kql.syntax.Literal) argument).text().replace('.', '_')
              : String.valueOf(i);
      output.put(ColumnNames.unique("percentile_" + base + "_" + percent, output.keySet()), type);
    }
  }
}
