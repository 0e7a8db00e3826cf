package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
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
import java.util.List;
import java.util.Map;

/**
 * Evaluates a scalar expression for all rows of a table at once, giving a column. Common cases
 * (comparisons with a constant, {@code and}/{@code or}, {@code bin}) run over primitive arrays;
 * everything else goes row by row through the scalar operators and function registry.
 */
public final class ColumnEvaluator implements ExpressionVisitor<Column> {

  private final Table input;
  private final Environment environment;
  private final Map<Expression, Column> precomputed;

  /** An evaluator over the rows of {@code input}. */
  public ColumnEvaluator(Table input, Environment environment) {
    this(input, environment, Map.of());
  }

  /**
   * An evaluator where some nodes (by identity) already have their column, e.g. the aggregate calls
   * inside {@code summarize x = sum(a) / count()}.
   */
  public ColumnEvaluator(
      Table input, Environment environment, Map<Expression, Column> precomputed) {
    this.input = input;
    this.environment = environment;
    this.precomputed = precomputed;
  }

  Table input() {
    return input;
  }

  int rows() {
    return input.rowCount();
  }

  Environment environment() {
    return environment;
  }

  Column evaluate(Expression expression) {
    return expression.accept(this);
  }

  @Override
  public Column visitLiteral(Literal node) {
    return ValueColumns.constant(LiteralValues.of(node), rows());
  }

  @Override
  public Column visitDynamicLiteral(DynamicLiteral node) {
    return ValueColumns.constant(node.value().accept(DynamicLiterals.INSTANCE), rows());
  }

  /** Prefix of the columns that hold a scan step's state ({@code s1.Ts}); no KQL name has it. */
  public static final String SCAN_STATE_PREFIX = "\u0000scan ";

  @Override
  public Column visitNameReference(NameReference node) {
    Column column = input.column(node.name());
    if (column != null) {
      return column;
    }
    Binding binding = environment.scope().lookup(node.name());
    if (binding instanceof Binding.Scalar scalar) {
      return ValueColumns.constant(scalar.value(), rows());
    }
    if (binding instanceof Binding.PerRow perRow && perRow.column().size() == rows()) {
      return perRow.column();
    }
    if (binding instanceof Binding.Function function
        && function.definition().parameters().isEmpty()) {
      return UserFunctions.callScalar(this, function, List.of());
    }
    if (binding instanceof Binding.Tabular) {
      throw new EvaluationException(
          "'" + node.name() + "' is a table, used where a value is expected");
    }
    throw new EvaluationException("unknown column or name '" + node.name() + "'");
  }

  @Override
  public Column visitStarExpression(StarExpression node) {
    throw new UnsupportedFeatureException("*", "'*' is not supported in this position");
  }

  @Override
  public Column visitFunctionCall(FunctionCall node) {
    Column known = precomputed.get(node);
    return known != null ? known : FunctionCalls.call(this, node);
  }

  @Override
  public Column visitMethodCall(MethodCall node) {
    throw new UnsupportedFeatureException(
        node.name(), "method call '." + node.name() + "()' is not supported");
  }

  @Override
  public Column visitPropertyAccess(PropertyAccess node) {
    if (node.target() instanceof NameReference step) {
      // scan evaluates its steps over rows that carry each step's state as such columns
      Column state = input.column(SCAN_STATE_PREFIX + step.name() + "." + node.name());
      if (state != null) {
        return state;
      }
    }
    return DynamicAccess.property(evaluate(node.target()), node.name());
  }

  @Override
  public Column visitIndexAccess(IndexAccess node) {
    return DynamicAccess.index(evaluate(node.target()), evaluate(node.index()));
  }

  @Override
  public Column visitUnaryExpression(UnaryExpression node) {
    Column operand = evaluate(node.operand());
    switch (node.operator()) {
      case "+":
        return operand;
      case "-":
        return RowWise.map(List.of(operand), values -> Arithmetic.negate(values.get(0)), null);
      default:
        throw new UnsupportedFeatureException(
            node.operator(), "unary '" + node.operator() + "' is not supported");
    }
  }

  @Override
  public Column visitBinaryExpression(BinaryExpression node) {
    return BinaryOperations.apply(this, node);
  }

  @Override
  public Column visitInExpression(InExpression node) {
    return ListOperations.in(this, node);
  }

  @Override
  public Column visitBetweenExpression(BetweenExpression node) {
    return ListOperations.between(this, node);
  }

  @Override
  public Column visitParenthesizedExpression(ParenthesizedExpression node) {
    return evaluate(node.expression());
  }

  @Override
  public Column visitNamedExpression(NamedExpression node) {
    return evaluate(node.value());
  }

  @Override
  public Column visitTypeOfExpression(TypeOfExpression node) {
    if (node.scalarType() == null) {
      throw new UnsupportedFeatureException("typeof", "a tabular typeof() is not supported here");
    }
    // A type argument (extract(..., typeof(long))) is passed to functions as its name.
    return ValueColumns.constant(io.sentinelforge.eval.value.Values.of(node.scalarType()), rows());
  }

  @Override
  public Column visitPipeExpression(PipeExpression node) {
    return ListOperations.scalarOfTable(this, environment.table(node));
  }

  @Override
  public Column visitQueryOperatorExpression(QueryOperatorExpression node) {
    return ListOperations.scalarOfTable(this, environment.table(node));
  }

  @Override
  public Column visitFunctionDefinition(FunctionDefinition node) {
    throw new EvaluationException("a function definition is not a value");
  }
}
