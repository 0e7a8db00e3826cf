package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.Value;
import java.util.List;

/**
 * The running state of one aggregate over one group. The interpreter evaluates the aggregate's
 * argument expressions for each row (constant arguments too) and passes them to {@link #add}.
 */
public interface Accumulator {

  /** Adds one row's argument values. */
  void add(List<Value> arguments);

  /** The aggregate's value for the rows added so far. */
  Value result();

  /** The values of aggregates with several output columns ({@code percentiles}); else one. */
  default List<Value> results() {
    return List.of(result());
  }
}
