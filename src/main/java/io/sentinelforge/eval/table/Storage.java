package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.KqlType;

/** How each KQL type is stored in a column. */
public final class Storage {

  private Storage() {}

  /** True for types stored as {@code long}: bool (0/1), int, long, datetime and timespan ticks. */
  public static boolean longBacked(KqlType type) {
    return type == KqlType.BOOL
        || type == KqlType.INT
        || type == KqlType.LONG
        || type == KqlType.DATETIME
        || type == KqlType.TIMESPAN;
  }
}
