package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.InvokeOperator;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.RangeOperator;
import io.sentinelforge.kql.syntax.TupleAssignments;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Operators that make rows of their own: {@code print}, {@code range}, {@code datatable}, {@code
 * search}, {@code invoke}.
 */
final class SourceBinder {

  private final BindingContext context;
  private final RowSchema input;

  SourceBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema print(List<Expression> columns) {
    RowSchema output = RowSchema.of(List.of());
    RowSchema empty = RowSchema.of(List.of());
    for (int item = 0; item < columns.size(); item++) {
      Expression column = columns.get(item);
      List<TupleAssignments.Part> parts = TupleBinding.expand(context, column, empty);
      if (parts.size() > 1 || parts.get(0).generatedName()) {
        for (Column spread : TupleBinding.spread(context, parts, empty, output.names())) {
          output = output.with(spread.name(), spread.type());
        }
        continue;
      }
      ScalarType type = context.scalar(column, empty);
      List<String> names =
          column instanceof NamedExpression
              ? ((NamedExpression) column).names()
              : List.of("print_" + item);
      for (String name : names) {
        output = output.with(name, type);
      }
    }
    return output;
  }

  RowSchema range(RangeOperator node) {
    RowSchema empty = RowSchema.of(List.of());
    ScalarType type = context.scalar(node.from(), empty);
    context.scalar(node.to(), empty);
    context.scalar(node.step(), empty);
    return RowSchema.of(List.of(new Column(node.column(), type)));
  }

  static RowSchema declared(List<ColumnDeclaration> declarations) {
    List<Column> columns = new ArrayList<>();
    for (ColumnDeclaration declaration : declarations) {
      columns.add(
          new Column(
              declaration.name(),
              ScalarType.fromName(declaration.type()).orElse(ScalarType.DYNAMIC)));
    }
    return RowSchema.of(columns);
  }

  /**
   * {@code search in (T1, T2) predicate}: the tables' columns plus {@code $table}; all tables when
   * none are named.
   */
  RowSchema search(List<Expression> tables) {
    RowSchema rows = RowSchema.of(List.of(new Column("$table", ScalarType.STRING)));
    if (tables.isEmpty()) {
      rows = RowSchema.OPEN;
    }
    for (Expression table : tables) {
      RowSchema leg = context.tabular(table, null);
      for (Column column : leg.columns()) {
        if (rows.find(column.name()).isEmpty()) {
          rows = rows.with(column.name(), column.type());
        }
      }
      rows = leg.open() ? rows.opened() : rows;
    }
    // A search predicate has its own syntax (bare "terms", Column:"value"), so it is not
    // type-checked.
    return rows;
  }

  RowSchema invoke(InvokeOperator node) {
    if (!(node.function() instanceof FunctionCall)) {
      return RowSchema.OPEN;
    }
    FunctionCall call = (FunctionCall) node.function();
    Optional<Symbol> symbol = context.scope.lookup(call.name());
    call.arguments().forEach(argument -> context.scalar(argument, input));
    if (symbol.isPresent() && symbol.get() instanceof Symbol.Function) {
      Symbol.Function function = (Symbol.Function) symbol.get();
      return function.tabular() ? function.resultSchema() : RowSchema.OPEN;
    }
    return RowSchema.OPEN;
  }
}
