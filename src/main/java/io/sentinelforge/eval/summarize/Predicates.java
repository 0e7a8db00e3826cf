package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;

/** The {@code *if} aggregates' row filter: a bool column, null meaning "every row". */
final class Predicates {

  private Predicates() {}

  static boolean passes(Column predicate, int row) {
    return predicate == null || (!predicate.isNull(row) && predicate.getLong(row) != 0);
  }
}
