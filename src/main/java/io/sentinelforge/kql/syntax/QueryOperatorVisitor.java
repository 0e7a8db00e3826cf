package io.sentinelforge.kql.syntax;

/**
 * Dispatch over every {@link QueryOperator} kind (Java 17 has no pattern switch).
 *
 * @param <R> the result type
 */
public interface QueryOperatorVisitor<R> {
  /** Visits a {@link WhereOperator}. */
  R visitWhereOperator(WhereOperator node);

  /** Visits a {@link ProjectOperator}. */
  R visitProjectOperator(ProjectOperator node);

  /** Visits a {@link ProjectAwayOperator}. */
  R visitProjectAwayOperator(ProjectAwayOperator node);

  /** Visits a {@link ProjectKeepOperator}. */
  R visitProjectKeepOperator(ProjectKeepOperator node);

  /** Visits a {@link ProjectByNamesOperator}. */
  R visitProjectByNamesOperator(ProjectByNamesOperator node);

  /** Visits a {@link ProjectRenameOperator}. */
  R visitProjectRenameOperator(ProjectRenameOperator node);

  /** Visits a {@link ProjectReorderOperator}. */
  R visitProjectReorderOperator(ProjectReorderOperator node);

  /** Visits a {@link ExtendOperator}. */
  R visitExtendOperator(ExtendOperator node);

  /** Visits a {@link SummarizeOperator}. */
  R visitSummarizeOperator(SummarizeOperator node);

  /** Visits a {@link JoinOperator}. */
  R visitJoinOperator(JoinOperator node);

  /** Visits a {@link LookupOperator}. */
  R visitLookupOperator(LookupOperator node);

  /** Visits a {@link UnionOperator}. */
  R visitUnionOperator(UnionOperator node);

  /** Visits a {@link MvExpandOperator}. */
  R visitMvExpandOperator(MvExpandOperator node);

  /** Visits a {@link MvApplyOperator}. */
  R visitMvApplyOperator(MvApplyOperator node);

  /** Visits a {@link ParseOperator}. */
  R visitParseOperator(ParseOperator node);

  /** Visits a {@link ParseWhereOperator}. */
  R visitParseWhereOperator(ParseWhereOperator node);

  /** Visits a {@link ParseKvOperator}. */
  R visitParseKvOperator(ParseKvOperator node);

  /** Visits a {@link MakeSeriesOperator}. */
  R visitMakeSeriesOperator(MakeSeriesOperator node);

  /** Visits a {@link SortOperator}. */
  R visitSortOperator(SortOperator node);

  /** Visits a {@link TopOperator}. */
  R visitTopOperator(TopOperator node);

  /** Visits a {@link ReduceOperator}. */
  R visitReduceOperator(ReduceOperator node);

  /** Visits a {@link ScanOperator}. */
  R visitScanOperator(ScanOperator node);

  /** Visits a {@link TakeOperator}. */
  R visitTakeOperator(TakeOperator node);

  /** Visits a {@link DistinctOperator}. */
  R visitDistinctOperator(DistinctOperator node);

  /** Visits a {@link CountOperator}. */
  R visitCountOperator(CountOperator node);

  /** Visits a {@link AsOperator}. */
  R visitAsOperator(AsOperator node);

  /** Visits a {@link SerializeOperator}. */
  R visitSerializeOperator(SerializeOperator node);

  /** Visits a {@link GetSchemaOperator}. */
  R visitGetSchemaOperator(GetSchemaOperator node);

  /** Visits a {@link InvokeOperator}. */
  R visitInvokeOperator(InvokeOperator node);

  /** Visits a {@link EvaluateOperator}. */
  R visitEvaluateOperator(EvaluateOperator node);

  /** Visits a {@link RenderOperator}. */
  R visitRenderOperator(RenderOperator node);

  /** Visits a {@link SampleOperator}. */
  R visitSampleOperator(SampleOperator node);

  /** Visits a {@link SampleDistinctOperator}. */
  R visitSampleDistinctOperator(SampleDistinctOperator node);

  /** Visits a {@link SearchOperator}. */
  R visitSearchOperator(SearchOperator node);

  /** Visits a {@link FindOperator}. */
  R visitFindOperator(FindOperator node);

  /** Visits a {@link PrintOperator}. */
  R visitPrintOperator(PrintOperator node);

  /** Visits a {@link RangeOperator}. */
  R visitRangeOperator(RangeOperator node);

  /** Visits a {@link DataTableOperator}. */
  R visitDataTableOperator(DataTableOperator node);

  /** Visits a {@link ExternalDataOperator}. */
  R visitExternalDataOperator(ExternalDataOperator node);

  /** Visits a {@link PartitionOperator}. */
  R visitPartitionOperator(PartitionOperator node);

  /** Visits a {@link FacetOperator}. */
  R visitFacetOperator(FacetOperator node);

  /** Visits a {@link ForkOperator}. */
  R visitForkOperator(ForkOperator node);
}
