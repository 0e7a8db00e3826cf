package io.sentinelforge.eval;

import static io.sentinelforge.eval.EvalTesting.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tabular operators end to end: each query's rows, cells joined by ',' and rows by ';'. */
class OperatorsTest {

  private static final String T =
      "datatable(k:string, v:long, d:dynamic)['a', 1, dynamic([1,2]), 'b', long(null), dynamic({'x':1}),"
          + " 'a', 3, dynamic([])]";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // sort: descending by default, nulls last when descending and first when ascending
        T + " | sort by v | project v # T.v # 3;1;",
        T + " | sort by v asc | project v # T.v # ;1;3",
        T + " | top 1 by v | project k # top # a",
        // summarize names and empty input
        T + " | summarize count(), sum(v), max(v) by k # summarize # a,2,4,3;b,1,,",
        T + " | where v > 100 | summarize count() # empty summarize # 0",
        T + " | summarize arg_max(v, *) by k | project k, v # arg_max # a,3;b,",
        T + " | summarize avg = sum(v) / count() # expression around aggregates # 1",
        T
            + " | summarize twice = sum(v) * 2, n = count() by k # computed keeps its place"
            + " # a,8,2;b,,1",
        // mv-expand: arrays, bags, empty arrays give no row
        T + " | mv-expand d | project k, d # mv-expand # a,1;a,2;b,{\"x\":1}",
        T + " | mv-expand with_itemindex=i d | project i # with_itemindex # 0;1;0",
        // project family
        T + " | project-away d, v | take 1 # project-away # a",
        T + " | project-rename key = k | project key | take 1 # project-rename # a",
        T + " | project-reorder v | take 1 | project v # project-reorder # 1",
        T + " | extend w = v * 2 | project w | take 1 # extend # 2",
        T + " | distinct k # distinct # a;b",
        // parse family
        "print s = 'id=42 user=bob' | parse s with 'id=' id:long ' user=' user | project id, user"
            + " # parse # 42,bob",
        "print s = 'a=1, b=x' | parse-kv s as (a:long, b:string) with (pair_delimiter=',',"
            + " kv_delimiter='=') | project a, b # parse-kv # 1,x",
        // a sort right before a summarize that ignores order is not performed (make_set keeps the
        // data's order, as the engine's output shows); make_list and arg_max keep the sort
        "datatable(k:string, v:long)['a', 2, 'a', 1, 'a', 3] | sort by v asc"
            + " | summarize s = make_set(v), n = count() by k | project s, n # sort, make_set # [2,1,3],3",
        "datatable(k:string, v:long)['a', 2, 'a', 1, 'a', 3] | sort by v asc"
            + " | summarize l = make_list(v) by k | project l # sort, make_list # [1,2,3]",
        "datatable(k:string, v:long, w:long)['a', 2, 1, 'a', 1, 1] | sort by v asc"
            + " | summarize arg_max(w, v) by k | project v # sort, arg_max tie # 1",
        // in / !in over a tabular let: its first column is the list
        "let known = datatable(k:string)['a']; "
            + T
            + " | where k in (known) | project v # in T # 1;3",
        "let known = datatable(k:string)['a']; "
            + T
            + " | where k !in (known) | project k # !in T # b",
        // union and lookup
        "union (print x = 1), (print x = 2) # union # 1;2",
        "datatable(k:long)[1, 2] | lookup (datatable(k:long, n:string)[1, 'one']) on k"
            + " # lookup # 1,one;2,",
        // mv-apply runs the subquery per row
        "datatable(a:dynamic)[dynamic([1, 5, 3])] | mv-apply x = a to typeof(long) on"
            + " (summarize m = max(x)) | project m # mv-apply # 5",
        // make-series fills missing bins with the default
        "datatable(t:datetime, n:long)[datetime(2026-01-01), 2, datetime(2026-01-03), 5]"
            + " | make-series s = sum(n) default = 0 on t from datetime(2026-01-01)"
            + " to datetime(2026-01-04) step 1d | project s # make-series # [2,0,5]",
      })
  void operator(String query, String label, String expected) {
    List<String> lines = new java.util.ArrayList<>();
    for (List<String> row : rows(query)) {
      lines.add(String.join(",", row));
    }
    String actual = String.join(";", lines);
    assertEquals(expected, actual, label);
  }
}
