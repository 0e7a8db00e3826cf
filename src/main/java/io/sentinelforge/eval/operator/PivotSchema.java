package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.EvaluateOperator;
import io.sentinelforge.kql.syntax.FunctionCall;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evaluate pivot(…) : (Col:type, …)}: exactly the declared columns, typed as declared; a
 * declared pivot value no row has is filled like any empty cell (the pivot page's example keeps
 * ALABAMA and ALASKA for every event type, 0 where a type never occurred there).
 */
final class PivotSchema {

  private PivotSchema() {}

  static Table apply(Table pivoted, FunctionCall call, EvaluateOperator node) {
    String aggregation =
        call.arguments().size() > 1 && call.arguments().get(1) instanceof FunctionCall function
            ? function.name()
            : "count";
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (ColumnDeclaration declaration : node.outputSchema()) {
      KqlType type = SourceStages.type(declaration);
      int index = pivoted.indexOf(declaration.name());
      ColumnBuilder builder = new ColumnBuilder(type, pivoted.rowCount());
      for (int r = 0; r < pivoted.rowCount(); r++) {
        Value value =
            index < 0
                ? PivotCells.missing(aggregation, type)
                : CellValues.get(pivoted.columns().get(index), r);
        CellValues.append(builder, SourceStages.convert(value, type));
      }
      names.add(declaration.name());
      columns.add(builder.build());
    }
    return new Table(names, columns, pivoted.rowCount());
  }
}
