package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.summarize.Aggregation;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.LongColumn;
import io.sentinelforge.eval.table.NamedColumn;
import io.sentinelforge.eval.table.Storage;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.DateTimeValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.MakeSeriesAggregate;
import io.sentinelforge.kql.syntax.MakeSeriesOperator;
import io.sentinelforge.kql.syntax.NamedExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Basic {@code make-series aggs [default=v] on Axis from A to B step S [by keys]}: bins start at
 * {@code from}, {@code to} is exclusive; per group one dynamic array per aggregate (the default, 0
 * unless given, where a bin has no rows) and the array of bin starts. A datetime or long axis with
 * a constant step is supported; without {@code from}/{@code to} the data's range is used.
 */
final class MakeSeriesStage {

  private static final String BIN = "\u0000bin";

  private MakeSeriesStage() {}

  static Table apply(Table input, MakeSeriesOperator node, Environment environment) {
    Column axis = environment.column(input, node.axis());
    if (!Storage.longBacked(axis.type()) || axis.type() == KqlType.BOOL) {
      throw new io.sentinelforge.eval.UnsupportedFeatureException(
          "make-series", "make-series supports datetime, timespan and integer axes");
    }
    long step = SmallStages.constantLong(node.step(), environment);
    Table none = Table.empty(List.of()).select(new int[1], 1);
    long from =
        node.from() != null
            ? CellValues.get(environment.column(none, node.from()), 0) instanceof DateTimeValue d
                ? d.ticks()
                : SmallStages.constantLong(node.from(), environment)
            : min(axis);
    long to =
        node.to() != null
            ? CellValues.get(environment.column(none, node.to()), 0) instanceof DateTimeValue d
                ? d.ticks()
                : SmallStages.constantLong(node.to(), environment)
            : max(axis) + step;
    if (step <= 0 || to < from) {
      throw new EvaluationException("make-series needs a positive step and from <= to");
    }
    int bins = (int) Math.min(Integer.MAX_VALUE, (to - from + step - 1) / step);
    environment.context().budget().checkOutput("make-series", bins, 1);
    long[] index = new long[input.rowCount()];
    int[] kept = new int[input.rowCount()];
    int count = 0;
    for (int r = 0; r < input.rowCount(); r++) {
      if (!axis.isNull(r) && axis.getLong(r) >= from && axis.getLong(r) < to) {
        index[count] = (axis.getLong(r) - from) / step;
        kept[count++] = r;
      }
    }
    Table rows = input.select(kept, count);
    return SeriesBuilder.build(
        rows,
        new LongColumn(KqlType.LONG, index, count, null),
        node,
        environment,
        bins,
        from,
        step,
        axis.type());
  }

  private static long min(Column axis) {
    long min = Long.MAX_VALUE;
    for (int r = 0; r < axis.size(); r++) {
      min = axis.isNull(r) ? min : Math.min(min, axis.getLong(r));
    }
    return min == Long.MAX_VALUE ? 0 : min;
  }

  private static long max(Column axis) {
    long max = Long.MIN_VALUE;
    for (int r = 0; r < axis.size(); r++) {
      max = axis.isNull(r) ? max : Math.max(max, axis.getLong(r));
    }
    return max == Long.MIN_VALUE ? 0 : max;
  }

  /** Summarizes by keys and bin, then pivots each group's bins into arrays. */
  private static final class SeriesBuilder {

    static Table build(
        Table rows,
        Column binOfRow,
        MakeSeriesOperator node,
        Environment environment,
        int bins,
        long from,
        long step,
        KqlType axisType) {
      List<NamedColumn> keys = new ArrayList<>();
      List<String> keyNames = new ArrayList<>();
      for (Expression key : node.groupBy()) {
        String name = ProjectStage.nameOf(key);
        keys.add(new NamedColumn(name, environment.column(rows, key)));
        keyNames.add(name);
      }
      List<NamedColumn> groupKeys = new ArrayList<>(keys);
      groupKeys.add(new NamedColumn(BIN, binOfRow));
      AggregateCalls calls = new AggregateCalls(rows, environment, keyNames);
      List<Aggregation> aggregations = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Value> defaults = new ArrayList<>();
      Table none = Table.empty(List.of()).select(new int[1], 1);
      for (MakeSeriesAggregate aggregate : node.aggregates()) {
        Expression expression = aggregate.aggregate();
        List<String> given =
            expression instanceof NamedExpression named ? named.names() : List.of();
        Expression call = expression instanceof NamedExpression named ? named.value() : expression;
        Aggregation built =
            calls.isAggregateCall(call)
                ? calls.create(call, given)
                : new io.sentinelforge.eval.summarize.TakeAnyAggregation(
                    List.of(
                        new NamedColumn(
                            given.isEmpty() ? "Column" + (names.size() + 1) : given.get(0),
                            environment.column(rows, call))));
        aggregations.add(built);
        defaults.add(
            aggregate.defaultValue() == null
                ? Values.of(0L)
                : CellValues.get(environment.column(none, aggregate.defaultValue()), 0));
      }
      Table grouped =
          Summarizer.summarize(
              rows.rowCount(), groupKeys, aggregations, environment.context().budget());
      return pivot(
          grouped,
          keyNames,
          defaults,
          bins,
          from,
          step,
          axisType,
          ProjectStage.nameOf(node.axis()));
    }

    private static Table pivot(
        Table grouped,
        List<String> keyNames,
        List<Value> defaults,
        int bins,
        long from,
        long step,
        KqlType axisType,
        String axisName) {
      int keyCount = keyNames.size();
      List<Column> keyColumns = grouped.columns().subList(0, keyCount);
      Column bin = grouped.columns().get(keyCount);
      List<NamedColumn> aggregates = new ArrayList<>();
      for (int c = keyCount + 1; c < grouped.names().size(); c++) {
        aggregates.add(new NamedColumn(grouped.names().get(c), grouped.columns().get(c)));
      }
      java.util.Map<List<Object>, Integer> groupOf = new java.util.LinkedHashMap<>();
      List<Integer> firstRows = new ArrayList<>();
      List<Value[][]> series = new ArrayList<>();
      for (int r = 0; r < grouped.rowCount(); r++) {
        List<Object> key = new ArrayList<>();
        for (Column column : keyColumns) {
          key.add(column.get(r));
        }
        Integer group = groupOf.get(key);
        if (group == null) {
          group = groupOf.size();
          groupOf.put(key, group);
          firstRows.add(r);
          Value[][] arrays = new Value[aggregates.size()][bins];
          for (int a = 0; a < aggregates.size(); a++) {
            java.util.Arrays.fill(arrays[a], defaults.get(Math.min(a, defaults.size() - 1)));
          }
          series.add(arrays);
        }
        int position = (int) bin.getLong(r);
        for (int a = 0; a < aggregates.size(); a++) {
          Value value = CellValues.get(aggregates.get(a).column(), r);
          series.get(group)[a][position] = value;
        }
      }
      int[] first = firstRows.stream().mapToInt(Integer::intValue).toArray();
      List<String> names = new ArrayList<>(keyNames);
      List<Column> columns = new ArrayList<>();
      for (Column key : keyColumns) {
        columns.add(key.select(first, first.length));
      }
      for (int a = 0; a < aggregates.size(); a++) {
        ColumnBuilder builder = new ColumnBuilder(KqlType.DYNAMIC, first.length);
        for (Value[][] arrays : series) {
          builder.append(Values.array(java.util.Arrays.asList(arrays[a])));
        }
        names.add(aggregates.get(a).name());
        columns.add(builder.build());
      }
      List<Value> axisValues = new ArrayList<>();
      for (int b = 0; b < bins; b++) {
        long tick = from + b * step;
        axisValues.add(
            axisType == KqlType.DATETIME
                ? new DateTimeValue(tick)
                : axisType == KqlType.TIMESPAN ? Values.timespan(tick) : Values.of(tick));
      }
      ColumnBuilder axis = new ColumnBuilder(KqlType.DYNAMIC, first.length);
      for (int g = 0; g < first.length; g++) {
        axis.append(Values.array(axisValues));
      }
      names.add(axisName == null ? "Column1" : axisName);
      columns.add(axis.build());
      return new Table(names, columns, first.length);
    }
  }
}
