package io.sentinelforge.eval.summarize;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Storage;
import io.sentinelforge.eval.value.KqlType;
import java.util.List;

/**
 * {@code avg}, {@code stdev}, {@code stdevp}, {@code variance}, {@code variancep} (and {@code if}
 * forms) as reals: sample statistics divide by n−1 (a single value gives 0), population ones by n.
 */
public record MomentAggregation(String name, Column values, Moment moment, Column predicate)
    implements Aggregation {

  /** Which statistic. */
  public enum Moment {
    AVG,
    STDEV,
    STDEVP,
    VARIANCE,
    VARIANCEP
  }

  @Override
  public List<NamedColumn> compute(Groups groups) {
    int count = groups.groupCount();
    long[] n = new long[count];
    double[] sum = new double[count];
    double[] sumSquares = new double[count];
    int[] groupOfRow = groups.groupOfRow();
    for (int r = 0; r < groupOfRow.length; r++) {
      if (values.isNull(r) || !Predicates.passes(predicate, r)) {
        continue;
      }
      double value = number(r);
      int group = groupOfRow[r];
      n[group]++;
      sum[group] += value;
      sumSquares[group] += value * value;
    }
    ColumnBuilder result = new ColumnBuilder(KqlType.REAL, count);
    for (int g = 0; g < count; g++) {
      if (n[g] == 0) {
        result.appendNull();
        continue;
      }
      double mean = sum[g] / n[g];
      double squares = Math.max(0, sumSquares[g] - n[g] * mean * mean);
      switch (moment) {
        case AVG:
          result.appendDouble(mean);
          break;
        case VARIANCE:
          result.appendDouble(n[g] < 2 ? 0 : squares / (n[g] - 1));
          break;
        case VARIANCEP:
          result.appendDouble(squares / n[g]);
          break;
        case STDEV:
          result.appendDouble(n[g] < 2 ? 0 : Math.sqrt(squares / (n[g] - 1)));
          break;
        default:
          result.appendDouble(Math.sqrt(squares / n[g]));
          break;
      }
    }
    return List.of(new NamedColumn(name, result.build()));
  }

  private double number(int row) {
    if (values.type() == KqlType.REAL) {
      return values.getDouble(row);
    }
    if (Storage.longBacked(values.type())) {
      return values.getLong(row);
    }
    Object cell = values.get(row);
    if (cell instanceof Number) {
      return ((Number) cell).doubleValue();
    }
    throw new io.sentinelforge.eval.EvaluationException(
        moment.name().toLowerCase(java.util.Locale.ROOT)
            + "() needs a number, got "
            + values.type().kqlName());
  }
}
