package io.sentinelforge.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sentinelforge.diag.SourceMap;
import io.sentinelforge.diag.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPlaceholdersTest {

  private static final List<WorkbookParameter> PARAMETERS =
      List.of(
          new WorkbookParameter(
              "TimeRange", null, "timeRange", "7d", null, List.of(), false, false),
          new WorkbookParameter("Users", null, "dropdown", null, null, List.of(), true, false),
          new WorkbookParameter("Text", null, "text", null, null, List.of(), false, false));

  @Test
  void replacesTokensWithTypedPlaceholdersAndMapsOffsetsBack() {
    String query =
        "T | where TimeGenerated {TimeRange} | where U in ({Users}) and X == '{Text}' | extend Y = {Unknown}";
    QueryText original = new QueryText(query, SourceMap.identity("w.yaml", query), null);
    QueryText replaced = QueryPlaceholders.workbook(original, PARAMETERS);
    assertEquals(
        "T | where TimeGenerated between (datetime(2026-01-01T00:00:00Z) .. datetime(2026-01-02T00:00:00Z))"
            + " | where U in ('placeholder') and X == 'placeholder' | extend Y = {Unknown}",
        replaced.text());
    int afterPlaceholders = replaced.text().indexOf("{Unknown}");
    SourceSpan span = replaced.sourceMap().map(afterPlaceholders, afterPlaceholders + 9);
    assertEquals(query.indexOf("{Unknown}") + 1, span.column());
    int insideTimeRange = replaced.text().indexOf("datetime(2026-01-02");
    assertEquals(
        query.indexOf("{TimeRange}") + 1,
        replaced.sourceMap().map(insideTimeRange, insideTimeRange + 1).column());
  }

  @Test
  void logicAppInterpolationsBecomeText() {
    String query = "print IP = \"@{items('For_each')?['Address']}\" | where IP != ''";
    QueryText replaced =
        QueryPlaceholders.logicApp(new QueryText(query, SourceMap.identity("p.yaml", query), null));
    assertEquals("print IP = \"placeholder\" | where IP != ''", replaced.text());
    int where = replaced.text().indexOf("where");
    assertEquals(query.indexOf("where") + 1, replaced.sourceMap().map(where, where + 5).column());
  }
}
