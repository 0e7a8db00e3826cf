package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.ColumnEvaluator;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ScanColumn;
import io.sentinelforge.kql.syntax.ScanOperator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record layout of a scan (input columns, then declared columns) and the evaluation of a step's
 * expressions for one record against one step state: the record becomes a one-row table whose extra
 * columns hold each step's values ({@code s1.Ts}), or the defaults when the state has no record for
 * that step.
 */
final class ScanRecords {

  private final List<String> names;
  private final List<KqlType> types;
  private final Value[] defaults;
  private final List<String> stepNames;
  private final Environment environment;
  private final Map<Expression, ScanReads> reads = new IdentityHashMap<>();

  ScanRecords(
      List<String> names,
      List<KqlType> types,
      Value[] defaults,
      List<String> stepNames,
      Environment environment) {
    this.names = List.copyOf(names);
    this.types = List.copyOf(types);
    this.defaults = defaults.clone();
    this.stepNames = List.copyOf(stepNames);
    this.environment = environment;
  }

  /** The layout of a scan over {@code input}: its columns, then the declared ones. */
  static ScanRecords of(Table input, ScanOperator node, Environment environment) {
    List<String> names = new ArrayList<>(input.names());
    List<KqlType> types = new ArrayList<>();
    input.columns().forEach(column -> types.add(column.type()));
    List<Value> defaults = new ArrayList<>();
    input.columns().forEach(column -> defaults.add(Values.nullOf(column.type())));
    for (ScanColumn declared : node.declarations()) {
      KqlType type = SourceStages.type(declared.column());
      names.add(declared.column().name());
      types.add(type);
      defaults.add(
          declared.defaultValue() == null
              ? Values.nullOf(type)
              : SourceStages.convert(
                  PluginArguments.constant(declared.defaultValue(), environment), type));
    }
    List<String> stepNames = new ArrayList<>();
    node.steps().forEach(step -> stepNames.add(step.name()));
    return new ScanRecords(names, types, defaults.toArray(new Value[0]), stepNames, environment);
  }

  List<String> names() {
    return names;
  }

  List<KqlType> types() {
    return types;
  }

  /** Row {@code row} of the input extended with the declared columns' defaults. */
  Value[] record(Table input, int row) {
    Value[] record = defaults.clone();
    for (int c = 0; c < input.columns().size(); c++) {
      record[c] = CellValues.get(input.columns().get(c), row);
    }
    return record;
  }

  /** The expression's value for the record, seeing {@code state} (null: every step empty). */
  Value evaluate(Expression expression, Value[] record, Value[][] state) {
    ScanReads reads =
        this.reads.computeIfAbsent(expression, e -> ScanReads.of(e, names, stepNames));
    List<String> columnNames = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int c : reads != null ? reads.columns() : allColumns()) {
      columnNames.add(names.get(c));
      columns.add(cell(types.get(c), record[c]));
    }
    for (int step = 0; step < stepNames.size(); step++) {
      Value[] values = state != null && step < state.length ? state[step] : null;
      for (int c = 0; c < names.size(); c++) {
        if (reads == null || reads.readsStepColumn(step, c)) {
          columnNames.add(
              ColumnEvaluator.SCAN_STATE_PREFIX + stepNames.get(step) + "." + names.get(c));
          columns.add(cell(types.get(c), values != null ? values[c] : defaults[c]));
        }
      }
    }
    Table row = new Table(columnNames, columns, 1);
    return CellValues.get(environment.column(row, expression), 0);
  }

  private int[] allColumns() {
    return java.util.stream.IntStream.range(0, names.size()).toArray();
  }

  private static Column cell(KqlType type, Value value) {
    ColumnBuilder builder = new ColumnBuilder(type, 1);
    CellValues.append(builder, value == null ? Values.nullOf(type) : value);
    return builder.build();
  }
}
