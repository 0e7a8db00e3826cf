package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.Expression;
import java.util.BitSet;
import java.util.List;

/**
 * {@code bin(x, size)} over long-backed columns: datetime and timespan by a timespan, long/int by a
 * long. Datetimes are binned from 0001-01-01 as in Kusto, not from the Unix epoch (they differ for
 * sizes such as 7d).
 */
final class FastBin {

  /** Ticks between 0001-01-01 and 1970-01-01. */
  static final long EPOCH_OFFSET = 621_355_968_000_000_000L;

  private FastBin() {}

  /** The binned column, or null when the general path must handle it. */
  static Column tryApply(ColumnEvaluator evaluator, List<Expression> arguments) {
    Column values = evaluator.evaluate(arguments.get(0));
    Column size = evaluator.evaluate(arguments.get(1));
    if (!io.sentinelforge.eval.table.Storage.longBacked(values.type())
        || !(size instanceof ConstantColumn constant)
        || constant.cell() == null) {
      return null;
    }
    KqlType type = values.type();
    boolean temporal =
        (type == KqlType.DATETIME || type == KqlType.TIMESPAN) && size.type() == KqlType.TIMESPAN;
    boolean integral =
        (type == KqlType.LONG || type == KqlType.INT)
            && (size.type() == KqlType.LONG || size.type() == KqlType.INT);
    long step = size.getLong(0);
    if ((!temporal && !integral) || step <= 0) {
      return null;
    }
    long offset = type == KqlType.DATETIME ? EPOCH_OFFSET : 0;
    int rows = values.size();
    long[] result = new long[rows];
    BitSet nulls = new BitSet();
    for (int r = 0; r < rows; r++) {
      if (values.isNull(r)) {
        nulls.set(r);
        continue;
      }
      result[r] = Math.floorDiv(values.getLong(r) + offset, step) * step - offset;
    }
    return new LongColumn(type, result, rows, nulls);
  }
}
