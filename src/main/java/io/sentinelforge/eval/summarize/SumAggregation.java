package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Storage;
import io.sentinelforge.eval.value.KqlType;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code sum(x)} and {@code sumif(x, predicate)}: int and long sum to long, real to real, timespan
 * to timespan, decimal to decimal; nulls are skipped and a group with no value gets null.
 */
public record SumAggregation(String name, Column values, Column predicate) implements Aggregation {

  @Override
  public List<NamedColumn> compute(Groups groups) {
    int count = groups.groupCount();
    boolean[] seen = new boolean[count];
    KqlType type = values.type();
    KqlType resultType = type == KqlType.INT || type == KqlType.BOOL ? KqlType.LONG : type;
    long[] longs = new long[count];
    double[] doubles = new double[count];
    BigDecimal[] decimals = new BigDecimal[count];
    int[] groupOfRow = groups.groupOfRow();
    for (int r = 0; r < groupOfRow.length; r++) {
      if (values.isNull(r) || !Predicates.passes(predicate, r)) {
        continue;
      }
      int group = groupOfRow[r];
      seen[group] = true;
      if (Storage.longBacked(type)) {
        longs[group] += values.getLong(r);
      } else if (type == KqlType.REAL) {
        doubles[group] += values.getDouble(r);
      } else if (type == KqlType.DECIMAL) {
        BigDecimal value = (BigDecimal) values.get(r);
        decimals[group] = decimals[group] == null ? value : decimals[group].add(value);
      } else {
        throw new io.sentinelforge.eval.EvaluationException(
            "sum() is not defined for " + type.kqlName());
      }
    }
    ColumnBuilder result = new ColumnBuilder(resultType, count);
    for (int g = 0; g < count; g++) {
      if (!seen[g]) {
        result.appendNull();
      } else if (Storage.longBacked(resultType)) {
        result.appendLong(longs[g]);
      } else if (resultType == KqlType.REAL) {
        result.appendDouble(doubles[g]);
      } else {
        result.append(decimals[g]);
      }
    }
    return List.of(new NamedColumn(name, result.build()));
  }
}
