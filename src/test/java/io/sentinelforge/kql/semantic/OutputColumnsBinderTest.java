package io.sentinelforge.kql.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sentinelforge.kql.schema.SchemaCatalog;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.KqlParser;
import io.sentinelforge.kql.syntax.ParseResult;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The binder's result schema for tuple assignments, union's type-split names, evaluate output
 * schemas, project-by-names and column_names_of; each case: query, codes, columns as name:type
 * ('open' appended when the schema is open).
 */
class OutputColumnsBinderTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " ~ ",
      textBlock =
          """
          print print = 1 ~ '' ~ print:long
          let a1 = dynamic([1]); let a2 = dynamic([2]); print array_sort_asc(a1, a2) ~ '' ~ a1_sorted:dynamic a2_sorted:dynamic
          let x = dynamic([1]); print a = 1, array_sort_asc(x, x), 5 ~ '' ~ a:long x_sorted:dynamic x_sorted1:dynamic print_2:long
          print (x, y) = array_sort_desc(dynamic([1]), dynamic([2]), false) ~ '' ~ x:dynamic y:dynamic
          print a = dynamic([1]) | extend z = array_sort_asc(a, a), array_sort_asc(a, a) ~ '' ~ a:dynamic z:dynamic a_sorted:dynamic a_sorted1:dynamic a_sorted2:dynamic
          print a = dynamic([1]) | project (p, q) = array_sort_asc(a, a) ~ '' ~ p:dynamic q:dynamic
          print a = dynamic([1]) | summarize by array_sort_asc(a, a) ~ '' ~ a_sorted:dynamic a_sorted1:dynamic
          print (a, b) = 1 ~ KQL205 ~ -
          print x = dynamic([1, 2]) | extend (r, s, v, rv, i, l) = series_fit_line(x) | project r, l ~ '' ~ -
          print (lo, lo_idx, hi) = series_stats(dynamic([1])) | project hi ~ '' ~ -
          print (a, b, c) = array_sort_asc(dynamic([1]), dynamic([2])) ~ KQL205 ~ -
          union (print x = 1), (print x = toint(2)), (print x_long = 3) ~ '' ~ x_long1:long x_int:int x_long:long
          print d = dynamic({}), k = 'x' | evaluate bag_unpack(d) : (*, Name:string, Age:long) ~ '' ~ k:string Name:string Age:long
          print d = dynamic({}), k = 'x' | evaluate bag_unpack(d) : (Name:string) ~ '' ~ Name:string
          print Name = 'P', Age = 1, City = 'C' | project-by-names 'C*', dynamic(['Age', 'Nope']), 'Name' ~ '' ~ City:string Age:long Name:string
          let T = print A = 1; print Name = 'P', A = 2 | project-by-names column_names_of(T) ~ '' ~ A:long
          let f = (cols:dynamic) { print A = 1, B = 2 | project-by-names cols }; f(dynamic(['A'])) ~ '' ~ open
          let T = print A = 1; print Columns = column_names_of(T) ~ '' ~ Columns:dynamic
          """)
  void binds(String query, String expectedCodes, String expectedColumns) {
    ParseResult parsed = KqlParser.parse(query);
    assertTrue(parsed.ok(), () -> "syntax: " + parsed.diagnostics());
    SemanticModel model = Binder.bind(parsed.query(), SchemaCatalog.builtIn());
    String codes =
        model.diagnostics().stream().map(KqlDiagnostic::code).collect(Collectors.joining(" "));
    assertEquals(expectedCodes == null ? "" : expectedCodes, codes, model.diagnostics()::toString);
    if (!expectedColumns.equals("-")) {
      RowSchema schema = model.resultSchema();
      String columns =
          schema.columns().stream()
              .map(column -> column.name() + ":" + column.type().kqlName())
              .collect(Collectors.joining(" "));
      assertEquals(expectedColumns, (columns + (schema.open() ? " open" : "")).strip());
    }
  }
}
