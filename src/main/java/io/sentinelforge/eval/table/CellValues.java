package io.sentinelforge.eval.table;

import io.sentinelforge.eval.value.BoolValue;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.DecimalValue;
import io.sentinelforge.eval.value.GuidValue;
import io.sentinelforge.eval.value.IntValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.LongValue;
import io.sentinelforge.eval.value.RealValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Converts between column cells and {@link Value}s at the boundary with scalar functions. A dynamic
 * column holds values as they are (arrays, bags, or scalars inside a dynamic).
 */
public final class CellValues {

  private CellValues() {}

  /** Cell {@code row} of {@code column} as a value (typed null for null). */
  public static Value get(Column column, int row) {
    KqlType type = column.type();
    if (column.isNull(row)) {
      return Values.nullOf(type);
    }
    switch (type) {
      case BOOL:
        return Values.of(column.getLong(row) != 0);
      case INT:
        return Values.ofInt((int) column.getLong(row));
      case LONG:
        return Values.of(column.getLong(row));
      case DATETIME:
        return new DateTimeValue(column.getLong(row));
      case TIMESPAN:
        return new TimespanValue(column.getLong(row));
      case REAL:
        return Values.of(column.getDouble(row));
      case STRING:
        return Values.of((String) column.get(row));
      case DECIMAL:
        return Values.of((BigDecimal) column.get(row));
      case GUID:
        return Values.of((UUID) column.get(row));
      default:
        return (Value) column.get(row);
    }
  }

  /** Appends a value to a builder of its column type (the value must fit that type). */
  public static void append(ColumnBuilder builder, Value value) {
    if (value.isNull()) {
      builder.appendNull();
      return;
    }
    KqlType type = builder.type();
    if (type == KqlType.DYNAMIC) {
      builder.append(value);
      return;
    }
    builder.append(cell(value));
  }

  /** The raw cell of a non-null scalar value (the value itself for arrays and bags). */
  public static Object cell(Value value) {
    if (value.isNull()) {
      return null;
    }
    if (value instanceof StringValue s) {
      return s.value();
    }
    if (value instanceof LongValue l) {
      return l.value();
    }
    if (value instanceof IntValue i) {
      return i.value();
    }
    if (value instanceof RealValue r) {
      return r.value();
    }
    if (value instanceof BoolValue b) {
      return b.value();
    }
    if (value instanceof DateTimeValue d) {
      return d.ticks();
    }
    if (value instanceof TimespanValue t) {
      return t.ticks();
    }
    if (value instanceof DecimalValue d) {
      return d.value();
    }
    if (value instanceof GuidValue g) {
      return g.value();
    }
    return value;
  }
}
