package io.sentinelforge.kql.syntax;

import java.util.List;

/** Prints statements, expressions and dynamic values into a {@link PrintContext}. */
final class ExpressionPrinter
    implements ExpressionVisitor<Void>, StatementVisitor<Void>, DynamicValueVisitor<Void> {

  private final PrintContext out;

  ExpressionPrinter(PrintContext out) {
    this.out = out;
  }

  @Override
  public Void visitLetStatement(LetStatement node) {
    out.append("let ").append(KqlPrinter.name(node.name())).append(" = ");
    out.expression(node.value());
    return null;
  }

  @Override
  public Void visitExpressionStatement(ExpressionStatement node) {
    out.expression(node.expression());
    return null;
  }

  @Override
  public Void visitSetStatement(SetStatement node) {
    out.append("set ").append(node.option());
    if (node.value() != null) {
      out.append(" = ");
      out.expression(node.value());
    }
    return null;
  }

  @Override
  public Void visitDeclareQueryParametersStatement(DeclareQueryParametersStatement node) {
    out.append("declare query_parameters(");
    parameters(node.parameters());
    out.append(")");
    return null;
  }

  private void parameters(List<FunctionParameter> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      FunctionParameter parameter = parameters.get(i);
      out.append(i > 0 ? ", " : "").append(KqlPrinter.name(parameter.name())).append(":");
      if (parameter.scalarType() != null) {
        out.append(parameter.scalarType());
      } else {
        TabularSchema schema = parameter.tabularSchema();
        out.append("(");
        out.columns(schema.columns());
        out.append(schema.open() ? (schema.columns().isEmpty() ? "*" : ", *") : "").append(")");
      }
      if (parameter.defaultValue() != null) {
        out.append(" = ");
        out.expression(parameter.defaultValue());
      }
    }
  }

  @Override
  public Void visitLiteral(Literal node) {
    out.append(node.text());
    return null;
  }

  @Override
  public Void visitDynamicLiteral(DynamicLiteral node) {
    out.append("dynamic(");
    out.dynamicValue(node.value());
    out.append(")");
    return null;
  }

  @Override
  public Void visitNameReference(NameReference node) {
    out.append(KqlPrinter.name(node.name()));
    return null;
  }

  @Override
  public Void visitStarExpression(StarExpression node) {
    out.append("*");
    return null;
  }

  @Override
  public Void visitFunctionCall(FunctionCall node) {
    out.append(node.name()).append("(");
    out.expressions(node.arguments());
    out.append(")");
    return null;
  }

  @Override
  public Void visitMethodCall(MethodCall node) {
    out.expression(node.target());
    out.append(".").append(node.name()).append("(");
    out.expressions(node.arguments());
    out.append(")");
    return null;
  }

  @Override
  public Void visitPropertyAccess(PropertyAccess node) {
    out.expression(node.target());
    out.append(".").append(KqlPrinter.name(node.name()));
    return null;
  }

  @Override
  public Void visitIndexAccess(IndexAccess node) {
    out.expression(node.target());
    out.append("[");
    out.expression(node.index());
    out.append("]");
    return null;
  }

  @Override
  public Void visitUnaryExpression(UnaryExpression node) {
    out.append(node.operator());
    out.expression(node.operand());
    return null;
  }

  @Override
  public Void visitBinaryExpression(BinaryExpression node) {
    out.expression(node.left());
    out.append(" ").append(node.operator()).append(" ");
    out.expression(node.right());
    return null;
  }

  @Override
  public Void visitInExpression(InExpression node) {
    out.expression(node.left());
    out.append(" ").append(node.operator()).append(" (");
    out.expressions(node.values());
    out.append(")");
    return null;
  }

  @Override
  public Void visitBetweenExpression(BetweenExpression node) {
    out.expression(node.left());
    out.append(node.negated() ? " !between (" : " between (");
    out.expression(node.low());
    out.append(" .. ");
    out.expression(node.high());
    out.append(")");
    return null;
  }

  @Override
  public Void visitParenthesizedExpression(ParenthesizedExpression node) {
    out.append("(");
    out.expression(node.expression());
    out.append(")");
    return null;
  }

  @Override
  public Void visitNamedExpression(NamedExpression node) {
    if (node.names().size() == 1) {
      out.append(KqlPrinter.name(node.names().get(0)));
    } else {
      out.append("(").append(KqlPrinter.join(node.names())).append(")");
    }
    out.append(" = ");
    out.expression(node.value());
    return null;
  }

  @Override
  public Void visitTypeOfExpression(TypeOfExpression node) {
    out.append("typeof(");
    if (node.scalarType() != null) {
      out.append(node.scalarType());
    } else {
      out.columns(node.columns());
    }
    out.append(")");
    return null;
  }

  @Override
  public Void visitPipeExpression(PipeExpression node) {
    out.expression(node.source());
    out.append("\n| ");
    out.operator(node.operator());
    return null;
  }

  @Override
  public Void visitQueryOperatorExpression(QueryOperatorExpression node) {
    out.operator(node.operator());
    return null;
  }

  @Override
  public Void visitFunctionDefinition(FunctionDefinition node) {
    out.append(node.view() ? "view (" : "(");
    parameters(node.parameters());
    out.append(") {\n");
    out.statements(node.body().statements(), ";\n");
    out.append("\n}");
    return null;
  }

  @Override
  public Void visitDynamicArray(DynamicArray node) {
    out.append("[");
    for (int i = 0; i < node.elements().size(); i++) {
      out.append(i > 0 ? ", " : "");
      out.dynamicValue(node.elements().get(i));
    }
    out.append("]");
    return null;
  }

  @Override
  public Void visitDynamicObject(DynamicObject node) {
    out.append("{");
    for (int i = 0; i < node.properties().size(); i++) {
      DynamicProperty property = node.properties().get(i);
      out.append(i > 0 ? ", " : "").append(property.key().text()).append(": ");
      out.dynamicValue(property.value());
    }
    out.append("}");
    return null;
  }

  @Override
  public Void visitDynamicScalar(DynamicScalar node) {
    out.append(node.value().text());
    return null;
  }

  @Override
  public Void visitDynamicNull(DynamicNull node) {
    out.append("null");
    return null;
  }
}
