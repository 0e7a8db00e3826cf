package io.sentinelforge.kql.lint;

import io.sentinelforge.diag.Severity;
import io.sentinelforge.kql.semantic.SyntaxWalk;
import io.sentinelforge.kql.syntax.JoinOperator;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.OperatorParameter;
import java.util.ArrayList;
import java.util.List;

/**
 * KQL504: a {@code join} without {@code kind=} is {@code innerunique}, which silently drops
 * duplicate left keys; say which kind is meant.
 */
public final class JoinWithoutKind implements LintRule {

  /** This rule's code. */
  public static final String CODE = "KQL504";

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
          if (node instanceof JoinOperator && !hasKind((JoinOperator) node)) {
            findings.add(
                new KqlDiagnostic(
                    CODE,
                    Severity.WARNING,
                    "join without kind= defaults to innerunique, which keeps one row per left key;"
                        + " write kind=innerunique or the kind you mean",
                    node.span()));
          }
        });
    return findings;
  }

  private static boolean hasKind(JoinOperator join) {
    for (OperatorParameter parameter : join.parameters()) {
      if (parameter.name().equalsIgnoreCase("kind")) {
        return true;
      }
    }
    return false;
  }
}
