package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Column;

/**
 * One {@code sort by} key: an evaluated column, the direction (KQL's default is descending) and
 * where nulls go (default: first when ascending, last when descending).
 */
public record SortKey(Column column, boolean ascending, boolean nullsFirst) {

  /** A key with KQL's default null placement for the direction. */
  public static SortKey of(Column column, boolean ascending) {
    return new SortKey(column, ascending, ascending);
  }
}
