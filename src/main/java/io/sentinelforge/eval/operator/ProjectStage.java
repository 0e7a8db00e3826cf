package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LazyColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.TupleAssignments;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code project} (exactly the listed columns, in order) and {@code extend}/{@code serialize} (adds
 * columns; a name that exists is replaced in place). Each expression sees the input row plus, for
 * extend, the columns computed before it in the same list.
 */
final class ProjectStage {

  private ProjectStage() {}

  static Table project(Table input, List<Expression> expressions, Environment environment) {
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    int unnamed = 0;
    for (TupleAssignments.Part part : TupleColumns.expand(expressions, input)) {
      String name = nameOf(part);
      if (name == null) {
        name = "Column" + (++unnamed);
      } else if (part.generatedName()) {
        name = ColumnNames.unique(name, names);
      }
      Column column = environment.column(input, part.value());
      int existing = names.indexOf(name);
      if (existing >= 0) {
        throw new EvaluationException("project lists column '" + name + "' twice");
      }
      names.add(name);
      columns.add(column);
    }
    return new Table(names, columns, input.rowCount());
  }

  static Table extend(Table input, List<Expression> expressions, Environment environment) {
    Table current = input;
    int unnamed = 0;
    for (TupleAssignments.Part part : TupleColumns.expand(expressions, input)) {
      String name = nameOf(part);
      if (name == null) {
        do {
          name = "Column" + (++unnamed);
        } while (current.indexOf(name) >= 0);
      } else if (part.generatedName()) {
        name = ColumnNames.unique(name, current.names());
      }
      Table before = current;
      Expression value = part.value();
      current =
          withColumn(
              current,
              name,
              new LazyColumn(before.rowCount(), () -> environment.column(before, value)));
    }
    return current;
  }

  /** The table with {@code column} replacing the column of that name, or appended. */
  static Table withColumn(Table table, String name, Column column) {
    List<String> names = new ArrayList<>(table.names());
    List<Column> columns = new ArrayList<>(table.columns());
    int existing = names.indexOf(name);
    if (existing >= 0) {
      columns.set(existing, column);
    } else {
      names.add(name);
      columns.add(column);
    }
    return new Table(names, columns, table.rowCount());
  }

  private static String nameOf(TupleAssignments.Part part) {
    return part.name() != null ? part.name() : OutputNames.derive(part.value());
  }

  static String nameOf(Expression expression) {
    if (expression instanceof NamedExpression named) {
      return named.names().get(0);
    }
    return OutputNames.derive(expression);
  }
}
