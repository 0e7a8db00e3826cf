package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.MvApplyOperator;
import io.sentinelforge.kql.syntax.MvExpandItem;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.OperatorParameter;
import io.sentinelforge.kql.syntax.ParseKvOperator;
import io.sentinelforge.kql.syntax.ParsePatternElement;
import io.sentinelforge.kql.types.ScalarType;
import java.util.List;
import java.util.Optional;

/**
 * Operators that add columns to each row: {@code mv-expand}, {@code mv-apply}, {@code parse},
 * {@code parse-kv}.
 */
final class ExpansionBinder {

  private final BindingContext context;
  private final RowSchema input;

  ExpansionBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema mvExpand(List<OperatorParameter> parameters, List<MvExpandItem> items) {
    RowSchema output = input;
    for (MvExpandItem item : items) {
      context.scalar(item.column(), input);
      ScalarType type =
          item.toType() == null
              ? ScalarType.DYNAMIC
              : ScalarType.fromName(item.toType()).orElse(ScalarType.DYNAMIC);
      Optional<String> name =
          item.column() instanceof NamedExpression
              ? Optional.of(((NamedExpression) item.column()).names().get(0))
              : ColumnNames.derive(item.column());
      if (name.isPresent()) {
        output = output.with(name.get(), type);
      }
    }
    Optional<String> index = Parameters.word(parameters, "with_itemindex");
    if (index.isPresent()) {
      output = output.with(index.get(), ScalarType.LONG);
    }
    return output;
  }

  RowSchema mvApply(MvApplyOperator node) {
    RowSchema expanded = mvExpand(node.parameters(), node.items());
    if (node.subquery() == null) {
      return expanded;
    }
    RowSchema result = context.tabular(node.subquery(), expanded);
    RowSchema output = input;
    for (Column column : result.columns()) {
      output = output.with(column.name(), column.type());
    }
    return result.open() ? output.opened() : output;
  }

  RowSchema parse(Expression source, List<ParsePatternElement> pattern) {
    context.scalar(source, input);
    RowSchema output = input;
    for (ParsePatternElement element : pattern) {
      if (element.kind() == ParsePatternElement.Kind.COLUMN && element.columnName() != null) {
        ScalarType type =
            element.columnType() == null
                ? ScalarType.STRING
                : ScalarType.fromName(element.columnType()).orElse(ScalarType.DYNAMIC);
        output = output.with(element.columnName(), type);
      }
    }
    return output;
  }

  RowSchema parseKv(ParseKvOperator node) {
    context.scalar(node.source(), input);
    RowSchema output = input;
    for (ColumnDeclaration column : node.columns()) {
      output =
          output.with(column.name(), ScalarType.fromName(column.type()).orElse(ScalarType.DYNAMIC));
    }
    return output;
  }
}
