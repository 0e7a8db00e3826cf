package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.FunctionDefinition;
import io.sentinelforge.kql.syntax.FunctionParameter;
import io.sentinelforge.kql.syntax.Statement;
import io.sentinelforge.kql.syntax.TabularSchema;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a {@code let} function once, at its definition, with its parameters in a nested scope, so
 * mistakes in its body are reported once; calls then only check arity and take the result.
 */
final class FunctionBinder {

  private final BindingContext context;

  FunctionBinder(BindingContext context) {
    this.context = context;
  }

  Symbol.Function define(FunctionDefinition definition) {
    int required = 0;
    for (FunctionParameter parameter : definition.parameters()) {
      if (parameter.defaultValue() == null) {
        required++;
      }
    }
    int min = required;
    return context.nested(
        () -> {
          for (FunctionParameter parameter : definition.parameters()) {
            context.scope.define(parameter.name(), symbolFor(parameter));
          }
          RowSchema result = null;
          ScalarType scalar = ScalarType.UNKNOWN;
          StatementBinder statements = new StatementBinder(context);
          for (Statement statement : definition.body().statements()) {
            result = statement.accept(statements);
          }
          return new Symbol.Function(min, definition.parameters().size(), scalar, result);
        });
  }

  private static Symbol symbolFor(FunctionParameter parameter) {
    TabularSchema tabular = parameter.tabularSchema();
    if (tabular != null) {
      List<Column> columns = new ArrayList<>();
      for (ColumnDeclaration column : tabular.columns()) {
        columns.add(
            new Column(
                column.name(), ScalarType.fromName(column.type()).orElse(ScalarType.DYNAMIC)));
      }
      return new Symbol.Tabular(new RowSchema(columns, tabular.open()));
    }
    String type = parameter.scalarType();
    return new Symbol.Scalar(
        type == null ? ScalarType.UNKNOWN : ScalarType.fromName(type).orElse(ScalarType.DYNAMIC));
  }
}
