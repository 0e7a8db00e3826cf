package io.sentinelforge.kql.syntax;

import io.sentinelforge.kql.syntax.KqlGrammarParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** Builds {@link QueryOperator} records from operator parse-tree nodes. */
final class OperatorAstBuilder extends KqlGrammarBaseVisitor<Object> {

  private final KqlAstBuilder expressions;

  OperatorAstBuilder(KqlAstBuilder expressions) {
    this.expressions = expressions;
  }

  private StatementAstBuilder parts() {
    return expressions.statements;
  }

  QueryOperator operator(QueryOperatorContext context) {
    return (QueryOperator) context.getChild(0).accept(this);
  }

  private Expression expression(ExpressionContext context) {
    return expressions.expression(context);
  }

  private Expression optional(ExpressionContext context) {
    return context == null ? null : expression(context);
  }

  @Override
  public Object visitWhereOperator(WhereOperatorContext context) {
    Expression predicate = expression(context.expression(0));
    if (context.expression().size() > 1) {
      Expression right = expression(context.expression(1));
      predicate =
          new BinaryExpression(
              "=", predicate, right, new Span(predicate.span().start(), right.span().end()));
    }
    return new WhereOperator(predicate, Spans.of(context));
  }

  @Override
  public Object visitProjectOperator(ProjectOperatorContext context) {
    return new ProjectOperator(parts().columnList(context.columnList()), Spans.of(context));
  }

  @Override
  public Object visitProjectAwayOperator(ProjectAwayOperatorContext context) {
    return new ProjectAwayOperator(patterns(context.columnPattern()), Spans.of(context));
  }

  @Override
  public Object visitProjectKeepOperator(ProjectKeepOperatorContext context) {
    return new ProjectKeepOperator(patterns(context.columnPattern()), Spans.of(context));
  }

  @Override
  public Object visitProjectByNamesOperator(ProjectByNamesOperatorContext context) {
    List<Expression> columns = new ArrayList<>();
    context.expression().forEach(column -> columns.add(expression(column)));
    return new ProjectByNamesOperator(columns, Spans.of(context));
  }

  @Override
  public Object visitProjectRenameOperator(ProjectRenameOperatorContext context) {
    List<NamedExpression> renames = new ArrayList<>();
    for (RenameItemContext item : context.renameItem()) {
      NameContext old = item.name(1);
      renames.add(
          new NamedExpression(
              List.of(Names.of(item.name(0))),
              new NameReference(Names.of(old), Spans.of(old)),
              Spans.of(item)));
    }
    return new ProjectRenameOperator(renames, Spans.of(context));
  }

  @Override
  public Object visitProjectReorderOperator(ProjectReorderOperatorContext context) {
    List<SortExpression> columns = new ArrayList<>();
    for (ReorderItemContext item : context.reorderItem()) {
      String direction = item.getChildCount() > 1 ? item.getChild(1).getText() : null;
      columns.add(
          new SortExpression(Names.pattern(item.columnPattern()), direction, null, Spans.of(item)));
    }
    return new ProjectReorderOperator(columns, Spans.of(context));
  }

  @Override
  public Object visitExtendOperator(ExtendOperatorContext context) {
    return new ExtendOperator(parts().columnList(context.columnList()), Spans.of(context));
  }

  @Override
  public Object visitSummarizeOperator(SummarizeOperatorContext context) {
    List<Expression> aggregates = List.of();
    List<Expression> groupBy = List.of();
    boolean afterBy = false;
    for (int i = 0; i < context.getChildCount(); i++) {
      var child = context.getChild(i);
      if (child.getText().equals("by") && !(child instanceof ColumnListContext)) {
        afterBy = true;
      } else if (child instanceof ColumnListContext list) {
        if (afterBy) {
          groupBy = parts().columnList(list);
        } else {
          aggregates = parts().columnList(list);
        }
      }
    }
    return new SummarizeOperator(
        hints(context.hintParameter()), aggregates, groupBy, Spans.of(context));
  }

  @Override
  public Object visitJoinOperator(JoinOperatorContext context) {
    boolean hasWhere = context.expressionList() == null && context.expression().size() > 1;
    return new JoinOperator(
        joinParameters(context.joinParameter()),
        expression(context.expression(0)),
        list(context.expressionList()),
        hasWhere ? expression(context.expression(1)) : null,
        Spans.of(context));
  }

  @Override
  public Object visitLookupOperator(LookupOperatorContext context) {
    return new LookupOperator(
        joinParameters(context.joinParameter()),
        expression(context.expression()),
        list(context.expressionList()),
        Spans.of(context));
  }

  @Override
  public Object visitUnionOperator(UnionOperatorContext context) {
    List<OperatorParameter> parameters = new ArrayList<>();
    for (UnionParameterContext parameter : context.unionParameter()) {
      parameters.add(parameter(parameter));
    }
    return new UnionOperator(parameters, unionItems(context.unionItem()), Spans.of(context));
  }

  private List<Expression> unionItems(List<UnionItemContext> items) {
    List<Expression> tables = new ArrayList<>();
    for (UnionItemContext item : items) {
      tables.add(
          item.columnPattern() != null
              ? Names.pattern(item.columnPattern())
              : expression(item.expression()));
    }
    return tables;
  }

  @Override
  public Object visitMvExpandOperator(MvExpandOperatorContext context) {
    return new MvExpandOperator(
        mvParameters(context.mvExpandParameter()),
        mvItems(context.mvExpandItem()),
        optional(context.expression()),
        Spans.of(context));
  }

  @Override
  public Object visitMvApplyOperator(MvApplyOperatorContext context) {
    String contextId = context.identifier() != null ? context.identifier().getText() : null;
    return new MvApplyOperator(
        mvParameters(context.mvExpandParameter()),
        mvItems(context.mvExpandItem()),
        optional(context.expression()),
        contextId,
        parts().operatorPipeline(context.operatorPipeline()),
        Spans.of(context));
  }

  private List<OperatorParameter> mvParameters(List<MvExpandParameterContext> contexts) {
    List<OperatorParameter> result = new ArrayList<>();
    for (MvExpandParameterContext parameter : contexts) {
      result.add(parameter(parameter));
    }
    return result;
  }

  private List<MvExpandItem> mvItems(List<MvExpandItemContext> contexts) {
    List<MvExpandItem> items = new ArrayList<>();
    for (MvExpandItemContext item : contexts) {
      String type = item.scalarType() != null ? item.scalarType().getText() : null;
      items.add(
          new MvExpandItem(
              parts().columnExpression(item.columnExpression()), type, Spans.of(item)));
    }
    return items;
  }

  @Override
  public Object visitParseOperator(ParseOperatorContext context) {
    List<OperatorParameter> parameters = new ArrayList<>();
    for (ParseParameterContext parameter : context.parseParameter()) {
      parameters.add(parameter(parameter));
    }
    Expression source = expression(context.expression());
    List<ParsePatternElement> pattern = new ArrayList<>();
    for (ParsePatternElementContext element : context.parsePatternElement()) {
      pattern.add(patternElement(element));
    }
    return context.getStart().getText().equals("parse")
        ? new ParseOperator(parameters, source, pattern, Spans.of(context))
        : new ParseWhereOperator(parameters, source, pattern, Spans.of(context));
  }

  private ParsePatternElement patternElement(ParsePatternElementContext element) {
    Span span = Spans.of(element);
    if (element.STRING() != null) {
      return new ParsePatternElement(
          ParsePatternElement.Kind.TEXT,
          new Literal(LiteralKind.STRING, element.STRING().getText(), span),
          null,
          null,
          span);
    }
    if (element.name() != null) {
      String type = element.scalarType() != null ? element.scalarType().getText() : null;
      return new ParsePatternElement(
          ParsePatternElement.Kind.COLUMN, null, Names.of(element.name()), type, span);
    }
    return new ParsePatternElement(ParsePatternElement.Kind.WILDCARD, null, null, null, span);
  }

  @Override
  public Object visitParseKvOperator(ParseKvOperatorContext context) {
    return new ParseKvOperator(
        expression(context.expression()),
        parts().columnDeclarations(context.columnDeclaration()),
        parts().namedParameters(context.namedParameter()),
        Spans.of(context));
  }

  @Override
  public Object visitMakeSeriesOperator(MakeSeriesOperatorContext context) {
    List<OperatorParameter> parameters = new ArrayList<>();
    for (int i = 0; i < context.getChildCount(); i++) {
      var child = context.getChild(i);
      if (child instanceof KindParameterContext || child instanceof HintParameterContext) {
        parameters.add(parameter((ParserRuleContext) child));
      }
    }
    List<MakeSeriesAggregate> aggregates = new ArrayList<>();
    for (MakeSeriesAggregateContext aggregate : context.makeSeriesAggregate()) {
      aggregates.add(
          new MakeSeriesAggregate(
              parts().columnExpression(aggregate.columnExpression()),
              optional(aggregate.expression()),
              Spans.of(aggregate)));
    }
    MakeSeriesRangeContext range = context.makeSeriesRange();
    return makeSeries(context, parameters, aggregates, range);
  }

  private MakeSeriesOperator makeSeries(
      MakeSeriesOperatorContext context,
      List<OperatorParameter> parameters,
      List<MakeSeriesAggregate> aggregates,
      MakeSeriesRangeContext range) {
    boolean inRange = range.getStart().getText().equals("in");
    Expression from = null;
    Expression to = null;
    Expression step;
    if (inRange) {
      from = expression(range.expression(0));
      to = expression(range.expression(1));
      step = expression(range.expression(2));
    } else {
      int index = 0;
      for (int i = 0; i < range.getChildCount(); i += 2) {
        String keyword = range.getChild(i).getText();
        ExpressionContext value = range.expression(index++);
        if (keyword.equals("from")) {
          from = expression(value);
        } else if (keyword.equals("to")) {
          to = expression(value);
        }
      }
      step = expression(range.expression(range.expression().size() - 1));
    }
    return new MakeSeriesOperator(
        parameters,
        aggregates,
        expression(context.expression()),
        inRange,
        from,
        to,
        step,
        parts().columnList(context.columnList()),
        Spans.of(context));
  }

  @Override
  public Object visitSortOperator(SortOperatorContext context) {
    return new SortOperator(sortExpressions(context.sortExpression()), Spans.of(context));
  }

  SortExpression sortExpression(SortExpressionContext context) {
    String direction = null;
    String nulls = null;
    for (int i = 1; i < context.getChildCount(); i++) {
      String word = context.getChild(i).getText();
      if (word.equals("asc") || word.equals("desc")) {
        direction = word;
      } else if (word.equals("first") || word.equals("last")) {
        nulls = word;
      }
    }
    return new SortExpression(
        expression(context.expression()), direction, nulls, Spans.of(context));
  }

  private List<SortExpression> sortExpressions(List<SortExpressionContext> contexts) {
    List<SortExpression> result = new ArrayList<>();
    for (SortExpressionContext context : contexts) {
      result.add(sortExpression(context));
    }
    return result;
  }

  @Override
  public Object visitTopOperator(TopOperatorContext context) {
    return new TopOperator(
        expression(context.expression()),
        sortExpression(context.sortExpression()),
        Spans.of(context));
  }

  @Override
  public Object visitReduceOperator(ReduceOperatorContext context) {
    List<OperatorParameter> kind = new ArrayList<>();
    if (context.kindParameter() != null) {
      kind.add(parameter(context.kindParameter()));
    }
    List<OperatorParameter> options = new ArrayList<>();
    for (ReduceOptionContext option : context.reduceOption()) {
      String name = option.identifier().getText();
      if (!name.equals("threshold") && !name.equals("characters")) {
        throw new SyntaxProblem(
            SyntaxCodes.UNEXPECTED_TOKEN,
            "unexpected '" + name + "': expected 'threshold' or 'characters'",
            Spans.of(option.identifier()));
      }
      options.add(parameter(option));
    }
    return new ReduceOperator(kind, expression(context.expression()), options, Spans.of(context));
  }

  @Override
  public Object visitScanOperator(ScanOperatorContext context) {
    String matchId = null;
    if (context.identifier() != null) {
      requireWord(context.identifier(), "with_match_id");
      matchId = Names.of(context.name());
    }
    List<ScanColumn> declarations = new ArrayList<>();
    for (ScanColumnContext column : context.scanColumn()) {
      declarations.add(
          new ScanColumn(
              parts().columnDeclarations(List.of(column.columnDeclaration())).get(0),
              optional(column.expression()),
              Spans.of(column)));
    }
    List<ScanStep> steps = new ArrayList<>();
    for (ScanStepContext step : context.scanStep()) {
      String output = null;
      if (!step.identifier().isEmpty()) {
        requireWord(step.identifier(0), "output");
        output = step.identifier(1).getText();
        if (!List.of("all", "last", "none").contains(output)) {
          throw new SyntaxProblem(
              SyntaxCodes.UNEXPECTED_TOKEN,
              "unexpected '" + output + "': expected 'all', 'last' or 'none'",
              Spans.of(step.identifier(1)));
        }
      }
      List<NamedExpression> assignments = new ArrayList<>();
      for (NamedExpressionContext assignment : step.namedExpression()) {
        assignments.add(parts().namedExpression(assignment));
      }
      steps.add(
          new ScanStep(
              Names.of(step.name()),
              output,
              expression(step.expression()),
              assignments,
              Spans.of(step)));
    }
    return new ScanOperator(matchId, declarations, steps, Spans.of(context));
  }

  private static void requireWord(IdentifierContext word, String expected) {
    if (!word.getText().equals(expected)) {
      throw new SyntaxProblem(
          SyntaxCodes.UNEXPECTED_TOKEN,
          "unexpected '" + word.getText() + "': expected '" + expected + "'",
          Spans.of(word));
    }
  }

  @Override
  public Object visitTakeOperator(TakeOperatorContext context) {
    return new TakeOperator(expression(context.expression()), Spans.of(context));
  }

  @Override
  public Object visitDistinctOperator(DistinctOperatorContext context) {
    return new DistinctOperator(parts().columnList(context.columnList()), Spans.of(context));
  }

  @Override
  public Object visitCountOperator(CountOperatorContext context) {
    return new CountOperator(Spans.of(context));
  }

  @Override
  public Object visitAsOperator(AsOperatorContext context) {
    return new AsOperator(
        hints(context.hintParameter()), Names.of(context.name()), Spans.of(context));
  }

  @Override
  public Object visitSerializeOperator(SerializeOperatorContext context) {
    return new SerializeOperator(parts().columnList(context.columnList()), Spans.of(context));
  }

  @Override
  public Object visitGetSchemaOperator(GetSchemaOperatorContext context) {
    return new GetSchemaOperator(Spans.of(context));
  }

  @Override
  public Object visitInvokeOperator(InvokeOperatorContext context) {
    return new InvokeOperator(expression(context.expression()), Spans.of(context));
  }

  @Override
  public Object visitEvaluateOperator(EvaluateOperatorContext context) {
    EvaluateSchemaContext schema = context.evaluateSchema();
    return new EvaluateOperator(
        hints(context.hintParameter()),
        (Expression) context.primary().accept(expressions),
        schema == null ? List.of() : parts().columnDeclarations(schema.columnDeclaration()),
        schema != null && schema.outputStar != null,
        Spans.of(context));
  }

  @Override
  public Object visitRenderOperator(RenderOperatorContext context) {
    return new RenderOperator(
        context.identifier().getText(),
        parts().namedParameters(context.namedParameter()),
        Spans.of(context));
  }

  @Override
  public Object visitSampleOperator(SampleOperatorContext context) {
    return new SampleOperator(expression(context.expression()), Spans.of(context));
  }

  @Override
  public Object visitSampleDistinctOperator(SampleDistinctOperatorContext context) {
    return new SampleDistinctOperator(
        expression(context.expression(0)), expression(context.expression(1)), Spans.of(context));
  }

  @Override
  public Object visitSearchOperator(SearchOperatorContext context) {
    return new SearchOperator(
        mixedParameters(context),
        patterns(context.columnPattern()),
        expression(context.expression()),
        Spans.of(context));
  }

  @Override
  public Object visitFindOperator(FindOperatorContext context) {
    boolean projectSmart = false;
    for (int i = 0; i < context.getChildCount(); i++) {
      projectSmart |= context.getChild(i).getText().equals("project-smart");
    }
    return new FindOperator(
        mixedParameters(context),
        unionItems(context.unionItem()),
        expression(context.expression()),
        projectSmart,
        patterns(context.columnPattern()),
        Spans.of(context));
  }

  @Override
  public Object visitPrintOperator(PrintOperatorContext context) {
    return new PrintOperator(parts().columnList(context.columnList()), Spans.of(context));
  }

  @Override
  public Object visitPartitionOperator(PartitionOperatorContext context) {
    Expression subquery =
        context.operatorPipeline() != null
            ? parts().operatorPipeline(context.operatorPipeline())
            : parts().pipeExpression(context.pipeExpression());
    return new PartitionOperator(
        hints(context.hintParameter()),
        expression(context.expression()),
        subquery,
        Spans.of(context));
  }

  @Override
  public Object visitFacetOperator(FacetOperatorContext context) {
    Expression with =
        context.operatorPipeline() != null
            ? parts().operatorPipeline(context.operatorPipeline())
            : null;
    return new FacetOperator(patterns(context.columnPattern()), with, Spans.of(context));
  }

  @Override
  public Object visitForkOperator(ForkOperatorContext context) {
    List<ForkBranch> branches = new ArrayList<>();
    for (ForkBranchContext branch : context.forkBranch()) {
      String name = branch.name() != null ? Names.of(branch.name()) : null;
      branches.add(
          new ForkBranch(
              name, parts().operatorPipeline(branch.operatorPipeline()), Spans.of(branch)));
    }
    return new ForkOperator(branches, Spans.of(context));
  }

  @Override
  public Object visitRangeOperator(RangeOperatorContext context) {
    return new RangeOperator(
        Names.of(context.name()),
        expression(context.expression(0)),
        expression(context.expression(1)),
        expression(context.expression(2)),
        Spans.of(context));
  }

  @Override
  public Object visitDataTableOperator(DataTableOperatorContext context) {
    return new DataTableOperator(
        parts().columnDeclarations(context.columnDeclaration()),
        expressions.expressions(context.expression()),
        Spans.of(context));
  }

  @Override
  public Object visitExternalDataOperator(ExternalDataOperatorContext context) {
    List<OperatorParameter> parameters = new ArrayList<>();
    if (context.kindParameter() != null) {
      parameters.add(parameter(context.kindParameter()));
    }
    return new ExternalDataOperator(
        parameters,
        parts().columnDeclarations(context.columnDeclaration()),
        expressions.expressions(context.expression()),
        parts().namedParameters(context.namedParameter()),
        Spans.of(context));
  }

  private List<Expression> list(ExpressionListContext context) {
    return context == null ? List.of() : expressions.expressions(context.expression());
  }

  private List<Expression> patterns(List<ColumnPatternContext> contexts) {
    List<Expression> result = new ArrayList<>();
    for (ColumnPatternContext context : contexts) {
      result.add(Names.pattern(context));
    }
    return result;
  }

  private List<OperatorParameter> hints(List<HintParameterContext> contexts) {
    List<OperatorParameter> result = new ArrayList<>();
    for (HintParameterContext context : contexts) {
      result.add(parameter(context));
    }
    return result;
  }

  private List<OperatorParameter> joinParameters(List<JoinParameterContext> contexts) {
    List<OperatorParameter> result = new ArrayList<>();
    for (JoinParameterContext context : contexts) {
      result.add(parameter(context));
    }
    return result;
  }

  private List<OperatorParameter> mixedParameters(ParserRuleContext context) {
    List<OperatorParameter> result = new ArrayList<>();
    for (int i = 0; i < context.getChildCount(); i++) {
      var child = context.getChild(i);
      if (child instanceof KindParameterContext || child instanceof HintParameterContext) {
        result.add(parameter((ParserRuleContext) child));
      } else if (child.getText().equals("withsource") || child.getText().equals("isfuzzy")) {
        var value = (ParameterValueContext) context.getChild(i + 2);
        result.add(
            new OperatorParameter(child.getText(), Parameters.value(value), Spans.of(value)));
      }
    }
    return result;
  }

  /** Any parameter-shaped context: {@code name = value} where name may be {@code hint.x}. */
  private OperatorParameter parameter(ParserRuleContext context) {
    ParserRuleContext inner =
        context.getChildCount() == 1 ? (ParserRuleContext) context.getChild(0) : context;
    ParameterValueContext value = inner.getRuleContext(ParameterValueContext.class, 0);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < inner.getChildCount() && inner.getChild(i) != value; i++) {
      name.append(inner.getChild(i).getText());
    }
    String key = name.substring(0, name.length() - 1);
    return new OperatorParameter(key, Parameters.value(value), Spans.of(inner));
  }
}
