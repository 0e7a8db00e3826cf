package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.schema.NameSuggestions;
import io.sentinelforge.kql.syntax.BetweenExpression;
import io.sentinelforge.kql.syntax.BinaryExpression;
import io.sentinelforge.kql.syntax.DynamicLiteral;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ExpressionVisitor;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.FunctionDefinition;
import io.sentinelforge.kql.syntax.InExpression;
import io.sentinelforge.kql.syntax.IndexAccess;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.MethodCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.PropertyAccess;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import io.sentinelforge.kql.syntax.StarExpression;
import io.sentinelforge.kql.syntax.TypeOfExpression;
import io.sentinelforge.kql.syntax.UnaryExpression;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Infers the type of a scalar expression, resolving names against the row and the scope. */
final class ExpressionBinder implements ExpressionVisitor<ScalarType> {

  private final BindingContext context;
  private final RowContext rows;

  ExpressionBinder(BindingContext context, RowContext rows) {
    this.context = context;
    this.rows = rows;
  }

  private ScalarType bind(Expression expression) {
    return context.scalar(expression, rows);
  }

  @Override
  public ScalarType visitLiteral(Literal node) {
    return LiteralTypes.of(node.kind());
  }

  @Override
  public ScalarType visitDynamicLiteral(DynamicLiteral node) {
    return ScalarType.DYNAMIC;
  }

  @Override
  public ScalarType visitNameReference(NameReference node) {
    String name = node.name();
    Optional<Column> column = rows.row().find(name);
    if (column.isPresent()) {
      return column.get().type();
    }
    Optional<Symbol> symbol = context.scope.lookup(name);
    if (symbol.isPresent()) {
      return symbol.get() instanceof Symbol.Scalar
          ? ((Symbol.Scalar) symbol.get()).type()
          : ScalarType.UNKNOWN;
    }
    if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false")) {
      return ScalarType.BOOL;
    }
    if (rows.row().open() || context.catalog.table(name).isPresent() || name.contains("*")) {
      return ScalarType.UNKNOWN;
    }
    reportUnknownColumn(node);
    return ScalarType.UNKNOWN;
  }

  private void reportUnknownColumn(NameReference node) {
    List<String> candidates = new ArrayList<>(rows.row().names());
    context.scope.names().forEach(candidates::add);
    String message = "unknown column or variable '" + node.name() + "'";
    Optional<String> suggestion = NameSuggestions.closest(node.name(), candidates);
    if (suggestion.isPresent()) {
      message += "; did you mean '" + suggestion.get() + "'?";
    }
    context.error(SemanticCodes.UNKNOWN_COLUMN, message, node.span());
  }

  @Override
  public ScalarType visitStarExpression(StarExpression node) {
    return ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitFunctionCall(FunctionCall node) {
    return new CallBinder(context, rows).bind(node);
  }

  @Override
  public ScalarType visitMethodCall(MethodCall node) {
    node.arguments().forEach(this::bind);
    return ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitPropertyAccess(PropertyAccess node) {
    if (node.target() instanceof NameReference) {
      String target = ((NameReference) node.target()).name();
      if (target.equals("$left") || target.equals("$right")) {
        return JoinSides.resolve(context, rows, target, node);
      }
    }
    ScalarType target = bind(node.target());
    return target == ScalarType.DYNAMIC ? ScalarType.DYNAMIC : ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitIndexAccess(IndexAccess node) {
    ScalarType target = bind(node.target());
    bind(node.index());
    return target == ScalarType.DYNAMIC ? ScalarType.DYNAMIC : ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitUnaryExpression(UnaryExpression node) {
    return bind(node.operand());
  }

  @Override
  public ScalarType visitBinaryExpression(BinaryExpression node) {
    ScalarType left = bind(node.left());
    ScalarType right = bind(node.right());
    return OperatorTyping.binary(context, node, left, right);
  }

  @Override
  public ScalarType visitInExpression(InExpression node) {
    ScalarType left = bind(node.left());
    for (Expression value : node.values()) {
      if (TabularShape.isTabular(value, context, rows.row())) {
        context.tabular(value, null);
      } else {
        bind(value);
      }
    }
    OperatorTyping.checkStringOperand(context, node.operator(), node.left(), left);
    return ScalarType.BOOL;
  }

  @Override
  public ScalarType visitBetweenExpression(BetweenExpression node) {
    ScalarType left = bind(node.left());
    ScalarType low = bind(node.low());
    bind(node.high());
    OperatorTyping.checkOrderable(context, "between", node.span(), left, low);
    return ScalarType.BOOL;
  }

  @Override
  public ScalarType visitParenthesizedExpression(ParenthesizedExpression node) {
    return bind(node.expression());
  }

  @Override
  public ScalarType visitNamedExpression(NamedExpression node) {
    return bind(node.value());
  }

  @Override
  public ScalarType visitTypeOfExpression(TypeOfExpression node) {
    return ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitPipeExpression(PipeExpression node) {
    context.tabular(node, null);
    return ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitQueryOperatorExpression(QueryOperatorExpression node) {
    context.tabular(node, null);
    return ScalarType.UNKNOWN;
  }

  @Override
  public ScalarType visitFunctionDefinition(FunctionDefinition node) {
    return ScalarType.UNKNOWN;
  }
}
