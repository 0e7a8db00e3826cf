package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.Budget;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KQL {@code join}: a hash join on equal keys. {@code innerunique} (the default) first keeps one
 * left row per key (the first), then joins like {@code inner}. Null keys never match. Output is the
 * left columns then the right ones, right names that clash getting a numeric suffix; semi and anti
 * joins keep one side's columns only. The output size is counted and checked against the budget
 * before any row is built.
 */
public final class HashJoin {

  private HashJoin() {}

  /** Joins on the key columns {@code leftKeys[i] == rightKeys[i]}. */
  public static Table join(
      Table left,
      Table right,
      JoinKind kind,
      List<Column> leftKeys,
      List<Column> rightKeys,
      Budget budget) {
    Map<Object, IntList> rightIndex = index(right.rowCount(), rightKeys);
    IntList leftRows = new IntList(left.rowCount());
    IntList rightRows = new IntList(left.rowCount());
    boolean[] rightMatched = new boolean[right.rowCount()];
    Set<Object> seenLeftKeys = kind == JoinKind.INNERUNIQUE ? new HashSet<>() : null;
    long output = 0;
    for (int l = 0; l < left.rowCount(); l++) {
      Object key = RowKeys.key(leftKeys, l);
      if (seenLeftKeys != null && (key == null || !seenLeftKeys.add(key))) {
        continue;
      }
      IntList matches = key == null ? null : rightIndex.get(key);
      int count = matches == null ? 0 : matches.size();
      if (count == 0) {
        if (kind == JoinKind.LEFTANTI || kind.keepsUnmatchedLeft()) {
          leftRows.add(l);
          rightRows.add(-1);
          output++;
        }
        continue;
      }
      if (kind == JoinKind.LEFTANTI) {
        continue;
      }
      if (kind == JoinKind.LEFTSEMI) {
        leftRows.add(l);
        output++;
        continue;
      }
      output += emitMatches(kind, l, matches, leftRows, rightRows, rightMatched, output, budget);
    }
    if (kind == JoinKind.LEFTSEMI || kind == JoinKind.LEFTANTI) {
      return left.select(leftRows.array(), leftRows.size());
    }
    if (kind == JoinKind.RIGHTSEMI || kind == JoinKind.RIGHTANTI) {
      return rightOnly(right, rightMatched, kind == JoinKind.RIGHTSEMI);
    }
    if (kind.keepsUnmatchedRight()) {
      for (int r = 0; r < right.rowCount(); r++) {
        if (!rightMatched[r]) {
          leftRows.add(-1);
          rightRows.add(r);
        }
      }
    }
    budget.checkOutput("join", leftRows.size(), left.columns().size() + right.columns().size());
    return combine(left, right, leftRows, rightRows);
  }

  private static long emitMatches(
      JoinKind kind,
      int l,
      IntList matches,
      IntList leftRows,
      IntList rightRows,
      boolean[] rightMatched,
      long soFar,
      Budget budget) {
    boolean recordRows = kind != JoinKind.RIGHTSEMI && kind != JoinKind.RIGHTANTI;
    if (recordRows) {
      budget.checkOutput("join", soFar + matches.size(), 1);
    }
    for (int i = 0; i < matches.size(); i++) {
      int r = matches.get(i);
      rightMatched[r] = true;
      if (recordRows) {
        leftRows.add(l);
        rightRows.add(r);
      }
    }
    return recordRows ? matches.size() : 0;
  }

  private static Map<Object, IntList> index(int rows, List<Column> keys) {
    Map<Object, IntList> index = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      Object key = RowKeys.key(keys, r);
      if (key != null) {
        index.computeIfAbsent(key, k -> new IntList(2)).add(r);
      }
    }
    return index;
  }

  private static Table rightOnly(Table right, boolean[] matched, boolean keepMatched) {
    IntList rows = new IntList(right.rowCount());
    for (int r = 0; r < right.rowCount(); r++) {
      if (matched[r] == keepMatched) {
        rows.add(r);
      }
    }
    return right.select(rows.array(), rows.size());
  }

  /** Left columns then right columns (renamed on clashes) at the paired row indexes. */
  static Table combine(Table left, Table right, IntList leftRows, IntList rightRows) {
    List<String> names = new ArrayList<>(left.names());
    List<Column> columns = new ArrayList<>();
    Table leftPart = left.select(leftRows.array(), leftRows.size());
    Table rightPart = right.select(rightRows.array(), rightRows.size());
    columns.addAll(leftPart.columns());
    for (int c = 0; c < right.names().size(); c++) {
      names.add(ColumnNames.unique(right.names().get(c), names));
      columns.add(rightPart.columns().get(c));
    }
    return new Table(names, columns, leftRows.size());
  }
}
