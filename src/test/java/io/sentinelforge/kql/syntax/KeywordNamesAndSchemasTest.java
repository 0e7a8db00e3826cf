package io.sentinelforge.kql.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operator words used as names, tuple assignments, {@code evaluate … : (*, …)} output schemas and
 * {@code project-by-names}: what Kusto's own parser accepts (checked with Kusto.Language 12.4.1)
 * and where it stops.
 */
class KeywordNamesAndSchemasTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "print print = iff(bool(null) and true, true, false)",
        "print x = 1 | extend search = 1, find = 2, evaluate = 3, datatable = 4 | project print = x",
        "print x = 1 | extend (print, find) = array_sort_asc(x, x) | where ['print'] == 1",
        "print (a, b) = array_sort_asc(dynamic([2, 1]), dynamic(['x', 'y']))",
        "print x = 1 | extend (a, b) = array_sort_desc(x, x) | summarize by a, b",
        "T | evaluate bag_unpack(d) : (*, Name:string, Age:long)",
        "T | evaluate bag_unpack(d) : (Name:string)",
        "T | project-by-names dynamic(['Name', 'Country'])",
        "T | project-by-names 'C*', column_names_of(U), cols",
      })
  void accepts(String query) {
    ParseResult result = KqlParser.parse(query);
    assertTrue(result.ok(), () -> result.diagnostics().toString());
    String printed = KqlPrinter.print(result.query());
    ParseResult again = KqlParser.parse(printed);
    assertTrue(again.ok(), () -> printed + " " + again.diagnostics());
    assertEquals(printed, KqlPrinter.print(again.query()));
  }

  /** Each case: the query, then a line whose caret marks where the one error is, and its code. */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " ~ ",
      textBlock =
          """
          'print union = 1'                             ~ '      ^ KQL001'
          'print x = 1 | where print == 1'              ~ '                    ^ KQL001'
          'search *\n where x > 1'                      ~ '        ^ KQL001'
          'print and = 1'                               ~ '      ^ KQL001'
          'T | evaluate bag_unpack(d) : (Name:string, *)' ~ '                                           ^ KQL001'
          'T | evaluate bag_unpack(d) : ()'             ~ '                              ^ KQL001'
          'T | project-by-names'                        ~ '                    ^ KQL005'
          """)
  void rejectsAtTheCaret(String query, String caretLine) {
    ParseResult result = KqlParser.parse(query.replace("\\n", "\n"));
    assertFalse(result.ok(), query);
    KqlDiagnostic diagnostic = result.diagnostics().get(0);
    int column = caretLine.indexOf('^');
    String code = caretLine.substring(column + 1).strip();
    assertEquals(code, diagnostic.code(), diagnostic::message);
    assertEquals(column, diagnostic.span().start(), diagnostic::message);
  }

  @Test
  void buildsTheOutputSchemaStar() {
    Query tree = KqlParser.parse("T | evaluate bag_unpack(d) : (*, Name:string)").query();
    PipeExpression pipe =
        (PipeExpression) ((ExpressionStatement) tree.statements().get(0)).expression();
    EvaluateOperator evaluate = (EvaluateOperator) pipe.operator();
    assertTrue(evaluate.keepsInputColumns());
    assertEquals(List.of("Name"), evaluate.outputSchema().stream().map(c -> c.name()).toList());
  }
}
