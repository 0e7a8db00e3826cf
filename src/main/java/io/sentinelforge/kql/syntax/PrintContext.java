package io.sentinelforge.kql.syntax;

import java.util.List;

/** The text being printed, shared by the expression and operator printers. */
final class PrintContext {

  private final StringBuilder out = new StringBuilder();
  private final ExpressionPrinter expressions = new ExpressionPrinter(this);
  private final OperatorPrinter operators = new OperatorPrinter(this);

  String text() {
    return out.toString();
  }

  PrintContext append(String text) {
    out.append(text);
    return this;
  }

  void expression(Expression expression) {
    expression.accept(expressions);
  }

  void operator(QueryOperator operator) {
    operator.accept(operators);
  }

  void dynamicValue(DynamicValue value) {
    value.accept(expressions);
  }

  void expressions(List<? extends Expression> list) {
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        append(", ");
      }
      expression(list.get(i));
    }
  }

  void statements(List<Statement> statements, String separator) {
    for (int i = 0; i < statements.size(); i++) {
      if (i > 0) {
        append(separator);
      }
      statements.get(i).accept(expressions);
    }
  }

  void parameters(List<OperatorParameter> parameters) {
    for (OperatorParameter parameter : parameters) {
      append(" ").append(parameter.name()).append("=");
      expression(parameter.value());
    }
  }

  void columns(List<ColumnDeclaration> columns) {
    for (int i = 0; i < columns.size(); i++) {
      append(i > 0 ? ", " : "").append(KqlPrinter.name(columns.get(i).name()));
      append(":").append(columns.get(i).type());
    }
  }

  void sortExpression(SortExpression sort) {
    expression(sort.expression());
    if (sort.direction() != null) {
      append(" ").append(sort.direction());
    }
    if (sort.nulls() != null) {
      append(" nulls ").append(sort.nulls());
    }
  }

  void sortExpressions(List<SortExpression> sorts) {
    for (int i = 0; i < sorts.size(); i++) {
      append(i > 0 ? ", " : "");
      sortExpression(sorts.get(i));
    }
  }

  void patterns(List<Expression> patterns) {
    for (int i = 0; i < patterns.size(); i++) {
      append(i > 0 ? ", " : "");
      Expression pattern = patterns.get(i);
      if (pattern instanceof NameReference name) {
        append(KqlPrinter.pattern(name.name()));
      } else {
        expression(pattern);
      }
    }
  }

  void mvItems(List<MvExpandItem> items, Expression limit) {
    for (int i = 0; i < items.size(); i++) {
      append(i > 0 ? ", " : " ");
      expression(items.get(i).column());
      if (items.get(i).toType() != null) {
        append(" to typeof(").append(items.get(i).toType()).append(")");
      }
    }
    if (limit != null) {
      append(" limit ");
      expression(limit);
    }
  }
}
