package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.aggregate.Accumulator;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.TimespanValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code evaluate rolling_percentile(Value, Percentile, Index, BinSize, BinsPerWindow [, dims…])}:
 * per {@code bin(Index, BinSize)} and dimension combination, the percentile (as {@code
 * percentile()} computes it) of the values in the window of BinsPerWindow bins ending with that
 * bin. A bin without rows inside a group's range is unsupported (not documented).
 */
final class RollingPercentilePlugin {

  private static final String PLUGIN = "rolling_percentile";

  private RollingPercentilePlugin() {}

  static Table apply(Table input, List<Expression> arguments, Environment environment) {
    if (arguments.size() < 5) {
      throw new EvaluationException(
          PLUGIN
              + " takes ValueColumn, Percentile, IndexColumn, BinSize, BinsPerWindow and"
              + " optional dimensions");
    }
    Column values = environment.column(input, arguments.get(0));
    Value percentile = PluginArguments.constant(arguments.get(1), environment);
    Column index = environment.column(input, arguments.get(2));
    Value size = PluginArguments.constant(arguments.get(3), environment);
    if (index.type() != KqlType.DATETIME
        || !(size instanceof TimespanValue span)
        || span.ticks() <= 0) {
      throw new UnsupportedFeatureException(
          PLUGIN, PLUGIN + ": only a datetime index with a timespan bin size is supported");
    }
    long bin = span.ticks();
    long window = PluginArguments.count(PLUGIN, "BinsPerWindow", arguments.get(4), environment);
    List<Expression> dimensionArguments = arguments.subList(5, arguments.size());
    List<Column> dimensions = new ArrayList<>();
    dimensionArguments.forEach(d -> dimensions.add(environment.column(input, d)));
    Map<List<Object>, TreeMap<Long, List<Value>>> groups = new LinkedHashMap<>();
    for (int row = 0; row < input.rowCount(); row++) {
      if (index.isNull(row)) {
        continue;
      }
      List<Object> key = new ArrayList<>();
      for (Column dimension : dimensions) {
        key.add(dimension.get(row));
      }
      long start = Math.floorDiv(((Number) index.get(row)).longValue(), bin) * bin;
      groups
          .computeIfAbsent(key, k -> new TreeMap<>())
          .computeIfAbsent(start, s -> new ArrayList<>())
          .add(CellValues.get(values, row));
    }
    return output(
        arguments, dimensions, groups, percentile, bin, window, values.type(), environment);
  }

  private static Table output(
      List<Expression> arguments,
      List<Column> dimensions,
      Map<List<Object>, TreeMap<Long, List<Value>>> groups,
      Value percentile,
      long bin,
      long window,
      KqlType valueType,
      Environment environment) {
    List<Expression> dimensionArguments = arguments.subList(5, arguments.size());
    List<String> names = new ArrayList<>();
    names.add(ProjectStage.nameOf(arguments.get(2)));
    dimensionArguments.forEach(d -> names.add(ProjectStage.nameOf(d)));
    names.add(
        "rolling_"
            + window
            + "_percentile_"
            + ProjectStage.nameOf(arguments.get(0))
            + "_"
            + suffix(percentile));
    List<ColumnBuilder> builders = new ArrayList<>();
    builders.add(new ColumnBuilder(KqlType.DATETIME, 16));
    dimensions.forEach(d -> builders.add(new ColumnBuilder(d.type(), 16)));
    ColumnBuilder results = null;
    int rows = 0;
    for (Map.Entry<List<Object>, TreeMap<Long, List<Value>>> group : groups.entrySet()) {
      TreeMap<Long, List<Value>> bins = group.getValue();
      for (long start = bins.firstKey(); start <= bins.lastKey(); start += bin) {
        if (!bins.containsKey(start)) {
          throw new UnsupportedFeatureException(
              PLUGIN, PLUGIN + ": a bin without rows is not documented");
        }
        Value result = windowPercentile(bins, start, bin, window, percentile, environment);
        if (results == null) {
          results = new ColumnBuilder(result.type(), 16);
        }
        builders.get(0).appendLong(start);
        for (int d = 0; d < dimensions.size(); d++) {
          builders.get(1 + d).append(group.getKey().get(d));
        }
        CellValues.append(results, result);
        rows++;
      }
    }
    List<Column> columns = new ArrayList<>();
    builders.forEach(b -> columns.add(b.build()));
    columns.add(results == null ? new ColumnBuilder(valueType, 0).build() : results.build());
    return new Table(names, columns, rows);
  }

  private static Value windowPercentile(
      TreeMap<Long, List<Value>> bins,
      long start,
      long bin,
      long window,
      Value percentile,
      Environment environment) {
    Accumulator accumulator =
        environment.context().registry().aggregate("percentile").orElseThrow().newAccumulator();
    long first;
    try {
      first = Math.subtractExact(start, Math.multiplyExact(window - 1, bin));
    } catch (ArithmeticException reachesBeforeAnyTime) {
      first = Long.MIN_VALUE;
    }
    for (List<Value> inWindow : bins.subMap(first, true, start, true).values()) {
      inWindow.forEach(value -> accumulator.add(List.of(value, percentile)));
    }
    return accumulator.result();
  }

  private static String suffix(Value percentile) {
    Double number = io.sentinelforge.eval.value.Numbers.asDouble(percentile);
    if (number == null) {
      throw new EvaluationException(PLUGIN + ": Percentile must be a number");
    }
    return number == Math.floor(number)
        ? Long.toString(number.longValue())
        : Double.toString(number).replace('.', '_');
  }
}
