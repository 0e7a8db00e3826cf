package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.SortExpression;
import io.sentinelforge.kql.syntax.StarExpression;
import io.sentinelforge.kql.syntax.TupleAssignments;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code project} and its variants, {@code extend} and {@code distinct}. */
final class ProjectionBinder {

  private final BindingContext context;
  private final RowSchema input;

  ProjectionBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema project(List<Expression> columns) {
    RowSchema output = RowSchema.of(List.of());
    for (Expression column : columns) {
      output = addItem(output, column, input);
    }
    return output;
  }

  RowSchema extend(List<Expression> columns) {
    RowSchema output = input;
    for (Expression column : columns) {
      output = addItem(output, column, output);
    }
    return output;
  }

  /** One list item: a single column, or one column per value of a multi-valued call. */
  private RowSchema addItem(RowSchema target, Expression column, RowSchema row) {
    List<TupleAssignments.Part> parts = TupleBinding.expand(context, column, row);
    if (parts.size() == 1 && !parts.get(0).generatedName()) {
      return addComputed(target, column, row, target.columns().size());
    }
    RowSchema result = target;
    for (Column spread : TupleBinding.spread(context, parts, row, target.names())) {
      result = result.with(spread.name(), spread.type());
    }
    return result;
  }

  RowSchema distinct(List<Expression> columns) {
    if (columns.size() == 1 && columns.get(0) instanceof StarExpression) {
      return input;
    }
    return project(columns);
  }

  /**
   * Binds one (possibly named) expression against {@code row} and sets its column(s) on {@code
   * target}.
   */
  private RowSchema addComputed(RowSchema target, Expression column, RowSchema row, int position) {
    ScalarType type = context.scalar(column, row);
    if (column instanceof NamedExpression) {
      List<String> names = ((NamedExpression) column).names();
      RowSchema result = target;
      for (String name : names) {
        result = result.with(name, names.size() == 1 ? type : ScalarType.UNKNOWN);
      }
      return result;
    }
    List<String> names = ColumnNames.candidates(column);
    if (names.isEmpty()) {
      return target.with("Column" + (position + 1), type);
    }
    RowSchema result = target;
    for (String name : names) {
      result = result.with(name, type);
    }
    return result;
  }

  RowSchema away(List<Expression> columns) {
    List<Column> kept = new ArrayList<>(input.columns());
    for (Expression column : columns) {
      String pattern = patternOf(column);
      if (pattern == null) {
        continue;
      }
      boolean removed = kept.removeIf(existing -> Wildcards.matches(pattern, existing.name()));
      if (!removed) {
        reportMissing(column, pattern);
      }
    }
    return new RowSchema(kept, input.open());
  }

  RowSchema keep(List<Expression> columns) {
    List<Column> kept = new ArrayList<>();
    boolean wildcard = false;
    for (Column existing : input.columns()) {
      for (Expression column : columns) {
        String pattern = patternOf(column);
        if (pattern != null && Wildcards.matches(pattern, existing.name())) {
          kept.add(existing);
          break;
        }
      }
    }
    for (Expression column : columns) {
      String pattern = patternOf(column);
      wildcard |= pattern != null && pattern.contains("*");
      if (pattern != null && !pattern.contains("*") && input.find(pattern).isEmpty()) {
        reportMissing(column, pattern);
      }
    }
    return new RowSchema(kept, input.open() && wildcard);
  }

  RowSchema rename(List<NamedExpression> renames) {
    RowSchema output = input;
    for (NamedExpression rename : renames) {
      String newName = rename.names().get(0);
      if (!(rename.value() instanceof NameReference)) {
        continue;
      }
      String oldName = ((NameReference) rename.value()).name();
      Optional<Column> old = output.find(oldName);
      ScalarType type = context.scalar(rename.value(), output);
      List<Column> columns = new ArrayList<>(output.columns());
      if (old.isPresent()) {
        columns.set(columns.indexOf(old.get()), new Column(newName, old.get().type()));
      } else {
        columns.add(new Column(newName, type));
      }
      output = new RowSchema(columns, output.open());
    }
    return output;
  }

  RowSchema reorder(List<SortExpression> columns) {
    for (SortExpression column : columns) {
      String pattern = patternOf(column.expression());
      if (pattern != null && !pattern.contains("*") && input.find(pattern).isEmpty()) {
        reportMissing(column.expression(), pattern);
      }
    }
    return input;
  }

  private static String patternOf(Expression column) {
    return column instanceof NameReference ? ((NameReference) column).name() : null;
  }

  private void reportMissing(Expression column, String pattern) {
    if (!input.open() && !pattern.contains("*")) {
      context.scalar(column, input);
    }
  }
}
