package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Functions that need the row's column names: {@code pack_all([ignore_null_empty])} (a bag of all
 * columns) and {@code bag_pack_columns(c1, c2, …)} (a bag of the named columns).
 */
final class RowBags {

  private RowBags() {}

  static Column call(ColumnEvaluator evaluator, String name, List<Expression> arguments) {
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    boolean skipEmpty = false;
    if (name.equals("pack_all")) {
      names.addAll(evaluator.input().names());
      columns.addAll(evaluator.input().columns());
      skipEmpty =
          !arguments.isEmpty()
              && Values.isTrue(CellValues.get(evaluator.evaluate(arguments.get(0)), 0));
    } else {
      for (Expression argument : arguments) {
        if (!(argument instanceof NameReference column)) {
          throw new EvaluationException("bag_pack_columns() takes column names");
        }
        names.add(column.name());
        columns.add(evaluator.evaluate(argument));
      }
    }
    int rows = evaluator.rows();
    Value[] bags = new Value[rows];
    for (int r = 0; r < rows; r++) {
      Map<String, Value> properties = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        Value value = CellValues.get(columns.get(c), r);
        if (!skipEmpty || !Values.isEmpty(value)) {
          properties.put(names.get(c), value);
        }
      }
      bags[r] = Values.bag(properties);
    }
    return ValueColumns.of(bags, rows, KqlType.DYNAMIC);
  }
}
