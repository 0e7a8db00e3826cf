package io.sentinelforge.eval;

import static io.sentinelforge.eval.EvalTesting.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code evaluate} plugins end to end: each query's rows, cells joined by ',' and rows by ';'. */
class PluginsTest {

  private static final String SERIES = "range x from 1 to 10 step 1 | extend hit = x in (4, 9)";

  /** Appearances of two users; B's June rows lie before the analysis start. */
  private static final String VISITS =
      "datatable(User:string, Timestamp:datetime, App:string)['B', datetime(2018-06-29), 'x',"
          + " 'B', datetime(2018-06-30), 'x', 'A', datetime(2018-07-02), 'x',"
          + " 'B', datetime(2018-07-04), 'x', 'B', datetime(2018-07-08), 'x',"
          + " 'A', datetime(2018-07-10), 'y', 'A', datetime(2018-07-14), 'y',"
          + " 'A', datetime(2018-07-17), 'y', 'A', datetime(2018-07-20), 'y',"
          + " 'B', datetime(2018-07-24), 'x']";

  /** Sign-ins of three users; z's row is before every analysis start used. */
  private static final String USERS =
      "datatable(U:string, T:datetime)['z', datetime(2017-07-30), 'a', datetime(2017-08-01),"
          + " 'b', datetime(2017-08-01), 'a', datetime(2017-08-02), 'c', datetime(2017-08-03)]";

  private static final String STATES =
      "datatable(S:string, E:string, D:long)['AR', 'Heat', 3, 'AZ', 'Flood', 6, 'AR', 'Heat', 1,"
          + " 'AZ', 'Wind', 2]";

  private static final String ACTIVE =
      " | evaluate active_users_count(User, Timestamp, datetime(2018-07-01),"
          + " datetime(2018-07-31), ";

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '#',
      value = {
        SERIES + " | evaluate rows_near(hit, 1) | project x # one before and after # 3;4;5;8;9;10",
        SERIES + " | evaluate rows_near(hit, 0, 2) | project x # rows after only # 4;5;6;9;10",
        SERIES + " | evaluate rows_near(hit, 5) | count # overlapping windows once each # 10",
        SERIES + " | evaluate rows_near(x == 1, 2, 0) | project x # clipped at the start # 1",
        SERIES + " | evaluate rows_near(false, 2) | count # no match # 0",
        SERIES
            + " | evaluate rows_near(x == 9, 0, 9223372036854775807) | project x"
            + " # a huge RowsAfter does not overflow # 9;10",
        SERIES
            + " | evaluate rows_near(iff(x == 2, bool(null), x == 10), 1) | project x"
            + " # null is not true # 9;10",
        // window (t - 8d, t]: B on 07-04 has 06-29, 06-30, 07-04; on 07-08 06-30 is outside
        VISITS
            + ACTIVE
            + "8d, 1d, 3, 7d) # documented example # 2018-07-01T00:00:00Z,1;"
            + "2018-07-15T00:00:00Z,1",
        VISITS
            + ACTIVE
            + "9d, 1d, 3, 7d) # longer lookback reaches 06-30 from 07-08 #"
            + " 2018-07-01T00:00:00Z,1;2018-07-08T00:00:00Z,1;2018-07-15T00:00:00Z,1",
        VISITS
            + ACTIVE
            + "8d, 1d, 1, 7d) | where Timestamp == datetime(2018-07-01)"
            + " # every appearance active with one period # 2018-07-01T00:00:00Z,2",
        VISITS + ACTIVE + "30d, 7d, 3, 31d) # weekly periods # 2018-07-01T00:00:00Z,2",
        VISITS
            + ACTIVE
            + "8d, 1d, 1, 7d, App) | where Timestamp == datetime(2018-07-08)"
            + " # sliced by a dimension # 2018-07-08T00:00:00Z,x,1;2018-07-08T00:00:00Z,y,1",
        VISITS + ACTIVE + "8d, 1d, 1, 'month') # calendar bins # 2018-07-01T00:00:00Z,2",
        // sliding_window_counts: window of ⌊lookback / bin⌋ bins ending with each bin
        USERS
            + " | evaluate sliding_window_counts(U, T, datetime(2017-08-01), datetime(2017-08-03),"
            + " 2d, 1d) # two-bin windows # 2017-08-01T00:00:00Z,2,2;2017-08-02T00:00:00Z,3,2;"
            + "2017-08-03T00:00:00Z,2,2",
        USERS
            + " | evaluate sliding_window_counts(U, T, datetime(2017-08-01), datetime(2017-08-03),"
            + " 60h, 1d) | project Count # lookback rounded down to whole bins # 2;3;2",
        // activity_counts_metrics: rows in [Start, End] only; new and aggregated distinct counts
        USERS
            + " | evaluate activity_counts_metrics(U, T, datetime(2017-08-01),"
            + " datetime(2017-08-03), 1d) # daily metrics # 2017-08-01T00:00:00Z,2,2,2,2;"
            + "2017-08-02T00:00:00Z,1,1,0,2;2017-08-03T00:00:00Z,1,1,1,3",
        // rolling_percentile: nearest-rank percentile over the window's values
        "range i from 0 to 5 step 1 | project T = datetime(2018-01-01) + 12h * i, v = i + 1"
            + " | evaluate rolling_percentile(v, 50, T, 1d, 2) | project rolling_2_percentile_v_50"
            + " # two-day windows # 1;2;4",
        "range i from 0 to 5 step 1 | project T = datetime(2018-01-01) + 12h * i, v = i + 1"
            + " | evaluate rolling_percentile(v, 100, T, 1d, 9223372036854775807)"
            + " | project rolling_9223372036854775807_percentile_v_100 # a huge window # 2;4;6",
        // pivot: empty count()/sum() cells are 0, empty max() cells null (reference examples)
        STATES
            + " | project S, E | evaluate pivot(S) # count by the other columns"
            + " # Heat,2,0;Flood,0,1;Wind,0,1",
        STATES
            + " | evaluate pivot(S, sum(D), E) # sum with one output column # Heat,4,0;Flood,0,6;"
            + "Wind,0,2",
        STATES + " | evaluate pivot(S, max(D), E) # empty max is null # Heat,3,;Flood,,6;Wind,,2",
        STATES
            + " | evaluate pivot(S, sum(D)) # default columns leave out the aggregated one"
            + " # Heat,4,0;Flood,0,6;Wind,0,2",
        STATES
            + " | evaluate pivot(S, count(), E): (E:string, AZ:long, TX:long) # declared schema"
            + " # Heat,0,0;Flood,1,0;Wind,1,0",
        STATES
            + " | where E == 'Heat' | evaluate pivot(S, make_list(D), E)"
            + " # make_list without empty cells # Heat,[3,1]",
      })
  void plugin(String query, String label, String expected) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows(query)) {
      lines.add(String.join(",", row));
    }
    assertEquals(expected, String.join(";", lines), label);
  }

  @org.junit.jupiter.api.Test
  void pivotWithAnUndocumentedEmptyCellIsUnsupported() {
    EvalResult result =
        Evaluator.run(
            STATES + " | evaluate pivot(S, make_set(D), E)",
            Map.of(),
            EvalTesting.NOW,
            Fixtures.none());
    assertInstanceOf(EvalResult.Unsupported.class, result);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "sliding_window_counts(U, T, datetime(2017-08-01), datetime(2017-08-06), 1d, 1d)",
        "activity_counts_metrics(U, T, datetime(2017-08-01), datetime(2017-08-06), 1d)",
      })
  void anUndocumentedEmptyWindowIsUnsupported(String plugin) {
    EvalResult result =
        Evaluator.run(USERS + " | evaluate " + plugin, Map.of(), EvalTesting.NOW, Fixtures.none());
    assertInstanceOf(EvalResult.Unsupported.class, result);
  }

  @org.junit.jupiter.api.Test
  void reduceIsUnsupportedRatherThanGuessed() {
    EvalResult result =
        Evaluator.run(
            "range x from 1 to 10 step 1 | project s = strcat('fooZ', x) | reduce by s",
            Map.of(),
            EvalTesting.NOW,
            Fixtures.none());
    EvalResult.Unsupported unsupported = assertInstanceOf(EvalResult.Unsupported.class, result);
    assertEquals("reduce", unsupported.feature());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        SERIES + " | evaluate rows_near(hit) # rows_near takes",
        SERIES + " | evaluate rows_near(hit, -1) # NumRows must be",
        VISITS + ACTIVE + "8d, 1d, 3) # active_users_count takes",
        VISITS + ACTIVE + "8d, 0d, 3, 7d) # Period must be",
        USERS
            + " | evaluate sliding_window_counts(U, T, datetime(2017-08-01), datetime(2017-09-01),"
            + " 1s, 1s) # analysis bins between Start and End",
      })
  void rejects(String query, String message) {
    EvalResult result = Evaluator.run(query, Map.of(), EvalTesting.NOW, Fixtures.none());
    EvalResult.Failed failed = assertInstanceOf(EvalResult.Failed.class, result);
    assertEquals(true, failed.message().contains(message), failed.message());
  }
}
