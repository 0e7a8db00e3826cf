package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ProjectByNamesOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code project-by-names}: keeps the columns named by the specifiers, in the order they are
 * specified or matched. A specifier is a constant string (a name or a {@code *} pattern) or a
 * dynamic array of them, such as {@code column_names_of(T)}; names no column has are ignored.
 */
final class ProjectByNamesStage {

  private ProjectByNamesStage() {}

  static Table apply(Table input, ProjectByNamesOperator node, Environment environment) {
    Table oneRow = Table.empty(List.of()).select(new int[1], 1);
    List<String> patterns = new ArrayList<>();
    for (Expression specifier : node.columns()) {
      addPatterns(CellValues.get(environment.column(oneRow, specifier), 0), patterns);
    }
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (String pattern : patterns) {
      for (int c = 0; c < input.names().size(); c++) {
        String name = input.names().get(c);
        if (!names.contains(name) && NamePatterns.matches(pattern, name)) {
          names.add(name);
          columns.add(input.columns().get(c));
        }
      }
    }
    return new Table(names, columns, input.rowCount());
  }

  private static void addPatterns(Value specifier, List<String> patterns) {
    if (specifier.isNull()) {
      return;
    }
    if (specifier instanceof StringValue text) {
      patterns.add(text.toKqlString());
    } else if (specifier instanceof ArrayValue array) {
      for (Value element : array.elements()) {
        addPatterns(element, patterns);
      }
    } else {
      throw new EvaluationException(
          "project-by-names expects column names, patterns or arrays of them, got "
              + specifier.type().kqlName());
    }
  }
}
