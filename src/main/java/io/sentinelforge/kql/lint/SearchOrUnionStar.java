package io.sentinelforge.kql.lint;

import io.sentinelforge.diag.Severity;
import io.sentinelforge.kql.semantic.SyntaxWalk;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.SearchOperator;
import io.sentinelforge.kql.syntax.SyntaxNode;
import io.sentinelforge.kql.syntax.UnionOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * KQL503: {@code search} over all tables or {@code union *} scans every table in the workspace;
 * name the tables instead.
 */
public final class SearchOrUnionStar implements LintRule {

  /** This rule's code. */
  public static final String CODE = "KQL503";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<KqlDiagnostic> check(LintSubject subject) {
    List<KqlDiagnostic> findings = new ArrayList<>();
    // A piped "T | search ..." searches only its input, so only a leading search is flagged.
    Set<SyntaxNode> piped = Collections.newSetFromMap(new IdentityHashMap<>());
    SyntaxWalk.visit(
        subject.query(),
        node -> {
          if (node instanceof PipeExpression) {
            piped.add(((PipeExpression) node).operator());
          }
        });
    SyntaxWalk.visit(
        subject.query(),
        node -> {
          if (node instanceof UnionOperator && hasStar(((UnionOperator) node).tables())) {
            findings.add(
                warning(
                    "'union *' reads every table in the workspace; list the tables", node.span()));
          } else if (node instanceof SearchOperator && !piped.contains(node)) {
            List<Expression> tables = ((SearchOperator) node).tables();
            if (tables.isEmpty() || hasStar(tables)) {
              findings.add(
                  warning(
                      "'search' across all tables is slow; add 'in (Table, ...)'", node.span()));
            }
          }
        });
    return findings;
  }

  private static boolean hasStar(List<Expression> tables) {
    for (Expression table : tables) {
      if (table instanceof NameReference && ((NameReference) table).name().equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static KqlDiagnostic warning(String message, io.sentinelforge.kql.syntax.Span span) {
    return new KqlDiagnostic(CODE, Severity.WARNING, message, span);
  }
}
