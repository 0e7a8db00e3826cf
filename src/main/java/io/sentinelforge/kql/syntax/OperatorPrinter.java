package io.sentinelforge.kql.syntax;

import java.util.List;

/** Prints query operators into a {@link PrintContext}. */
final class OperatorPrinter implements QueryOperatorVisitor<Void> {

  private final PrintContext out;

  OperatorPrinter(PrintContext out) {
    this.out = out;
  }

  private Void keywordAndList(String keyword, List<? extends Expression> list) {
    out.append(keyword).append(list.isEmpty() ? "" : " ");
    out.expressions(list);
    return null;
  }

  private Void keywordAndExpression(String keyword, Expression expression) {
    out.append(keyword).append(" ");
    out.expression(expression);
    return null;
  }

  @Override
  public Void visitWhereOperator(WhereOperator node) {
    return keywordAndExpression("where", node.predicate());
  }

  @Override
  public Void visitProjectOperator(ProjectOperator node) {
    return keywordAndList("project", node.columns());
  }

  @Override
  public Void visitProjectAwayOperator(ProjectAwayOperator node) {
    out.append("project-away ");
    out.patterns(node.columns());
    return null;
  }

  @Override
  public Void visitProjectByNamesOperator(ProjectByNamesOperator node) {
    return keywordAndList("project-by-names", node.columns());
  }

  @Override
  public Void visitProjectKeepOperator(ProjectKeepOperator node) {
    out.append("project-keep ");
    out.patterns(node.columns());
    return null;
  }

  @Override
  public Void visitProjectRenameOperator(ProjectRenameOperator node) {
    return keywordAndList("project-rename", node.renames());
  }

  @Override
  public Void visitProjectReorderOperator(ProjectReorderOperator node) {
    out.append("project-reorder");
    for (int i = 0; i < node.columns().size(); i++) {
      SortExpression column = node.columns().get(i);
      out.append(i > 0 ? ", " : " ");
      out.patterns(List.of(column.expression()));
      if (column.direction() != null) {
        out.append(" ").append(column.direction());
      }
    }
    return null;
  }

  @Override
  public Void visitExtendOperator(ExtendOperator node) {
    return keywordAndList("extend", node.columns());
  }

  @Override
  public Void visitSummarizeOperator(SummarizeOperator node) {
    out.append("summarize");
    out.parameters(node.parameters());
    if (!node.aggregates().isEmpty()) {
      out.append(" ");
      out.expressions(node.aggregates());
    }
    if (!node.groupBy().isEmpty()) {
      out.append(" by ");
      out.expressions(node.groupBy());
    }
    return null;
  }

  @Override
  public Void visitJoinOperator(JoinOperator node) {
    out.append("join");
    out.parameters(node.parameters());
    out.append(" ");
    out.expression(node.right());
    if (!node.on().isEmpty()) {
      out.append(" on ");
      out.expressions(node.on());
    }
    if (node.where() != null) {
      out.append(" where ");
      out.expression(node.where());
    }
    return null;
  }

  @Override
  public Void visitLookupOperator(LookupOperator node) {
    out.append("lookup");
    out.parameters(node.parameters());
    out.append(" ");
    out.expression(node.right());
    if (!node.on().isEmpty()) {
      out.append(" on ");
      out.expressions(node.on());
    }
    return null;
  }

  @Override
  public Void visitUnionOperator(UnionOperator node) {
    out.append("union");
    out.parameters(node.parameters());
    out.append(" ");
    out.patterns(node.tables());
    return null;
  }

  @Override
  public Void visitMvExpandOperator(MvExpandOperator node) {
    out.append("mv-expand");
    out.parameters(node.parameters());
    out.mvItems(node.items(), node.limit());
    return null;
  }

  @Override
  public Void visitMvApplyOperator(MvApplyOperator node) {
    out.append("mv-apply");
    out.parameters(node.parameters());
    out.mvItems(node.items(), node.limit());
    if (node.contextId() != null) {
      out.append(" id = ").append(node.contextId());
    }
    out.append(" on (");
    out.expression(node.subquery());
    out.append(")");
    return null;
  }

  @Override
  public Void visitParseOperator(ParseOperator node) {
    return parse("parse", node.parameters(), node.source(), node.pattern());
  }

  @Override
  public Void visitParseWhereOperator(ParseWhereOperator node) {
    return parse("parse-where", node.parameters(), node.source(), node.pattern());
  }

  private Void parse(
      String keyword,
      List<OperatorParameter> parameters,
      Expression source,
      List<ParsePatternElement> pattern) {
    out.append(keyword);
    out.parameters(parameters);
    out.append(" ");
    out.expression(source);
    out.append(" with");
    for (ParsePatternElement element : pattern) {
      out.append(" ");
      switch (element.kind()) {
        case WILDCARD -> out.append("*");
        case TEXT -> out.append(element.text().text());
        case COLUMN -> {
          out.append(KqlPrinter.name(element.columnName()));
          if (element.columnType() != null) {
            out.append(":").append(element.columnType());
          }
        }
      }
    }
    return null;
  }

  @Override
  public Void visitParseKvOperator(ParseKvOperator node) {
    out.append("parse-kv ");
    out.expression(node.source());
    out.append(" as (");
    out.columns(node.columns());
    out.append(")");
    if (!node.properties().isEmpty()) {
      out.append(" with (");
      out.expressions(node.properties());
      out.append(")");
    }
    return null;
  }

  @Override
  public Void visitMakeSeriesOperator(MakeSeriesOperator node) {
    out.append("make-series");
    out.parameters(node.parameters());
    for (int i = 0; i < node.aggregates().size(); i++) {
      MakeSeriesAggregate aggregate = node.aggregates().get(i);
      out.append(i > 0 ? ", " : " ");
      out.expression(aggregate.aggregate());
      if (aggregate.defaultValue() != null) {
        out.append(" default = ");
        out.expression(aggregate.defaultValue());
      }
    }
    out.append(" on ");
    out.expression(node.axis());
    if (node.inRange()) {
      out.append(" in range(");
      out.expressions(List.of(node.from(), node.to(), node.step()));
      out.append(")");
    } else {
      optionalClause(" from ", node.from());
      optionalClause(" to ", node.to());
      optionalClause(" step ", node.step());
    }
    if (!node.groupBy().isEmpty()) {
      out.append(" by ");
      out.expressions(node.groupBy());
    }
    return null;
  }

  private void optionalClause(String keyword, Expression value) {
    if (value != null) {
      out.append(keyword);
      out.expression(value);
    }
  }

  @Override
  public Void visitSortOperator(SortOperator node) {
    out.append("sort by ");
    out.sortExpressions(node.expressions());
    return null;
  }

  @Override
  public Void visitTopOperator(TopOperator node) {
    keywordAndExpression("top", node.count());
    out.append(" by ");
    out.sortExpression(node.by());
    return null;
  }

  @Override
  public Void visitReduceOperator(ReduceOperator node) {
    out.append("reduce");
    out.parameters(node.parameters());
    out.append(" by ");
    out.expression(node.by());
    for (int i = 0; i < node.options().size(); i++) {
      OperatorParameter option = node.options().get(i);
      out.append(i > 0 ? ", " : " with ").append(option.name()).append("=");
      out.expression(option.value());
    }
    return null;
  }

  @Override
  public Void visitScanOperator(ScanOperator node) {
    out.append("scan");
    if (node.matchIdColumn() != null) {
      out.append(" with_match_id=").append(KqlPrinter.name(node.matchIdColumn()));
    }
    if (!node.declarations().isEmpty()) {
      out.append(" declare (");
      for (int i = 0; i < node.declarations().size(); i++) {
        ScanColumn column = node.declarations().get(i);
        out.append(i > 0 ? ", " : "");
        out.columns(List.of(column.column()));
        if (column.defaultValue() != null) {
          out.append(" = ");
          out.expression(column.defaultValue());
        }
      }
      out.append(")");
    }
    out.append(" with (");
    for (ScanStep step : node.steps()) {
      out.append(" step ").append(KqlPrinter.name(step.name()));
      if (step.output() != null) {
        out.append(" output=").append(step.output());
      }
      out.append(": ");
      out.expression(step.condition());
      if (!step.assignments().isEmpty()) {
        out.append(" => ");
        out.expressions(step.assignments());
      }
      out.append(";");
    }
    out.append(" )");
    return null;
  }

  @Override
  public Void visitTakeOperator(TakeOperator node) {
    return keywordAndExpression("take", node.count());
  }

  @Override
  public Void visitDistinctOperator(DistinctOperator node) {
    return keywordAndList("distinct", node.columns());
  }

  @Override
  public Void visitCountOperator(CountOperator node) {
    out.append("count");
    return null;
  }

  @Override
  public Void visitAsOperator(AsOperator node) {
    out.append("as");
    out.parameters(node.parameters());
    out.append(" ").append(KqlPrinter.name(node.name()));
    return null;
  }

  @Override
  public Void visitSerializeOperator(SerializeOperator node) {
    return keywordAndList("serialize", node.columns());
  }

  @Override
  public Void visitGetSchemaOperator(GetSchemaOperator node) {
    out.append("getschema");
    return null;
  }

  @Override
  public Void visitInvokeOperator(InvokeOperator node) {
    return keywordAndExpression("invoke", node.function());
  }

  @Override
  public Void visitEvaluateOperator(EvaluateOperator node) {
    out.append("evaluate");
    out.parameters(node.parameters());
    out.append(" ");
    out.expression(node.plugin());
    if (node.keepsInputColumns()) {
      out.append(node.outputSchema().isEmpty() ? " : (*" : " : (*, ");
      out.columns(node.outputSchema());
      out.append(")");
    } else if (!node.outputSchema().isEmpty()) {
      out.append(" : (");
      out.columns(node.outputSchema());
      out.append(")");
    }
    return null;
  }

  @Override
  public Void visitRenderOperator(RenderOperator node) {
    out.append("render ").append(node.visualization());
    if (!node.properties().isEmpty()) {
      out.append(" with (");
      out.expressions(node.properties());
      out.append(")");
    }
    return null;
  }

  @Override
  public Void visitSampleOperator(SampleOperator node) {
    return keywordAndExpression("sample", node.count());
  }

  @Override
  public Void visitSampleDistinctOperator(SampleDistinctOperator node) {
    keywordAndExpression("sample-distinct", node.count());
    out.append(" of ");
    out.expression(node.column());
    return null;
  }

  @Override
  public Void visitSearchOperator(SearchOperator node) {
    out.append("search");
    out.parameters(node.parameters());
    if (!node.tables().isEmpty()) {
      out.append(" in (");
      out.patterns(node.tables());
      out.append(")");
    }
    out.append(" ");
    out.expression(node.predicate());
    return null;
  }

  @Override
  public Void visitFindOperator(FindOperator node) {
    out.append("find");
    out.parameters(node.parameters());
    if (!node.tables().isEmpty()) {
      out.append(" in (");
      out.patterns(node.tables());
      out.append(")");
    }
    out.append(" where ");
    out.expression(node.predicate());
    if (node.projectSmart()) {
      out.append(" project-smart");
    } else if (!node.projection().isEmpty()) {
      out.append(" project ");
      out.patterns(node.projection());
    }
    return null;
  }

  @Override
  public Void visitPrintOperator(PrintOperator node) {
    return keywordAndList("print", node.columns());
  }

  @Override
  public Void visitRangeOperator(RangeOperator node) {
    out.append("range ").append(KqlPrinter.name(node.column())).append(" from ");
    out.expression(node.from());
    out.append(" to ");
    out.expression(node.to());
    out.append(" step ");
    out.expression(node.step());
    return null;
  }

  @Override
  public Void visitDataTableOperator(DataTableOperator node) {
    out.append("datatable(");
    out.columns(node.columns());
    out.append(") [");
    out.expressions(node.values());
    out.append("]");
    return null;
  }

  @Override
  public Void visitExternalDataOperator(ExternalDataOperator node) {
    out.append("externaldata");
    out.parameters(node.parameters());
    out.append("(");
    out.columns(node.columns());
    out.append(") [");
    out.expressions(node.uris());
    out.append("]");
    if (!node.properties().isEmpty()) {
      out.append(" with (");
      out.expressions(node.properties());
      out.append(")");
    }
    return null;
  }

  @Override
  public Void visitPartitionOperator(PartitionOperator node) {
    out.append("partition");
    out.parameters(node.parameters());
    out.append(" by ");
    out.expression(node.by());
    boolean operatorPipeline = startsWithOperator(node.subquery());
    out.append(operatorPipeline ? " (" : " {");
    out.expression(node.subquery());
    out.append(operatorPipeline ? ")" : "}");
    return null;
  }

  private static boolean startsWithOperator(Expression expression) {
    Expression first = expression;
    while (first instanceof PipeExpression pipe) {
      first = pipe.source();
    }
    return first instanceof QueryOperatorExpression;
  }

  @Override
  public Void visitFacetOperator(FacetOperator node) {
    out.append("facet by ");
    out.patterns(node.columns());
    if (node.with() != null) {
      out.append(" with (");
      out.expression(node.with());
      out.append(")");
    }
    return null;
  }

  @Override
  public Void visitForkOperator(ForkOperator node) {
    out.append("fork");
    for (ForkBranch branch : node.branches()) {
      out.append(" ");
      if (branch.name() != null) {
        out.append(KqlPrinter.name(branch.name())).append(" = ");
      }
      out.append("(");
      out.expression(branch.pipeline());
      out.append(")");
    }
    return null;
  }
}
