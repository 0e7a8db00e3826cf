package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;

/**
 * Output schemas of the activity plugins: the timeline (or index) column, the dimension columns
 * from a fixed argument position, then the metric columns; open for other plugins or when the
 * schema depends on a value that is not written as a literal.
 */
final class ActivityPluginSchemas {

  private ActivityPluginSchemas() {}

  static RowSchema of(FunctionCall call, List<ScalarType> types) {
    List<Expression> arguments = call.arguments();
    switch (call.name()) {
      case "active_users_count":
        return metrics(arguments, types, 1, 8, "dcount");
      case "sliding_window_counts":
        return metrics(arguments, types, 1, 6, "Count", "dcount");
      case "activity_counts_metrics":
        return metrics(
            arguments, types, 1, 5, "count", "dcount", "new_dcount", "aggregated_dcount");
      case "rolling_percentile":
        return rollingPercentile(arguments, types);
      default:
        return RowSchema.OPEN;
    }
  }

  /** {@code rolling_<BinsPerWindow>_percentile_<Value>_<Percentile>}, typed as the values. */
  private static RowSchema rollingPercentile(List<Expression> arguments, List<ScalarType> types) {
    if (arguments.size() < 5
        || !(arguments.get(1) instanceof Literal percentile)
        || !(arguments.get(4) instanceof Literal window)
        || window.kind() != LiteralKind.LONG
        || ColumnNames.derive(arguments.get(0)).isEmpty()) {
      return RowSchema.OPEN;
    }
    RowSchema schema = dimensions(arguments, types, 2, 5);
    String name =
        "rolling_"
            + window.text()
            + "_percentile_"
            + ColumnNames.derive(arguments.get(0)).get()
            + "_"
            + percentText(percentile.text());
    return schema.with(name, types.get(0));
  }

  /** As the evaluator names it: a whole percentile without decimals, else '.' written as '_'. */
  private static String percentText(String literal) {
    try {
      double value = Double.parseDouble(literal);
      return value == Math.floor(value)
          ? Long.toString((long) value)
          : Double.toString(value).replace('.', '_');
    } catch (NumberFormatException notNumber) {
      return literal;
    }
  }

  private static RowSchema metrics(
      List<Expression> arguments,
      List<ScalarType> types,
      int timeline,
      int firstDimension,
      String... metrics) {
    if (arguments.size() < firstDimension) {
      return RowSchema.OPEN;
    }
    RowSchema schema = dimensions(arguments, types, timeline, firstDimension);
    for (String metric : metrics) {
      schema = schema.with(metric, ScalarType.LONG);
    }
    return schema;
  }

  private static RowSchema dimensions(
      List<Expression> arguments, List<ScalarType> types, int timeline, int firstDimension) {
    List<Column> columns = new ArrayList<>();
    List<Integer> outputArguments = new ArrayList<>(List.of(timeline));
    for (int dimension = firstDimension; dimension < arguments.size(); dimension++) {
      outputArguments.add(dimension);
    }
    for (int i : outputArguments) {
      String name = ColumnNames.derive(arguments.get(i)).orElse("Column" + (columns.size() + 1));
      columns.add(new Column(name, types.get(i)));
    }
    return RowSchema.of(columns);
  }
}
