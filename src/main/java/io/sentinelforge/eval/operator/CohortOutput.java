package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the output of the activity plugins: the timeline column (bin start), the dimension
 * columns, then long metric columns, one row at a time.
 */
final class CohortOutput {

  private final List<String> names = new ArrayList<>();
  private final List<ColumnBuilder> builders = new ArrayList<>();
  private final int dimensions;
  private int rows;

  CohortOutput(
      Table input,
      Expression timeline,
      List<Expression> dimensionArguments,
      List<String> metrics,
      Environment environment) {
    names.add(ProjectStage.nameOf(timeline));
    builders.add(new ColumnBuilder(KqlType.DATETIME, 16));
    for (Expression dimension : dimensionArguments) {
      names.add(ProjectStage.nameOf(dimension));
      builders.add(new ColumnBuilder(environment.column(input, dimension).type(), 16));
    }
    dimensions = dimensionArguments.size();
    for (String metric : metrics) {
      names.add(metric);
      builders.add(new ColumnBuilder(KqlType.LONG, 16));
    }
  }

  void add(long binStart, List<Object> dimensionValues, long... metrics) {
    builders.get(0).appendLong(binStart);
    for (int d = 0; d < dimensions; d++) {
      builders.get(1 + d).append(dimensionValues.get(d));
    }
    for (int m = 0; m < metrics.length; m++) {
      builders.get(1 + dimensions + m).appendLong(metrics[m]);
    }
    rows++;
  }

  Table table() {
    List<Column> columns = new ArrayList<>();
    builders.forEach(builder -> columns.add(builder.build()));
    return new Table(names, columns, rows);
  }
}
