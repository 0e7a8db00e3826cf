package io.sentinelforge.kql.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KqlParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SecurityEvent | where EventID == 4625 | summarize count() by Account",
        "let threshold = 5; SigninLogs | where ResultType != 0 | take threshold",
        "T | extend a = 1, b = strcat('x', @'y'), c = dynamic({\"k\": [1, 2, null]})",
        "T | join kind=inner (U | where x > 1) on $left.a == $right.b",
        "union isfuzzy=true A, B* | project-away Col*, Other",
        "T | mv-expand x = parse_json(y) to typeof(string) limit 10",
        "T | parse Message with * \"user=\" User:string \" \" Rest",
        "datatable(a:string, b:long)['x', 1, 'y', 2] | where b between (1 .. 2)",
        "let f = (T:(*), n:long = 3) { T | take n }; f(Events)",
        "T | where Name has_any ('a', 'b') and Path !contains_cs \"x\" and not(isempty(z))",
        "T | make-series c = count() default = 0 on TimeGenerated from ago(7d) to now() step 1h by k",
        "T | mv-apply e = Entities on (where e.Type == 'account' | project e)",
        "T | sort by a desc nulls last, b asc | top 10 by c | render timechart",
        "externaldata(u:string)[h@'https://x/y.csv'] with (format='csv', ignoreFirstRecord=true)",
        "print x = datetime(2024-01-01) + 1d, g = guid(00000000-0000-0000-0000-000000000000)",
        "T | where x matches regex \"a.+\" | lookup kind=leftouter (U) on k | distinct *",
        "T | reduce by Text",
        "T | scan with_match_id=m declare (c:long = 0, s:string) with (step a: x > 1 => c = a.c + 1;"
            + " step b output=none: true;)",
        "T | reduce kind=source by tostring(x) with threshold=0.01, characters='-_'",
        "T | reduce by Text with characters = \"X\" | project reduce = Pattern",
        "",
        "// only a comment",
      })
  void acceptsValidQueries(String query) {
    ParseResult result = KqlParser.parse(query);
    assertTrue(result.ok(), () -> result.diagnostics().toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "¦",
      value = {
        "T | where¦KQL005¦expected an expression",
        "T | wher x¦KQL006¦expected a query operator after '|', found 'wher'",
        "T | where f(a, b¦KQL002¦expected ')' to close '(' opened at 1:12",
        "T | where x == \"abc¦KQL003¦unterminated string literal",
        "T | where x === 1¦KQL005¦expected an expression",
        "let x = 1\\nT¦KQL009¦expected ';' after the let statement",
        "T | reduce by x with limit=3¦KQL001¦unexpected 'limit': expected 'threshold' or 'characters'",
        "T | reduce Text¦KQL001¦unexpected 'Text': expected 'by'",
        "T | scan with_id=m with (step a: true;)¦KQL001¦unexpected 'with_id': expected 'with_match_id'",
        "T | scan with (step a output=some: true;)¦KQL001¦unexpected 'some': expected 'all', 'last'",
        "T | scan with (step a: true)¦KQL001¦unexpected ')': expected ';'",
      })
  void reportsOnePreciseError(String query, String code, String messageStart) {
    ParseResult result = KqlParser.parse(query.replace("\\n", "\n"));
    assertFalse(result.ok());
    assertEquals(1, result.diagnostics().size());
    KqlDiagnostic diagnostic = result.diagnostics().get(0);
    assertEquals(code, diagnostic.code(), diagnostic::message);
    assertTrue(diagnostic.message().startsWith(messageStart), diagnostic::message);
  }

  @Test
  void buildsTheTreeWithSpans() {
    String query = "SecurityEvent\n| where EventID == 4625";
    Query tree = KqlParser.parse(query).query();
    ExpressionStatement statement = (ExpressionStatement) tree.statements().get(0);
    PipeExpression pipe = assertInstanceOf(PipeExpression.class, statement.expression());
    assertEquals(new NameReference("SecurityEvent", new Span(0, 13)), pipe.source());
    WhereOperator where = assertInstanceOf(WhereOperator.class, pipe.operator());
    BinaryExpression predicate = assertInstanceOf(BinaryExpression.class, where.predicate());
    assertEquals("==", predicate.operator());
    assertEquals("EventID == 4625", predicate.span().text(query));
    assertEquals(new Literal(LiteralKind.LONG, "4625", new Span(33, 37)), predicate.right());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "T | reduce by Text",
        "T | reduce kind=source by strcat(a, b) with threshold=0.5, characters='Z'",
        "T | reduce by Text with characters='X', threshold=0.001",
        "T | scan with_match_id=m declare (c:long = 0) with (step s1: true => c = s1.c + x;"
            + " step s2 output=none: x > s1.c;)",
      })
  void printsReduceAndScanSoThatTheyParseToTheSameTree(String query) {
    Query tree = KqlParser.parse(query).query();
    String printed = KqlPrinter.print(tree);
    ParseResult reparsed = KqlParser.parse(printed);
    assertTrue(reparsed.ok(), () -> printed + ": " + reparsed.diagnostics());
    assertEquals(null, SyntaxTrees.difference(tree, reparsed.query(), "query"), printed);
  }

  @Test
  void buildsReduceWithItsOptions() {
    Query tree = KqlParser.parse("T | reduce kind=source by s with threshold=0.2").query();
    PipeExpression pipe =
        (PipeExpression) ((ExpressionStatement) tree.statements().get(0)).expression();
    ReduceOperator reduce = assertInstanceOf(ReduceOperator.class, pipe.operator());
    assertEquals("kind", reduce.parameters().get(0).name());
    assertEquals("s", ((NameReference) reduce.by()).name());
    assertEquals("threshold", reduce.options().get(0).name());
    assertEquals("0.2", ((Literal) reduce.options().get(0).value()).text());
  }

  @Test
  void reportsMissingTextAfterTheLastGoodToken() {
    ParseResult result = KqlParser.parse("T\n| where\n| take 1");
    assertEquals(new Span(9, 9), result.diagnostics().get(0).span());
  }

  @Test
  void decodesNamesAndStrings() {
    Query tree = KqlParser.parse("T | project ['a b'] = 'x\\ty'").query();
    PipeExpression pipe =
        (PipeExpression) ((ExpressionStatement) tree.statements().get(0)).expression();
    NamedExpression named = (NamedExpression) ((ProjectOperator) pipe.operator()).columns().get(0);
    assertEquals(List.of("a b"), named.names());
    assertEquals("x\ty", KqlStrings.value(((Literal) named.value()).text()));
  }
}
