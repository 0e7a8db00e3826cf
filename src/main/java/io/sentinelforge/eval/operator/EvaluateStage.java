package io.sentinelforge.eval.operator;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code evaluate plugin(...)}: only {@code bag_unpack(col [, prefix])} is implemented — one
 * dynamic column per property (in first-seen order), the bag column removed. Other plugins are
 * unsupported.
 */
final class EvaluateStage {

  private EvaluateStage() {}

  static Table apply(Table input, EvaluateOperator node, Environment environment) {
    if (!(node.plugin() instanceof FunctionCall call)
        || !call.name().equals("bag_unpack")
        || input == null) {
      String name = node.plugin() instanceof FunctionCall c ? c.name() : "plugin";
      throw new UnsupportedFeatureException(name, "evaluate " + name + " is not supported");
    }
    List<Expression> arguments = call.arguments();
    String source = ProjectStage.nameOf(arguments.get(0));
    Column bags = environment.column(input, arguments.get(0));
    String prefix =
        arguments.size() > 1
            ? CellValues.get(environment.column(input, arguments.get(1)), 0).toKqlString()
            : "";
    Set<String> keys = new LinkedHashSet<>();
    for (int r = 0; r < input.rowCount(); r++) {
      if (CellValues.get(bags, r) instanceof BagValue bag) {
        keys.addAll(bag.properties().keySet());
      }
    }
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < input.names().size(); c++) {
      if (!input.names().get(c).equals(source)) {
        names.add(input.names().get(c));
        columns.add(input.columns().get(c));
      }
    }
    for (String key : keys) {
      ColumnBuilder builder = new ColumnBuilder(KqlType.DYNAMIC, input.rowCount());
      for (int r = 0; r < input.rowCount(); r++) {
        Value value =
            CellValues.get(bags, r) instanceof BagValue bag ? bag.properties().get(key) : null;
        if (value == null || value.isNull()) {
          builder.appendNull();
        } else {
          builder.append(value);
        }
      }
      names.add(ColumnNames.unique(prefix + key, names));
      columns.add(builder.build());
    }
    return new Table(names, columns, input.rowCount());
  }
}
