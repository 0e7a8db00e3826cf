package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.EvaluateOperator;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NamedExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code evaluate plugin(...)}: {@code bag_unpack(col [, prefix] [, columnsConflict=…])} — one
 * dynamic column per property in first-seen order, the bag column removed — the IP lookup plugins,
 * {@code rows_near} and {@code active_users_count}. Other plugins are unsupported.
 */
final class EvaluateStage {

  private EvaluateStage() {}

  static Table apply(Table input, EvaluateOperator node, Environment environment) {
    String name = node.plugin() instanceof FunctionCall c ? c.name() : "plugin";
    if (input == null || !(node.plugin() instanceof FunctionCall call)) {
      throw new UnsupportedFeatureException(name, "evaluate " + name + " is not supported");
    }
    switch (name) {
      case "ipv4_lookup":
      case "ipv6_lookup":
        return IpLookupPlugin.apply(input, name, call.arguments(), environment);
      case "bag_unpack":
        Table unpacked = bagUnpack(input, call.arguments(), environment);
        return node.outputSchema().isEmpty() && !node.keepsInputColumns()
            ? unpacked
            : PluginOutputSchema.apply(input, call.arguments().get(0), unpacked, node);
      case "pivot":
        return node.outputSchema().isEmpty()
            ? PivotPlugin.apply(input, call.arguments(), environment)
            : PivotSchema.apply(
                PivotPlugin.apply(input, call.arguments(), environment), call, node);
      case "sliding_window_counts":
        return SlidingWindowCountsPlugin.apply(input, call.arguments(), environment);
      case "activity_counts_metrics":
        return ActivityCountsMetricsPlugin.apply(input, call.arguments(), environment);
      case "rolling_percentile":
        return RollingPercentilePlugin.apply(input, call.arguments(), environment);
      case "rows_near":
        return RowsNearPlugin.apply(input, call.arguments(), environment);
      case "active_users_count":
        return ActiveUsersCountPlugin.apply(input, call.arguments(), environment);
      default:
        throw new UnsupportedFeatureException(name, "evaluate " + name + " is not supported");
    }
  }

  private static Table bagUnpack(Table input, List<Expression> arguments, Environment environment) {
    String source = ProjectStage.nameOf(arguments.get(0));
    Column bags = environment.column(input, arguments.get(0));
    String prefix = "";
    String conflict = "error";
    for (Expression argument : arguments.subList(1, arguments.size())) {
      Expression value = argument instanceof NamedExpression named ? named.value() : argument;
      String text = CellValues.get(environment.column(input, value), 0).toKqlString();
      String option =
          argument instanceof NamedExpression named ? named.names().get(0) : "OutputColumnPrefix";
      if (option.equalsIgnoreCase("columnsConflict")) {
        conflict = text;
      } else if (option.equalsIgnoreCase("OutputColumnPrefix")) {
        prefix = text;
      } else {
        throw new UnsupportedFeatureException(
            "bag_unpack " + option, "bag_unpack option '" + option + "' is not supported");
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (int r = 0; r < input.rowCount(); r++) {
      if (CellValues.get(bags, r) instanceof BagValue bag) {
        keys.addAll(bag.properties().keySet());
      }
    }
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < input.names().size(); c++) {
      String existing = input.names().get(c);
      boolean replaced =
          conflict.equals("replace_source") && keys.contains(existing) && prefix.isEmpty();
      if (!existing.equals(source) && !replaced) {
        names.add(existing);
        columns.add(input.columns().get(c));
      }
    }
    for (String key : keys) {
      String column = prefix + key;
      if (names.contains(column)) {
        if (conflict.equals("keep_source")) {
          continue;
        }
        if (conflict.equals("error")) {
          throw new EvaluationException("bag_unpack: column '" + column + "' already exists");
        }
      }
      names.add(column);
      columns.add(property(bags, key, input.rowCount()));
    }
    return new Table(names, columns, input.rowCount());
  }

  private static Column property(Column bags, String key, int rows) {
    ColumnBuilder builder = new ColumnBuilder(KqlType.DYNAMIC, rows);
    for (int r = 0; r < rows; r++) {
      Value value =
          CellValues.get(bags, r) instanceof BagValue bag ? bag.properties().get(key) : null;
      if (value == null || value.isNull()) {
        builder.appendNull();
      } else {
        builder.append(value);
      }
    }
    return builder.build();
  }
}
