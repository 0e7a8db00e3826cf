package io.sentinelforge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.eval.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which columns a query returns and what is in them: tuple assignments, union's type-split names,
 * evaluate output schemas, project-by-names, keyword names and request properties. Each case: the
 * query, its column names joined by ',', its rows (cells by ',', rows by ';').
 */
class OutputColumnsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // keywords as column names
        "print print = iff(bool(null) and true, true, false) # print # false",
        "print x = 1 | extend search = x + 1 | project evaluate = ['search'] # evaluate # 2",
        // several arrays sorted together: one column per array, named after the arguments
        "let a1 = dynamic([1,3,2]); let a2 = dynamic(['a','b','c']); print array_sort_asc(a1, a2)"
            + " # a1_sorted,a2_sorted # [1,2,3],[\"a\",\"c\",\"b\"]",
        "print array_sort_desc(dynamic([1,3,2]), dynamic([4,5,6]))"
            + " # array0_sorted,array1_sorted # [3,2,1],[5,6,4]",
        "print (x, y) = array_sort_asc(dynamic([2,null,1]), dynamic([7,8,9]), false)"
            + " # x,y # [null,1,2],[8,9,7]",
        "let x = dynamic([1]); print a = 1, array_sort_asc(x, x), 5"
            + " # a,x_sorted,x_sorted1,print_2 # 1,[1],[1],5",
        "print a = dynamic([2,1]), b = dynamic([1]) | project (s, t) = array_sort_asc(a, b)"
            + " # s,t # [1,2],",
        "print a = dynamic([2,1]) | extend s = array_sort_asc(a, a), array_sort_desc(a, a)"
            + " # a,s,a_sorted,a_sorted1,a_sorted2 # [2,1],[1,2],[1,2],[2,1],[2,1]",
        "print a = dynamic([2,1]) | summarize count() by array_sort_asc(a, a)"
            + " # a_sorted,a_sorted1,count_ # [1,2],[1,2],1",
        // union: a name with several types is split; a generated name that is taken is numbered
        "union (print x = 1), (print x = toint(2)), (print x_long = 3)"
            + " # x_long1,x_int,x_long # 1,,;,2,;,,3",
        "union kind=inner (print x = 1, y = 'a'), (print x = toint(2)) # x_long,x_int # 1,;,2",
        // evaluate output schema: only the declared columns, typed; * keeps the input's columns
        "print d = dynamic({'Name':'A','Age':'20','h':1}), k = 'x'"
            + " | evaluate bag_unpack(d) : (*, Name:string, Age:long) # k,Name,Age # x,A,20",
        "print d = dynamic({'Name':'A'}), k = 'x' | evaluate bag_unpack(d) : (Name:string, Age:long)"
            + " # Name,Age # A,",
        // project-by-names: specifier order, patterns, arrays, unknown names ignored, no repeats
        "print Name='P', Age=1, City='C', Country='U' | project-by-names 'C*', 'Name', 'Nope', 'City'"
            + " # City,Country,Name # C,U,P",
        "print Name='P', Age=1 | project-by-names dynamic(['Age', 'Name']) # Age,Name # 1,P",
        "let T = print A = 1, B = 2; print Columns = column_names_of(T) # Columns # [\"A\",\"B\"]",
        "let F = (S:(A:long)) { S | extend C = 1 | project-by-names column_names_of(S) };"
            + " print A = 1, B = 2 | invoke F() # A,B # 1,2",
        // request properties from set statements
        "set query_bin_auto_size = 10; print x = 27 | extend y = bin_auto(x) # x,y # 27,20",
        "set query_bin_auto_size = 10; set query_bin_auto_at = 5; print x = 27 | project bin_auto(x)"
            + " # x # 25",
      })
  void returns(String query, String columns, String rows) {
    Table table = EvalTesting.table(query);
    assertEquals(columns, String.join(",", table.names()));
    List<String> lines = new ArrayList<>();
    for (List<String> row : EvalTesting.rows(table)) {
      lines.add(String.join(",", row));
    }
    assertEquals(rows == null ? "" : rows, String.join(";", lines));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "print (a, b) = 1 # does not have multiple named values",
        "print (a, b, c) = array_sort_asc(dynamic([1]), dynamic([2])) # does not have a corresponding",
        "print x = 1 | project-by-names 1 # project-by-names expects column names",
        "print x = bin_auto(1) # set query_bin_auto_size",
      })
  void fails(String query, String message) {
    EvalResult result = Evaluator.run(query, Map.of(), EvalTesting.NOW, Fixtures.none());
    EvalResult.Failed failed = assertInstanceOf(EvalResult.Failed.class, result);
    assertTrue(failed.message().contains(message), failed.message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "print x = dynamic([1, 2]) | extend (r, s, v, rv, i, l) = series_fit_line(x) # series_fit_line",
        "print (lo, lo_idx) = series_stats(dynamic([1])) # series_stats",
      })
  void severalResultsOfOtherFunctionsAreUnsupportedNotWrong(String query, String function) {
    EvalResult result = Evaluator.run(query, Map.of(), EvalTesting.NOW, Fixtures.none());
    EvalResult.Unsupported unsupported = assertInstanceOf(EvalResult.Unsupported.class, result);
    assertTrue(unsupported.toString().contains(function), unsupported::toString);
  }
}
