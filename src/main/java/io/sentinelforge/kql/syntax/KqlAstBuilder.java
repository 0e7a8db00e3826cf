package io.sentinelforge.kql.syntax;

import io.sentinelforge.kql.syntax.KqlGrammarParser.ArgumentContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ArgumentListContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.BetweenExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.BinaryExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ComparisonExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.DynamicPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.DynamicValueContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.FunctionCallPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.InExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.IndexAccessContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ListValuesContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.LiteralPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.MethodCallContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.NamePrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ParenthesizedPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.PrimaryExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.PropertyAccessContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.StarPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.TabularCallPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.TypeOfPrimaryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.UnaryExpressionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the ANTLR parse tree of scalar expressions into AST records; statements and operators are
 * built by {@link StatementAstBuilder} and {@link OperatorAstBuilder}, which share its helpers.
 */
final class KqlAstBuilder extends KqlGrammarBaseVisitor<Object> {

  final OperatorAstBuilder operators = new OperatorAstBuilder(this);
  final StatementAstBuilder statements = new StatementAstBuilder(this);

  Expression expression(ExpressionContext context) {
    return (Expression) context.accept(this);
  }

  List<Expression> expressions(List<? extends ExpressionContext> contexts) {
    List<Expression> result = new ArrayList<>(contexts.size());
    for (ExpressionContext context : contexts) {
      result.add(expression(context));
    }
    return result;
  }

  @Override
  public Object visitPrimaryExpression(PrimaryExpressionContext context) {
    return context.primary().accept(this);
  }

  @Override
  public Object visitPropertyAccess(PropertyAccessContext context) {
    String name =
        context.identifier() != null
            ? context.identifier().getText()
            : Names.bracketed(context.bracketedName());
    return new PropertyAccess(expression(context.expression()), name, Spans.of(context));
  }

  @Override
  public Object visitMethodCall(MethodCallContext context) {
    return new MethodCall(
        expression(context.expression()),
        context.identifier().getText(),
        arguments(context.argumentList()),
        Spans.of(context));
  }

  @Override
  public Object visitIndexAccess(IndexAccessContext context) {
    return new IndexAccess(
        expression(context.expression(0)), expression(context.expression(1)), Spans.of(context));
  }

  @Override
  public Object visitUnaryExpression(UnaryExpressionContext context) {
    return new UnaryExpression(
        context.op.getText(), expression(context.expression()), Spans.of(context));
  }

  @Override
  public Object visitBinaryExpression(BinaryExpressionContext context) {
    return new BinaryExpression(
        context.op.getText(),
        expression(context.expression(0)),
        expression(context.expression(1)),
        Spans.of(context));
  }

  @Override
  public Object visitComparisonExpression(ComparisonExpressionContext context) {
    String operator = context.comparisonOperator().getChildCount() == 2 ? "matches regex" : null;
    return new BinaryExpression(
        operator != null ? operator : context.comparisonOperator().getText(),
        expression(context.expression(0)),
        expression(context.expression(1)),
        Spans.of(context));
  }

  @Override
  public Object visitInExpression(InExpressionContext context) {
    return new InExpression(
        context.listOperator().getText(),
        expression(context.expression()),
        listValues(context.listValues()),
        Spans.of(context));
  }

  @Override
  public Object visitBetweenExpression(BetweenExpressionContext context) {
    return new BetweenExpression(
        context.op.getText().startsWith("!"),
        expression(context.expression(0)),
        expression(context.expression(1)),
        expression(context.expression(2)),
        Spans.of(context));
  }

  @Override
  public Object visitLiteralPrimary(LiteralPrimaryContext context) {
    return Literals.of(context.literal());
  }

  @Override
  public Object visitDynamicPrimary(DynamicPrimaryContext context) {
    return new DynamicLiteral(dynamicValue(context.dynamicValue()), Spans.of(context));
  }

  @Override
  public Object visitTypeOfPrimary(TypeOfPrimaryContext context) {
    String scalar = context.scalarType() != null ? context.scalarType().getText() : null;
    return new TypeOfExpression(
        scalar, statements.columnDeclarations(context.columnDeclaration()), Spans.of(context));
  }

  @Override
  public Object visitFunctionCallPrimary(FunctionCallPrimaryContext context) {
    return new FunctionCall(
        context.identifier().getText(), arguments(context.argumentList()), Spans.of(context));
  }

  @Override
  public Object visitTabularCallPrimary(TabularCallPrimaryContext context) {
    return new FunctionCall(
        context.tabularFunction.getText(),
        List.of(statements.pipeExpression(context.pipeExpression())),
        Spans.of(context));
  }

  @Override
  public Object visitNamePrimary(NamePrimaryContext context) {
    return new NameReference(Names.of(context.name()), Spans.of(context));
  }

  @Override
  public Object visitParenthesizedPrimary(ParenthesizedPrimaryContext context) {
    return new ParenthesizedExpression(
        statements.pipeExpression(context.pipeExpression()), Spans.of(context));
  }

  @Override
  public Object visitStarPrimary(StarPrimaryContext context) {
    return new StarExpression(Spans.of(context));
  }

  List<Expression> arguments(ArgumentListContext context) {
    if (context == null) {
      return List.of();
    }
    return arguments(context.argument());
  }

  private List<Expression> listValues(ListValuesContext context) {
    if (context == null) {
      return List.of();
    }
    if (context.expression() != null) {
      return List.of(
          statements.pipe(
              expression(context.expression()),
              context.queryOperator(),
              context.getStart().getStartIndex()));
    }
    return arguments(context.argument());
  }

  private List<Expression> arguments(List<ArgumentContext> arguments) {
    List<Expression> result = new ArrayList<>();
    for (ArgumentContext argument : arguments) {
      result.add(
          argument.name() != null
              ? new NamedExpression(
                  List.of(Names.of(argument.name())),
                  expression(argument.expression()),
                  Spans.of(argument))
              : expression(argument.expression()));
    }
    return result;
  }

  DynamicValue dynamicValue(DynamicValueContext context) {
    Span span = Spans.of(context);
    if (context.literal() != null) {
      return new DynamicScalar(Literals.of(context.literal()), span);
    }
    if (context.numberLiteral() != null) {
      return new DynamicScalar(Literals.negativeNumber(context), span);
    }
    if (context.identifier() != null) {
      if (!context.identifier().getText().equals("null")) {
        throw new SyntaxProblem(
            SyntaxCodes.BAD_DYNAMIC,
            "expected a JSON value (string, number, true, false, null, [...] or {...}) in dynamic(...),"
                + " found '"
                + context.identifier().getText()
                + "'",
            span);
      }
      return new DynamicNull(span);
    }
    if (context.getStart().getText().equals("[")) {
      List<DynamicValue> elements = new ArrayList<>();
      for (DynamicValueContext element : context.dynamicValue()) {
        elements.add(dynamicValue(element));
      }
      return new DynamicArray(elements, span);
    }
    List<DynamicProperty> properties = new ArrayList<>();
    for (var property : context.dynamicProperty()) {
      properties.add(
          new DynamicProperty(
              Literals.string(property.stringLiteral()),
              dynamicValue(property.dynamicValue()),
              Spans.of(property)));
    }
    return new DynamicObject(properties, span);
  }
}
