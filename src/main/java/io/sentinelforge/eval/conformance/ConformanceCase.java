package io.sentinelforge.eval.conformance;

import java.util.List;

/**
 * One documented query with its documented output, as in {@code corpus/conformance/*.jsonl}.
 *
 * @param id stable case id (doc path and example number)
 * @param query the KQL text
 * @param columns documented output column names
 * @param rows documented output rows, each cell as the documentation prints it
 * @param ordered whether row order is part of the documented answer
 * @param nondeterministic whether the answer depends on time, randomness or the engine's choice
 * @param operators tabular operators the query uses (for failure statistics)
 * @param functions functions the query uses (for failure statistics)
 */
public record ConformanceCase(
    String id,
    String query,
    List<String> columns,
    List<List<String>> rows,
    boolean ordered,
    boolean nondeterministic,
    List<String> operators,
    List<String> functions) {

  /** Copies the lists. */
  public ConformanceCase {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    operators = List.copyOf(operators);
    functions = List.copyOf(functions);
  }
}
