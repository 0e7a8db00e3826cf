package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.DynamicArray;
import io.sentinelforge.kql.syntax.DynamicLiteral;
import io.sentinelforge.kql.syntax.DynamicScalar;
import io.sentinelforge.kql.syntax.DynamicValue;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code project-by-names}: the columns matched by constant specifiers (names, {@code *} patterns,
 * {@code dynamic([...])}, {@code column_names_of(T)}) in specifier order; a specifier known only
 * when the query runs (a function parameter) leaves the schema open.
 */
final class ProjectByNamesBinder {

  private final BindingContext context;
  private final RowSchema input;

  ProjectByNamesBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema bind(List<Expression> specifiers) {
    List<String> patterns = new ArrayList<>();
    boolean open = input.open();
    for (Expression specifier : specifiers) {
      open |= !addPatterns(specifier, patterns);
    }
    List<Column> columns = new ArrayList<>();
    for (String pattern : patterns) {
      for (Column column : input.columns()) {
        if (!columns.contains(column) && Wildcards.matches(pattern, column.name())) {
          columns.add(column);
        }
      }
    }
    return new RowSchema(columns, open);
  }

  /** Adds the specifier's patterns; false when its value is not known before the query runs. */
  private boolean addPatterns(Expression specifier, List<String> patterns) {
    if (specifier instanceof Literal literal && literal.kind() == LiteralKind.STRING) {
      patterns.add(KqlStrings.value(literal.text()));
      return true;
    }
    if (specifier instanceof DynamicLiteral literal
        && literal.value() instanceof DynamicArray array) {
      for (DynamicValue element : array.elements()) {
        if (!(element instanceof DynamicScalar scalar)
            || scalar.value().kind() != LiteralKind.STRING) {
          return false;
        }
        patterns.add(KqlStrings.value(scalar.value().text()));
      }
      return true;
    }
    if (specifier instanceof FunctionCall call
        && call.name().equals("column_names_of")
        && call.arguments().size() == 1) {
      RowSchema table = context.tabular(call.arguments().get(0), null);
      patterns.addAll(table.names());
      return !table.open();
    }
    context.scalar(specifier, input);
    return false;
  }
}
