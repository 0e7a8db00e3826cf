package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ScanOperator;
import io.sentinelforge.kql.syntax.ScanStep;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scan}: each record is checked against the steps from last to first, as the scan page's
 * matching logic says. Check 1: the previous step has a state and the condition holds with it →
 * that state moves to this step, the record (with this step's assignments) is added to it and
 * output. Otherwise check 2: this step has a state, or is the first step, and the condition holds
 * with this step's state → the record replaces this step's values (a first step with no state
 * starts a new sequence and match id) and is output. {@code output=last} is unsupported.
 */
final class ScanStage {

  private ScanStage() {}

  /** One step's state: the values of steps 1..k and the match id of its sequence. */
  private static final class State {
    Value[][] records;
    final long matchId;

    State(Value[][] records, long matchId) {
      this.records = records;
      this.matchId = matchId;
    }
  }

  static Table apply(Table input, ScanOperator node, Environment environment) {
    ScanRecords layout = ScanRecords.of(input, node, environment);
    List<ScanStep> steps = node.steps();
    for (ScanStep step : steps) {
      if ("last".equals(step.output())) {
        throw new UnsupportedFeatureException(
            "scan output=last", "scan output=last is not supported");
      }
    }
    State[] states = new State[steps.size()];
    long[] nextMatchId = {0};
    List<Value[]> output = new ArrayList<>();
    List<Long> outputIds = new ArrayList<>();
    for (int row = 0; row < input.rowCount(); row++) {
      if ((row & 1023) == 0) {
        environment.context().budget().checkTime("scan");
      }
      Value[] record = layout.record(input, row);
      for (int k = steps.size() - 1; k >= 0; k--) {
        State matched = match(layout, steps.get(k), k, record, states, nextMatchId);
        if (matched != null && !"none".equals(steps.get(k).output())) {
          output.add(matched.records[k]);
          outputIds.add(matched.matchId);
        }
      }
    }
    return table(layout, output, node.matchIdColumn(), outputIds);
  }

  /** Checks 1 and 2 for one step; the state the record joined, or null when it did not match. */
  private static State match(
      ScanRecords layout, ScanStep step, int k, Value[] record, State[] states, long[] nextId) {
    if (k > 0 && states[k - 1] != null) {
      State previous = states[k - 1];
      if (Values.isTrue(layout.evaluate(step.condition(), record, previous.records))) {
        State promoted =
            new State(java.util.Arrays.copyOf(previous.records, k + 1), previous.matchId);
        states[k - 1] = null;
        states[k] = promoted;
        promoted.records[k] = assign(layout, step, record, promoted.records);
        return promoted;
      }
    }
    if (states[k] == null && k > 0) {
      return null;
    }
    Value[][] seen = states[k] == null ? null : states[k].records;
    if (!Values.isTrue(layout.evaluate(step.condition(), record, seen))) {
      return null;
    }
    Value[] extended = assign(layout, step, record, seen);
    if (states[k] == null) {
      states[k] = new State(new Value[][] {extended}, nextId[0]++);
    } else {
      states[k].records[k] = extended;
    }
    return states[k];
  }

  private static Value[] assign(
      ScanRecords layout, ScanStep step, Value[] record, Value[][] state) {
    Value[] extended = record.clone();
    for (NamedExpression assignment : step.assignments()) {
      int column = layout.names().indexOf(assignment.names().get(0));
      if (column < 0) {
        throw new EvaluationException(
            "scan: '" + assignment.names().get(0) + "' is not a declared column");
      }
      Value value = layout.evaluate(assignment.value(), record, state);
      extended[column] = SourceStages.convert(value, layout.types().get(column));
    }
    return extended;
  }

  private static Table table(
      ScanRecords layout, List<Value[]> output, String matchIdColumn, List<Long> ids) {
    List<String> names = new ArrayList<>(layout.names());
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < layout.names().size(); c++) {
      ColumnBuilder builder = new ColumnBuilder(layout.types().get(c), output.size());
      for (Value[] record : output) {
        CellValues.append(builder, record[c]);
      }
      columns.add(builder.build());
    }
    if (matchIdColumn != null) {
      names.add(matchIdColumn);
      ColumnBuilder builder = new ColumnBuilder(KqlType.LONG, ids.size());
      ids.forEach(builder::appendLong);
      columns.add(builder.build());
    }
    return new Table(names, columns, output.size());
  }
}
