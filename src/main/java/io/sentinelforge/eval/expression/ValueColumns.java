package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import java.util.EnumSet;
import java.util.Set;

/** Builds columns from computed values, choosing the column type from the values' types. */
public final class ValueColumns {

  private ValueColumns() {}

  /** A column of {@code size} copies of {@code value}. */
  public static Column constant(Value value, int size) {
    return new ConstantColumn(value.type(), CellValues.cell(value), size);
  }

  /** A column from values; a forced type (e.g. dynamic for property access) may be given. */
  public static Column of(Value[] values, int count, KqlType forced) {
    KqlType type = forced != null ? forced : commonType(values, count);
    ColumnBuilder builder = new ColumnBuilder(type, count);
    for (int i = 0; i < count; i++) {
      Value value = values[i];
      if (type == KqlType.DYNAMIC || value.isNull()) {
        if (value.isNull()) {
          builder.appendNull();
        } else {
          builder.append(value);
        }
      } else {
        CellValues.append(builder, value);
      }
    }
    return builder.build();
  }

  /**
   * The one type that holds all values: their type, long for int+long, real for numbers, else
   * dynamic.
   */
  static KqlType commonType(Value[] values, int count) {
    Set<KqlType> types = EnumSet.noneOf(KqlType.class);
    KqlType nullType = null;
    for (int i = 0; i < count; i++) {
      if (values[i].isNull()) {
        nullType = nullType == null ? values[i].type() : nullType;
      } else {
        types.add(values[i].type());
      }
    }
    if (types.isEmpty()) {
      return nullType == null ? KqlType.DYNAMIC : nullType;
    }
    if (types.size() == 1) {
      return types.iterator().next();
    }
    if (types.stream().allMatch(KqlType::isNumeric)) {
      if (types.contains(KqlType.REAL) || types.contains(KqlType.DECIMAL)) {
        return KqlType.REAL;
      }
      return KqlType.LONG;
    }
    return KqlType.DYNAMIC;
  }
}
