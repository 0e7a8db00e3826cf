package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.summarize.AccumulatorAggregation;
import io.sentinelforge.eval.summarize.Aggregation;
import io.sentinelforge.eval.summarize.ArgExtremeAggregation;
import io.sentinelforge.eval.summarize.CountAggregation;
import io.sentinelforge.eval.summarize.DcountAggregation;
import io.sentinelforge.eval.summarize.ExtremeAggregation;
import io.sentinelforge.eval.summarize.MomentAggregation;
import io.sentinelforge.eval.summarize.SumAggregation;
import io.sentinelforge.eval.summarize.TakeAnyAggregation;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.StarExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an aggregate call of a summarize into an {@link Aggregation} with KQL's output names
 * ({@code count_}, {@code sum_X}, {@code dcount_X}, {@code list_X}, {@code percentile_X_50}…). Hot
 * aggregates run column-wise here; the others use the registry's accumulators.
 */
final class AggregateCalls {

  private final Table input;
  private final Environment environment;
  private final List<String> keyNames;

  AggregateCalls(Table input, Environment environment, List<String> keyNames) {
    this.input = input;
    this.environment = environment;
    this.keyNames = keyNames;
  }

  /** Whether the expression is a call of a registry aggregate. */
  boolean isAggregateCall(Expression expression) {
    return expression instanceof FunctionCall call
        && environment.context().registry().aggregate(call.name()).isPresent()
        && !(environment.scope().lookup(call.name()) != null);
  }

  /** The aggregate calls inside an expression (not inside other aggregate calls). */
  List<FunctionCall> aggregateCallsIn(Expression expression) {
    List<FunctionCall> found = new ArrayList<>();
    collect(expression, found);
    if (found.isEmpty()) {
      String unknown = firstUnknownFunction(expression);
      if (unknown != null) {
        throw UnsupportedFeatureException.function(unknown);
      }
      throw new EvaluationException("a summarize expression must contain an aggregate function");
    }
    return found;
  }

  private String firstUnknownFunction(io.sentinelforge.kql.syntax.SyntaxNode node) {
    if (node instanceof FunctionCall call
        && environment.scope().lookup(call.name()) == null
        && environment.context().registry().scalar(call.name()).isEmpty()) {
      return call.name();
    }
    for (io.sentinelforge.kql.syntax.SyntaxNode child : node.children()) {
      String unknown = firstUnknownFunction(child);
      if (unknown != null) {
        return unknown;
      }
    }
    return null;
  }

  private void collect(io.sentinelforge.kql.syntax.SyntaxNode node, List<FunctionCall> found) {
    if (node instanceof Expression expression && isAggregateCall(expression)) {
      found.add((FunctionCall) expression);
      return;
    }
    for (io.sentinelforge.kql.syntax.SyntaxNode child : node.children()) {
      collect(child, found);
    }
  }

  Aggregation create(Expression expression, List<String> names) {
    Expression unwrapped = expression;
    while (unwrapped instanceof ParenthesizedExpression parenthesized) {
      unwrapped = parenthesized.expression();
    }
    if (!(unwrapped instanceof FunctionCall call)
        || environment.context().registry().aggregate(call.name()).isEmpty()) {
      throw new UnsupportedFeatureException(
          "summarize",
          "summarize supports only direct aggregate calls (no expressions around them)");
    }
    List<Expression> arguments = call.arguments();
    String function = call.name();
    String suffix = arguments.isEmpty() ? "" : orEmpty(OutputNames.derive(arguments.get(0)));
    String single = names.isEmpty() ? null : names.get(0);
    switch (function) {
      case "count":
        return new CountAggregation(single != null ? single : "count_" + suffix, null);
      case "countif":
        return new CountAggregation(single != null ? single : "countif_", column(arguments.get(0)));
      case "sum":
      case "sumif":
        return new SumAggregation(
            name(single, function + "_" + suffix), column(arguments.get(0)), predicate(call, 1));
      case "min":
      case "max":
      case "minif":
      case "maxif":
        return new ExtremeAggregation(
            name(single, function + "_" + suffix),
            column(arguments.get(0)),
            function.startsWith("max"),
            predicate(call, 1));
      case "avg":
      case "avgif":
        return new MomentAggregation(
            name(single, function + "_" + suffix),
            column(arguments.get(0)),
            MomentAggregation.Moment.AVG,
            predicate(call, 1));
      case "dcount":
      case "dcountif":
        return new DcountAggregation(
            name(single, function + "_" + suffix),
            column(arguments.get(0)),
            function.equals("dcountif") ? column(arguments.get(1)) : null);
      case "arg_max":
      case "arg_min":
        return argExtreme(call, names, function.equals("arg_max"));
      case "take_any":
        return new TakeAnyAggregation(returned(arguments, names, 0, ""));
      case "any":
        return new TakeAnyAggregation(returned(arguments, names, 0, "any_"));
      default:
        return generic(call, names, suffix);
    }
  }

  private Aggregation argExtreme(FunctionCall call, List<String> names, boolean max) {
    List<Expression> arguments = call.arguments();
    String byName = names.isEmpty() ? OutputNames.derive(arguments.get(0)) : names.get(0);
    if (byName == null) {
      byName = (max ? "max_" : "min_") + "expr";
    }
    NamedColumn by = new NamedColumn(byName, column(arguments.get(0)));
    List<NamedColumn> returned =
        returned(arguments, names.size() > 1 ? names.subList(1, names.size()) : List.of(), 1, "");
    returned.removeIf(column -> column.name().equals(by.name()));
    return new ArgExtremeAggregation(by, returned, max);
  }

  /** Columns listed from {@code start} on ({@code *} = all input columns except the keys). */
  private List<NamedColumn> returned(
      List<Expression> arguments, List<String> names, int start, String prefix) {
    List<NamedColumn> columns = new ArrayList<>();
    for (int i = start; i < arguments.size(); i++) {
      Expression argument = arguments.get(i);
      if (argument instanceof StarExpression) {
        for (int c = 0; c < input.names().size(); c++) {
          if (!keyNames.contains(input.names().get(c))) {
            columns.add(new NamedColumn(prefix + input.names().get(c), input.columns().get(c)));
          }
        }
        continue;
      }
      int position = i - start;
      String name = position < names.size() ? names.get(position) : OutputNames.derive(argument);
      if (name == null) {
        throw new UnsupportedFeatureException(
            "summarize", "an unnamed expression argument needs a name here");
      }
      columns.add(
          new NamedColumn(position < names.size() ? name : prefix + name, column(argument)));
    }
    return columns;
  }

  private Aggregation generic(FunctionCall call, List<String> names, String suffix) {
    List<Column> columns = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      columns.add(column(argument));
    }
    List<String> outputNames = new ArrayList<>(names);
    if (outputNames.isEmpty()) {
      outputNames.addAll(GenericAggregateNames.of(call, suffix));
    }
    return new AccumulatorAggregation(
        environment.context().registry(), call.name(), columns, outputNames);
  }

  private Column predicate(FunctionCall call, int index) {
    if (!call.name().endsWith("if")) {
      return null;
    }
    if (call.arguments().size() <= index) {
      throw new EvaluationException(call.name() + "() needs a predicate");
    }
    return column(call.arguments().get(index));
  }

  private Column column(Expression expression) {
    return environment.column(input, expression);
  }

  private static String name(String given, String derived) {
    return given != null ? given : derived;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
