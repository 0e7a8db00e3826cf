package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.LazyColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NamedExpression;
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
    for (Expression expression : expressions) {
      if (expression instanceof NamedExpression named && named.names().size() > 1) {
        throw new io.sentinelforge.eval.UnsupportedFeatureException(
            "project", "tuple assignment is not supported");
      }
      String name = nameOf(expression);
      if (name == null) {
        name = "Column" + (++unnamed);
      }
      Column column = environment.column(input, expression);
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
    for (Expression expression : expressions) {
      String name = nameOf(expression);
      if (name == null) {
        do {
          name = "Column" + (++unnamed);
        } while (current.indexOf(name) >= 0);
      }
      Table before = current;
      current =
          withColumn(
              current,
              name,
              new LazyColumn(before.rowCount(), () -> environment.column(before, expression)));
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

  static String nameOf(Expression expression) {
    if (expression instanceof NamedExpression named) {
      return named.names().get(0);
    }
    return OutputNames.derive(expression);
  }
}
