package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
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
import io.sentinelforge.kql.syntax.QueryOperator;
import io.sentinelforge.kql.syntax.QueryOperatorVisitor;
import io.sentinelforge.kql.syntax.RangeOperator;
import io.sentinelforge.kql.syntax.ReduceOperator;
import io.sentinelforge.kql.syntax.RenderOperator;
import io.sentinelforge.kql.syntax.SampleDistinctOperator;
import io.sentinelforge.kql.syntax.SampleOperator;
import io.sentinelforge.kql.syntax.ScanOperator;
import io.sentinelforge.kql.syntax.SearchOperator;
import io.sentinelforge.kql.syntax.SerializeOperator;
import io.sentinelforge.kql.syntax.SortOperator;
import io.sentinelforge.kql.syntax.SummarizeOperator;
import io.sentinelforge.kql.syntax.TakeOperator;
import io.sentinelforge.kql.syntax.TopOperator;
import io.sentinelforge.kql.syntax.UnionOperator;
import io.sentinelforge.kql.syntax.WhereOperator;

/**
 * Applies one pipe stage to its input table by dispatching to the operator's class. Operators that
 * are not implemented are reported as unsupported, never approximated.
 */
final class PipeStages implements QueryOperatorVisitor<Table> {

  private final Table input;
  private final Environment environment;

  /** {@code input} is null for an operator that starts a query ({@code print}, {@code range}…). */
  PipeStages(Table input, Environment environment) {
    this.input = input;
    this.environment = environment;
  }

  private Table input(QueryOperator operator) {
    if (input == null) {
      throw new EvaluationException(OperatorNames.of(operator) + " needs an input table");
    }
    return input;
  }

  private static UnsupportedFeatureException unsupported(String operator) {
    return new UnsupportedFeatureException(
        operator, "operator '" + operator + "' is not supported");
  }

  @Override
  public Table visitWhereOperator(WhereOperator node) {
    return WhereStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitProjectOperator(ProjectOperator node) {
    return ProjectStage.project(input(node), node.columns(), environment);
  }

  @Override
  public Table visitProjectAwayOperator(ProjectAwayOperator node) {
    return ProjectNamesStage.away(input(node), node);
  }

  @Override
  public Table visitProjectKeepOperator(ProjectKeepOperator node) {
    return ProjectNamesStage.keep(input(node), node);
  }

  @Override
  public Table visitProjectByNamesOperator(ProjectByNamesOperator node) {
    return ProjectByNamesStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitProjectRenameOperator(ProjectRenameOperator node) {
    return ProjectNamesStage.rename(input(node), node);
  }

  @Override
  public Table visitProjectReorderOperator(ProjectReorderOperator node) {
    return ProjectNamesStage.reorder(input(node), node);
  }

  @Override
  public Table visitExtendOperator(ExtendOperator node) {
    return ProjectStage.extend(input(node), node.columns(), environment);
  }

  @Override
  public Table visitSummarizeOperator(SummarizeOperator node) {
    return SummarizeStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitJoinOperator(JoinOperator node) {
    return JoinStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitLookupOperator(LookupOperator node) {
    return LookupStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitUnionOperator(UnionOperator node) {
    return UnionStage.apply(input, node, environment);
  }

  @Override
  public Table visitMvExpandOperator(MvExpandOperator node) {
    return MvExpandStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitMvApplyOperator(MvApplyOperator node) {
    return MvApplyStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitParseOperator(ParseOperator node) {
    return ParseStage.apply(
        input(node), node.parameters(), node.source(), node.pattern(), false, environment);
  }

  @Override
  public Table visitParseWhereOperator(ParseWhereOperator node) {
    return ParseStage.apply(
        input(node), node.parameters(), node.source(), node.pattern(), true, environment);
  }

  @Override
  public Table visitParseKvOperator(ParseKvOperator node) {
    return ParseKvStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitMakeSeriesOperator(MakeSeriesOperator node) {
    return MakeSeriesStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitSortOperator(SortOperator node) {
    return SortStage.sort(input(node), node, environment);
  }

  @Override
  public Table visitTopOperator(TopOperator node) {
    return SortStage.top(input(node), node, environment);
  }

  /**
   * The documentation of {@code reduce} contradicts itself on the direction of {@code threshold}
   * and leaves the pattern text and default term separators open, so no faithful answer exists.
   */
  @Override
  public Table visitReduceOperator(ReduceOperator node) {
    throw new UnsupportedFeatureException(
        "reduce",
        "operator 'reduce' is not supported: its documented algorithm is underspecified"
            + " (threshold direction, default term separators, pattern text), so Kusto's groups"
            + " cannot be reproduced");
  }

  @Override
  public Table visitScanOperator(ScanOperator node) {
    return ScanStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitTakeOperator(TakeOperator node) {
    return SmallStages.take(input(node), node, environment);
  }

  @Override
  public Table visitDistinctOperator(DistinctOperator node) {
    return SmallStages.distinct(input(node), node, environment);
  }

  @Override
  public Table visitCountOperator(CountOperator node) {
    return SmallStages.count(input(node));
  }

  @Override
  public Table visitAsOperator(AsOperator node) {
    return SmallStages.as(input(node), node, environment);
  }

  @Override
  public Table visitSerializeOperator(SerializeOperator node) {
    return ProjectStage.extend(input(node), node.columns(), environment);
  }

  @Override
  public Table visitGetSchemaOperator(GetSchemaOperator node) {
    return SmallStages.getSchema(input(node));
  }

  @Override
  public Table visitInvokeOperator(InvokeOperator node) {
    return SmallStages.invoke(input(node), node, environment);
  }

  @Override
  public Table visitEvaluateOperator(EvaluateOperator node) {
    return EvaluateStage.apply(input, node, environment);
  }

  @Override
  public Table visitRenderOperator(RenderOperator node) {
    return input(node);
  }

  @Override
  public Table visitSampleOperator(SampleOperator node) {
    throw unsupported("sample");
  }

  @Override
  public Table visitSampleDistinctOperator(SampleDistinctOperator node) {
    throw unsupported("sample-distinct");
  }

  @Override
  public Table visitSearchOperator(SearchOperator node) {
    throw unsupported("search");
  }

  @Override
  public Table visitFindOperator(FindOperator node) {
    throw unsupported("find");
  }

  @Override
  public Table visitPrintOperator(PrintOperator node) {
    return SourceStages.print(node, environment);
  }

  @Override
  public Table visitRangeOperator(RangeOperator node) {
    return SourceStages.range(node, environment);
  }

  @Override
  public Table visitDataTableOperator(DataTableOperator node) {
    return SourceStages.datatable(node, environment);
  }

  @Override
  public Table visitExternalDataOperator(ExternalDataOperator node) {
    return SourceStages.externalData(node, environment);
  }

  @Override
  public Table visitPartitionOperator(PartitionOperator node) {
    return PartitionStage.apply(input(node), node, environment);
  }

  @Override
  public Table visitFacetOperator(FacetOperator node) {
    throw unsupported("facet");
  }

  @Override
  public Table visitForkOperator(ForkOperator node) {
    throw unsupported("fork");
  }
}
