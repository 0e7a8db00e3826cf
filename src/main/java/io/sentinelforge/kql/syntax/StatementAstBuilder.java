package io.sentinelforge.kql.syntax;

import io.sentinelforge.kql.syntax.KqlGrammarParser.AssignedNameContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ColumnDeclarationContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ColumnExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ColumnListContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.FunctionBodyContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.FunctionDefinitionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.FunctionParameterContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.NamedExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.NamedParameterContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.OperatorPipelineContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.ParameterTypeContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.PipeExpressionContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.QueryContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.QueryOperatorContext;
import io.sentinelforge.kql.syntax.KqlGrammarParser.StatementContext;
import java.util.ArrayList;
import java.util.List;

/** Builds statements, pipelines, function definitions and shared list shapes. */
final class StatementAstBuilder {

  private final KqlAstBuilder expressions;

  StatementAstBuilder(KqlAstBuilder expressions) {
    this.expressions = expressions;
  }

  Query query(QueryContext context, int length) {
    return new Query(statements(context.statement()), new Span(0, length));
  }

  private List<Statement> statements(List<StatementContext> contexts) {
    List<Statement> result = new ArrayList<>(contexts.size());
    for (StatementContext context : contexts) {
      result.add(statement(context));
    }
    return result;
  }

  private Statement statement(StatementContext context) {
    Span span = Spans.of(context);
    if (context.letStatement() != null) {
      var let = context.letStatement();
      Expression value =
          let.functionDefinition() != null
              ? functionDefinition(let.functionDefinition())
              : pipeExpression(let.pipeExpression());
      return new LetStatement(Names.of(let.name()), value, span);
    }
    if (context.setStatement() != null) {
      var set = context.setStatement();
      StringBuilder option = new StringBuilder();
      for (var part : set.identifier()) {
        option.append(option.length() == 0 ? "" : ".").append(part.getText());
      }
      Expression value =
          set.parameterValue() != null ? Parameters.value(set.parameterValue()) : null;
      return new SetStatement(option.toString(), value, span);
    }
    if (context.declareStatement() != null) {
      return new DeclareQueryParametersStatement(
          parameters(context.declareStatement().functionParameter()), span);
    }
    return new ExpressionStatement(pipeExpression(context.pipeExpression()), span);
  }

  Expression pipeExpression(PipeExpressionContext context) {
    Expression result =
        context.sourceOperator() != null
            ? sourceOperator(context.sourceOperator())
            : expressions.expression(context.expression());
    return pipe(result, context.queryOperator(), context.getStart().getStartIndex());
  }

  Expression operatorPipeline(OperatorPipelineContext context) {
    List<QueryOperatorContext> operators = context.queryOperator();
    QueryOperator first = expressions.operators.operator(operators.get(0));
    Expression result = new QueryOperatorExpression(first, first.span());
    return pipe(result, operators.subList(1, operators.size()), context.getStart().getStartIndex());
  }

  private Expression sourceOperator(KqlGrammarParser.SourceOperatorContext context) {
    QueryOperator operator = (QueryOperator) context.getChild(0).accept(expressions.operators);
    return new QueryOperatorExpression(operator, operator.span());
  }

  Expression pipe(Expression source, List<QueryOperatorContext> operators, int start) {
    if (operators.size() > TokenChecks.MAX_PIPED_OPERATORS) {
      throw new SyntaxProblem(
          SyntaxCodes.TOO_DEEP,
          "more than " + TokenChecks.MAX_PIPED_OPERATORS + " operators in one pipeline",
          Spans.of(operators.get(TokenChecks.MAX_PIPED_OPERATORS)));
    }
    Expression result = source;
    for (QueryOperatorContext operatorContext : operators) {
      QueryOperator operator = expressions.operators.operator(operatorContext);
      result = new PipeExpression(result, operator, new Span(start, operator.span().end()));
    }
    return result;
  }

  private FunctionDefinition functionDefinition(FunctionDefinitionContext context) {
    FunctionBodyContext body = context.functionBody();
    return new FunctionDefinition(
        context.getStart().getText().equals("view"),
        parameters(context.functionParameter()),
        new FunctionBody(statements(body.statement()), Spans.of(body)),
        Spans.of(context));
  }

  private List<FunctionParameter> parameters(List<FunctionParameterContext> contexts) {
    List<FunctionParameter> result = new ArrayList<>();
    for (FunctionParameterContext context : contexts) {
      ParameterTypeContext type = context.parameterType();
      String scalar = type.scalarType() != null ? type.scalarType().getText() : null;
      TabularSchema schema =
          scalar != null
              ? null
              : new TabularSchema(
                  columnDeclarations(type.columnDeclaration()),
                  type.getText().endsWith("*)"),
                  Spans.of(type));
      Expression defaultValue =
          context.expression() != null ? expressions.expression(context.expression()) : null;
      result.add(
          new FunctionParameter(
              Names.of(context.name()), scalar, schema, defaultValue, Spans.of(context)));
    }
    return result;
  }

  List<ColumnDeclaration> columnDeclarations(List<ColumnDeclarationContext> contexts) {
    List<ColumnDeclaration> result = new ArrayList<>(contexts.size());
    for (ColumnDeclarationContext context : contexts) {
      result.add(
          new ColumnDeclaration(
              Names.of(context.name()), context.scalarType().getText(), Spans.of(context)));
    }
    return result;
  }

  List<Expression> columnList(ColumnListContext context) {
    if (context == null) {
      return List.of();
    }
    List<Expression> result = new ArrayList<>();
    for (ColumnExpressionContext column : context.columnExpression()) {
      result.add(columnExpression(column));
    }
    return result;
  }

  Expression columnExpression(ColumnExpressionContext context) {
    return context.namedExpression() != null
        ? namedExpression(context.namedExpression())
        : expressions.expression(context.expression());
  }

  NamedExpression namedExpression(NamedExpressionContext context) {
    List<String> names = new ArrayList<>();
    for (AssignedNameContext name : context.assignedName()) {
      names.add(name.name() != null ? Names.of(name.name()) : name.getText());
    }
    return new NamedExpression(
        names, expressions.expression(context.expression()), Spans.of(context));
  }

  NamedExpression namedParameter(NamedParameterContext context) {
    return new NamedExpression(
        List.of(context.identifier().getText()),
        expressions.expression(context.expression()),
        Spans.of(context));
  }

  List<NamedExpression> namedParameters(List<NamedParameterContext> contexts) {
    List<NamedExpression> result = new ArrayList<>();
    for (NamedParameterContext context : contexts) {
      result.add(namedParameter(context));
    }
    return result;
  }
}
