package io.sentinelforge.eval;

import static io.sentinelforge.eval.EvalTesting.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scan} with the matching logic of the scan reference page; the expected rows are the page's
 * examples (cells joined by ',' and rows by ';').
 */
class ScanTest {

  private static final String EVENTS =
      "datatable(Ts:timespan, Event:string)[0m, 'A', 1m, 'Start', 2m, 'B', 3m, 'D', 4m, 'Stop',"
          + " 6m, 'C', 8m, 'Start', 11m, 'E', 12m, 'Stop'] | sort by Ts asc";

  private static final String SESSIONS =
      "datatable(Ts:timespan, Event:string)[0m, 'A', 1m, 'A', 2m, 'B', 3m, 'D', 32m, 'B',"
          + " 36m, 'C', 38m, 'D', 41m, 'E', 75m, 'A'] | sort by Ts asc";

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '#',
      value = {
        "range x from 1 to 5 step 1 | scan declare (c:long = 0) with (step s1: true => c = x + s1.c;)"
            + " # cumulative sum, default 0 before the first match # 1,1;2,3;3,6;4,10;5,15",
        "range x from 1 to 5 step 1 | scan declare (c:long = 0) with"
            + " (step s1: true => c = iff(s1.c >= 10, x, x + s1.c);) | project c"
            + " # reset after a threshold # 1;3;6;10;5",
        "datatable(Ts:timespan, Event:string)[0m, 'A', 1m, '', 2m, 'B', 3m, ''] | scan declare"
            + " (F:string = '') with (step s1: true => F = iff(isempty(Event), s1.F, Event);)"
            + " | project F # fill forward # A;A;B;B",
        EVENTS
            + " | scan with_match_id=m with (step s1: Event == 'Start';"
            + " step s2: Event != 'Start' and Event != 'Stop' and Ts - s1.Ts <= 5m;"
            + " step s3: Event == 'Stop' and Ts - s1.Ts <= 5m;) | project Event, m"
            + " # start to stop sequences # Start,0;B,0;D,0;Stop,0;Start,1;E,1;Stop,1",
        SESSIONS
            + " | scan with_match_id=id declare (start:timespan) with (step inSession: true"
            + " => start = iff(isnull(inSession.start), Ts, inSession.start);"
            + " step endSession output=none: Ts - inSession.start > 30m;) | project start, id"
            + " # sessions: output=none moves the sequence on # 00:00:00,0;00:00:00,0;"
            + "00:00:00,0;00:00:00,0;00:32:00,1;00:32:00,1;00:32:00,1;00:32:00,1;01:15:00,2",
        "datatable(T:long, E:string)[1, 'login', 5, 'x', 9, 'logout'] | scan declare (s:long, d:long)"
            + " with (step s1 output=none: E == 'login' => s = T; step s2: E == 'logout'"
            + " => s = s1.s, d = T - s1.s;) | project s, d # one row per login and logout pair # 1,8",
      })
  void scans(String query, String label, String expected) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows(query)) {
      lines.add(String.join(",", row));
    }
    assertEquals(expected, String.join(";", lines), label);
  }

  @Test
  void outputLastIsUnsupported() {
    EvalResult result =
        Evaluator.run(
            "range x from 1 to 3 step 1 | scan with (step s1 output=last: true;)",
            Map.of(),
            EvalTesting.NOW,
            Fixtures.none());
    assertInstanceOf(EvalResult.Unsupported.class, result);
  }
}
