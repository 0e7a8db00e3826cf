package io.sentinelforge.kql.lint;

import io.sentinelforge.diag.Severity;
import io.sentinelforge.kql.semantic.SyntaxWalk;
import io.sentinelforge.kql.syntax.BinaryExpression;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KQL501: {@code contains} with a whole word (letters and digits, 3 or more) where the term index
 * of {@code has} would answer faster; {@code has} matches whole terms only, so the hint is a
 * warning for the author to confirm, not an automatic rewrite.
 */
public final class ContainsWhereHasWouldDo implements LintRule {

  /** This rule's code. */
  public static final String CODE = "KQL501";

  private static final Map<String, String> REPLACEMENTS =
      Map.of(
          "contains",
          "has",
          "!contains",
          "!has",
          "contains_cs",
          "has_cs",
          "!contains_cs",
          "!has_cs");

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<KqlDiagnostic> check(LintSubject subject) {
    List<KqlDiagnostic> findings = new ArrayList<>();
    SyntaxWalk.visit(
        subject.query(),
        node -> {
          if (node instanceof BinaryExpression) {
            BinaryExpression binary = (BinaryExpression) node;
            String replacement = REPLACEMENTS.get(binary.operator());
            if (replacement != null && isWholeTerm(binary.right())) {
              findings.add(
                  new KqlDiagnostic(
                      CODE,
                      Severity.WARNING,
                      "'"
                          + binary.operator()
                          + "' with a whole term: '"
                          + replacement
                          + "' uses the term index and is faster (it matches whole terms only)",
                      binary.span()));
            }
          }
        });
    return findings;
  }

  private static boolean isWholeTerm(Object right) {
    if (!(right instanceof Literal) || ((Literal) right).kind() != LiteralKind.STRING) {
      return false;
    }
    String value = KqlStrings.value(((Literal) right).text());
    if (value.length() < 3) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isLetterOrDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
