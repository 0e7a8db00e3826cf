package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.NamedColumn;
import java.util.List;

/** One aggregate call of a {@code summarize}, computed for all groups at once over columns. */
public interface Aggregation {

  /** The output column(s) with one cell per group (arg_max with {@code *} gives several). */
  List<NamedColumn> compute(Groups groups);
}
