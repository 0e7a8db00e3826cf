package io.sentinelforge.kql.syntax;

/** A tabular query operator (what follows a pipe). */
public sealed interface QueryOperator extends SyntaxNode
    permits WhereOperator,
        ProjectOperator,
        ProjectAwayOperator,
        ProjectKeepOperator,
        ProjectByNamesOperator,
        ProjectRenameOperator,
        ProjectReorderOperator,
        ExtendOperator,
        SummarizeOperator,
        JoinOperator,
        LookupOperator,
        UnionOperator,
        MvExpandOperator,
        MvApplyOperator,
        ParseOperator,
        ParseWhereOperator,
        ParseKvOperator,
        MakeSeriesOperator,
        SortOperator,
        TopOperator,
        ReduceOperator,
        TakeOperator,
        DistinctOperator,
        CountOperator,
        AsOperator,
        SerializeOperator,
        GetSchemaOperator,
        InvokeOperator,
        EvaluateOperator,
        RenderOperator,
        SampleOperator,
        SampleDistinctOperator,
        SearchOperator,
        FindOperator,
        PrintOperator,
        RangeOperator,
        DataTableOperator,
        ExternalDataOperator,
        PartitionOperator,
        FacetOperator,
        ForkOperator {

  /** Dispatches to the visitor method for this node kind. */
  <R> R accept(QueryOperatorVisitor<R> visitor);
}
