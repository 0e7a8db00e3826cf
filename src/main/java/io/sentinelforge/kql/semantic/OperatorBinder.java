package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.AsOperator;
import io.sentinelforge.kql.syntax.CountOperator;
import io.sentinelforge.kql.syntax.DataTableOperator;
import io.sentinelforge.kql.syntax.DistinctOperator;
import io.sentinelforge.kql.syntax.EvaluateOperator;
import io.sentinelforge.kql.syntax.ExtendOperator;
import io.sentinelforge.kql.syntax.ExternalDataOperator;
import io.sentinelforge.kql.syntax.FacetOperator;
import io.sentinelforge.kql.syntax.FindOperator;
import io.sentinelforge.kql.syntax.ForkOperator;
import io.sentinelforge.kql.syntax.GetSchemaOperator;
import io.sentinelforge.kql.syntax.InvokeOperator;
import io.sentinelforge.kql.syntax.JoinOperator;
import io.sentinelforge.kql.syntax.LookupOperator;
import io.sentinelforge.kql.syntax.MakeSeriesOperator;
import io.sentinelforge.kql.syntax.MvApplyOperator;
import io.sentinelforge.kql.syntax.MvExpandOperator;
import io.sentinelforge.kql.syntax.ParseKvOperator;
import io.sentinelforge.kql.syntax.ParseOperator;
import io.sentinelforge.kql.syntax.ParseWhereOperator;
import io.sentinelforge.kql.syntax.PartitionOperator;
import io.sentinelforge.kql.syntax.PrintOperator;
import io.sentinelforge.kql.syntax.ProjectAwayOperator;
import io.sentinelforge.kql.syntax.ProjectByNamesOperator;
import io.sentinelforge.kql.syntax.ProjectKeepOperator;
import io.sentinelforge.kql.syntax.ProjectOperator;
import io.sentinelforge.kql.syntax.ProjectRenameOperator;
import io.sentinelforge.kql.syntax.ProjectReorderOperator;
import io.sentinelforge.kql.syntax.QueryOperatorVisitor;
import io.sentinelforge.kql.syntax.RangeOperator;
import io.sentinelforge.kql.syntax.ReduceOperator;
import io.sentinelforge.kql.syntax.RenderOperator;
import io.sentinelforge.kql.syntax.SampleDistinctOperator;
import io.sentinelforge.kql.syntax.SampleOperator;
import io.sentinelforge.kql.syntax.ScanColumn;
import io.sentinelforge.kql.syntax.ScanOperator;
import io.sentinelforge.kql.syntax.ScanStep;
import io.sentinelforge.kql.syntax.SearchOperator;
import io.sentinelforge.kql.syntax.SerializeOperator;
import io.sentinelforge.kql.syntax.SortOperator;
import io.sentinelforge.kql.syntax.SummarizeOperator;
import io.sentinelforge.kql.syntax.TakeOperator;
import io.sentinelforge.kql.syntax.TopOperator;
import io.sentinelforge.kql.syntax.UnionOperator;
import io.sentinelforge.kql.syntax.WhereOperator;
import io.sentinelforge.kql.types.ScalarType;
import java.util.List;

/**
 * The row schema after one pipe stage, given the rows that flow in ({@code null} when the operator
 * starts a pipeline). Simple stages are handled here; the others by one helper per family.
 */
final class OperatorBinder implements QueryOperatorVisitor<RowSchema> {

  private final BindingContext context;
  private final RowSchema input;

  OperatorBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  private RowSchema in() {
    return input == null ? RowSchema.OPEN : input;
  }

  @Override
  public RowSchema visitWhereOperator(WhereOperator node) {
    Predicates.check(context, node.predicate(), in());
    return in();
  }

  @Override
  public RowSchema visitProjectOperator(ProjectOperator node) {
    return new ProjectionBinder(context, in()).project(node.columns());
  }

  @Override
  public RowSchema visitProjectAwayOperator(ProjectAwayOperator node) {
    return new ProjectionBinder(context, in()).away(node.columns());
  }

  @Override
  public RowSchema visitProjectKeepOperator(ProjectKeepOperator node) {
    return new ProjectionBinder(context, in()).keep(node.columns());
  }

  @Override
  public RowSchema visitProjectByNamesOperator(ProjectByNamesOperator node) {
    return new ProjectByNamesBinder(context, in()).bind(node.columns());
  }

  @Override
  public RowSchema visitProjectRenameOperator(ProjectRenameOperator node) {
    return new ProjectionBinder(context, in()).rename(node.renames());
  }

  @Override
  public RowSchema visitProjectReorderOperator(ProjectReorderOperator node) {
    return new ProjectionBinder(context, in()).reorder(node.columns());
  }

  @Override
  public RowSchema visitExtendOperator(ExtendOperator node) {
    return new ProjectionBinder(context, in()).extend(node.columns());
  }

  @Override
  public RowSchema visitSummarizeOperator(SummarizeOperator node) {
    return new SummarizeBinder(context, in()).summarize(node.aggregates(), node.groupBy());
  }

  @Override
  public RowSchema visitJoinOperator(JoinOperator node) {
    return new JoinBinder(context, in()).join(node);
  }

  @Override
  public RowSchema visitLookupOperator(LookupOperator node) {
    return new JoinBinder(context, in()).lookup(node);
  }

  @Override
  public RowSchema visitUnionOperator(UnionOperator node) {
    return new UnionBinder(context, input).union(node);
  }

  @Override
  public RowSchema visitMvExpandOperator(MvExpandOperator node) {
    return new ExpansionBinder(context, in()).mvExpand(node.parameters(), node.items());
  }

  @Override
  public RowSchema visitMvApplyOperator(MvApplyOperator node) {
    return new ExpansionBinder(context, in()).mvApply(node);
  }

  @Override
  public RowSchema visitParseOperator(ParseOperator node) {
    return new ExpansionBinder(context, in()).parse(node.source(), node.pattern());
  }

  @Override
  public RowSchema visitParseWhereOperator(ParseWhereOperator node) {
    return new ExpansionBinder(context, in()).parse(node.source(), node.pattern());
  }

  @Override
  public RowSchema visitParseKvOperator(ParseKvOperator node) {
    return new ExpansionBinder(context, in()).parseKv(node);
  }

  @Override
  public RowSchema visitMakeSeriesOperator(MakeSeriesOperator node) {
    return new SummarizeBinder(context, in()).makeSeries(node);
  }

  @Override
  public RowSchema visitSortOperator(SortOperator node) {
    node.expressions().forEach(sort -> context.scalar(sort.expression(), in()));
    return in();
  }

  /**
   * {@code reduce}: Pattern, Count and Representative; {@code kind=source} keeps the rows and adds
   * Pattern.
   */
  @Override
  public RowSchema visitReduceOperator(ReduceOperator node) {
    context.scalar(node.by(), in());
    if (Parameters.word(node.parameters(), "kind").orElse("").equals("source")) {
      return in().with("Pattern", ScalarType.STRING);
    }
    return RowSchema.of(
        List.of(
            new Column("Pattern", ScalarType.STRING),
            new Column("Count", ScalarType.LONG),
            new Column("Representative", ScalarType.STRING)));
  }

  /**
   * {@code scan}: the input plus the declared columns (and the match id); conditions and
   * assignments may name steps ({@code s1.Ts}), so unknown names are not reported there.
   */
  @Override
  public RowSchema visitScanOperator(ScanOperator node) {
    RowSchema row = in();
    for (ScanColumn declared : node.declarations()) {
      Column column = Column.of(declared.column().name(), declared.column().type());
      row = row.with(column.name(), column.type());
    }
    RowSchema lenient = row.opened();
    for (ScanStep step : node.steps()) {
      context.scalar(step.condition(), lenient);
      step.assignments().forEach(assignment -> context.scalar(assignment.value(), lenient));
    }
    return node.matchIdColumn() == null ? row : row.with(node.matchIdColumn(), ScalarType.LONG);
  }

  @Override
  public RowSchema visitTopOperator(TopOperator node) {
    context.scalar(node.count(), in());
    context.scalar(node.by().expression(), in());
    return in();
  }

  @Override
  public RowSchema visitTakeOperator(TakeOperator node) {
    context.scalar(node.count(), in());
    return in();
  }

  @Override
  public RowSchema visitDistinctOperator(DistinctOperator node) {
    return new ProjectionBinder(context, in()).distinct(node.columns());
  }

  @Override
  public RowSchema visitCountOperator(CountOperator node) {
    return RowSchema.of(List.of(new Column("Count", ScalarType.LONG)));
  }

  @Override
  public RowSchema visitAsOperator(AsOperator node) {
    // "as T" names the rows so far; later stages of the same query may use T.
    context.scope.define(node.name(), new Symbol.Tabular(in()));
    return in();
  }

  @Override
  public RowSchema visitSerializeOperator(SerializeOperator node) {
    return new ProjectionBinder(context, in()).extend(node.columns());
  }

  @Override
  public RowSchema visitGetSchemaOperator(GetSchemaOperator node) {
    return RowSchema.of(
        List.of(
            new Column("ColumnName", ScalarType.STRING),
            new Column("ColumnOrdinal", ScalarType.INT),
            new Column("DataType", ScalarType.STRING),
            new Column("ColumnType", ScalarType.STRING)));
  }

  @Override
  public RowSchema visitInvokeOperator(InvokeOperator node) {
    return new SourceBinder(context, in()).invoke(node);
  }

  @Override
  public RowSchema visitEvaluateOperator(EvaluateOperator node) {
    return new PluginBinder(context, in()).evaluate(node);
  }

  @Override
  public RowSchema visitRenderOperator(RenderOperator node) {
    return in();
  }

  @Override
  public RowSchema visitSampleOperator(SampleOperator node) {
    return in();
  }

  @Override
  public RowSchema visitSampleDistinctOperator(SampleDistinctOperator node) {
    return new ProjectionBinder(context, in()).distinct(List.of(node.column()));
  }

  @Override
  public RowSchema visitSearchOperator(SearchOperator node) {
    return new SourceBinder(context, in()).search(node.tables());
  }

  @Override
  public RowSchema visitFindOperator(FindOperator node) {
    return new SourceBinder(context, in()).search(node.tables());
  }

  @Override
  public RowSchema visitPrintOperator(PrintOperator node) {
    return new SourceBinder(context, in()).print(node.columns());
  }

  @Override
  public RowSchema visitRangeOperator(RangeOperator node) {
    return new SourceBinder(context, in()).range(node);
  }

  @Override
  public RowSchema visitDataTableOperator(DataTableOperator node) {
    return SourceBinder.declared(node.columns());
  }

  @Override
  public RowSchema visitExternalDataOperator(ExternalDataOperator node) {
    return SourceBinder.declared(node.columns());
  }

  @Override
  public RowSchema visitPartitionOperator(PartitionOperator node) {
    context.tabular(node.subquery(), in());
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitFacetOperator(FacetOperator node) {
    return RowSchema.OPEN;
  }

  @Override
  public RowSchema visitForkOperator(ForkOperator node) {
    node.branches().forEach(branch -> context.tabular(branch.pipeline(), in()));
    return RowSchema.OPEN;
  }
}
