package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.EvaluateOperator;
import io.sentinelforge.kql.syntax.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code : (…)} output schema after {@code evaluate bag_unpack(…)}: the plugin returns only the
 * declared columns, typed as declared (a slot no row has is null), and a leading {@code *} first
 * keeps the input table's columns except the unpacked one.
 */
final class PluginOutputSchema {

  private PluginOutputSchema() {}

  static Table apply(Table input, Expression unpacked, Table output, EvaluateOperator node) {
    List<String> declared = new ArrayList<>();
    node.outputSchema().forEach(column -> declared.add(column.name()));
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    if (node.keepsInputColumns()) {
      String source = ProjectStage.nameOf(unpacked);
      for (int c = 0; c < input.names().size(); c++) {
        String name = input.names().get(c);
        if (!name.equals(source) && !declared.contains(name)) {
          names.add(name);
          columns.add(input.columns().get(c));
        }
      }
    }
    for (ColumnDeclaration declaration : node.outputSchema()) {
      names.add(declaration.name());
      columns.add(typed(output, declaration));
    }
    return new Table(names, columns, output.rowCount());
  }

  private static Column typed(Table output, ColumnDeclaration declaration) {
    KqlType type = SourceStages.type(declaration);
    ColumnBuilder builder = new ColumnBuilder(type, output.rowCount());
    int index = output.indexOf(declaration.name());
    for (int r = 0; r < output.rowCount(); r++) {
      if (index < 0) {
        builder.appendNull();
      } else {
        CellValues.append(
            builder, SourceStages.convert(CellValues.get(output.columns().get(index), r), type));
      }
    }
    return builder.build();
  }
}
